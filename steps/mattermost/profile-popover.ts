import type { Locator, Page } from 'playwright';
import type { CasebookWorld } from '../../support/world';
import { asUser } from './other-user';
import { POST } from './posts/selectors';
import { currentChannelId, type PostRecord, rememberPost, seedPost } from './posts/targets';
import { closeSettings, settingsModal } from './settings';

/** Mattermost's profile popover (opened from a post author's name or picture). */
export function profilePopover(page: Page): Locator {
  return page.locator('#user-profile-popover');
}

/** Whose post: the scenario's user's own ("your username") or the second user's ("another username"). */
export type Whose = 'own' | 'other';

/** A post of `whose` in the channel on screen, made now when `fresh` or when none was made in this scenario. */
async function postOf(world: CasebookWorld, page: Page, whose: Whose, fresh: boolean): Promise<PostRecord> {
  const session = await world.session();
  const me = session.user ?? world.credentials('default');
  if (!fresh) {
    const wanted = whose === 'own' ? me.username : world.credentials('other').username;
    const earlier = [...world.memory.all('post')].reverse().find((post) => post.details?.author === wanted);
    if (earlier?.id && (await page.locator(POST.inCenter(earlier.id)).count())) {
      return { id: earlier.id, message: earlier.label } as PostRecord;
    }
  }
  const message = `casebook popover post ${Date.now().toString(36)}`;
  if (whose === 'own') {
    const post = await seedPost(world, page, message);
    world.memory.latest('post')!.details = { ...world.memory.latest('post')!.details, author: me.username };
    return post;
  }
  const other = world.credentials('other');
  const channelId = await currentChannelId(page);
  const post = await asUser(world.config.baseUrl, other, (client) =>
    client.send<PostRecord>('POST', '/api/v4/posts', { channel_id: channelId, message }),
  );
  await page.locator(POST.inCenter(post.id)).waitFor({ timeout: world.timeouts.expectMs });
  rememberPost(world, post);
  world.memory.latest('post')!.details = { ...world.memory.latest('post')!.details, author: other.username };
  return post;
}

/** Opens the profile popover of a post's author by clicking the name in the post's header. */
export async function openProfilePopover(
  world: CasebookWorld,
  whose: Whose,
  fresh = false,
): Promise<Locator> {
  const page = await world.appPage();
  // Back to the channel first: a post's author cannot be clicked behind the settings dialog.
  if (await settingsModal(page).isVisible()) await closeSettings(page, world.timeouts.actionMs);
  const popover = profilePopover(page);
  const post = await postOf(world, page, whose, fresh);
  await page
    .locator(`${POST.inCenter(post.id)} .post__header .user-popover`)
    .first()
    .click();
  await popover.waitFor({ timeout: world.timeouts.actionMs });
  return popover;
}
