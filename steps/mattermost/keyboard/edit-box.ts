import type { Remembered } from '../../../support/memory';
import type { CasebookWorld } from '../../../support/world';

/** How long a "does not open" line watches before it holds (the key press before it may still be landing). */
const SETTLE_MS = 2000;

/**
 * Whether an inline edit box (`#edit_textbox`, the real app's and the sandbox's) opens on the post the scenario
 * made last (the later of the remembered `post` and `reply`), holding its text; negated, that none opens within a short settle window.
 */
export async function expectEditBox(world: CasebookWorld, opens: boolean): Promise<void> {
  const page = await world.appPage();
  const post = lastMessage(world);
  const box = post?.id
    ? page.locator(`:is(#post_${post.id}, #rhsPost_${post.id}) #edit_textbox`)
    : page.locator('#edit_textbox');
  if (!opens) {
    await page.waitForTimeout(SETTLE_MS);
    if ((await page.locator('#edit_textbox').filter({ visible: true }).count()) > 0) {
      throw new Error('an edit box (#edit_textbox) is open');
    }
    return;
  }
  const shown = await box
    .first()
    .waitFor({ timeout: world.timeouts.expectMs })
    .then(() => true)
    .catch(() => false);
  if (!shown) {
    throw new Error(`no edit box opened${post?.id ? ` on the post "${post.label}" (#post_${post.id})` : ''}`);
  }
  const text = await box.first().inputValue();
  if (post?.label && text !== post.label) {
    throw new Error(`the edit box holds "${text}", not "${post.label}"`);
  }
}

/** The scenario's last message: a reply made in the same step as its root counts as the later one. */
function lastMessage(world: CasebookWorld): Remembered | undefined {
  const made = [world.memory.latest('post'), world.memory.latest('reply')].filter(
    (item): item is Remembered => item !== undefined,
  );
  return made.sort((a, b) => (a.at?.featureLine ?? 0) - (b.at?.featureLine ?? 0)).at(-1);
}
