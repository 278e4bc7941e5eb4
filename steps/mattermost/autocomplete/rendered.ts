import type { Locator, Page } from 'playwright';
import type { CasebookWorld } from '../../../support/world';
import { sentPosts } from '../posts';
import { POST } from '../posts/selectors';

/** The rendered text of the newest post the scenario sent, and what it sent. */
async function newestSent(world: CasebookWorld): Promise<{ text: Locator; message: string; page: Page }> {
  const sent = sentPosts(world).at(-1);
  const post = world.memory.latest('post');
  if (!sent || !post?.id) throw new Error('no message was posted in this scenario');
  const page = await world.appPage();
  return { text: page.locator(POST.text(post.id)), message: sent.text, page };
}

/**
 * Whether the newest post links its whole URL (Mattermost's autolink keeps "123.+Pagetitle" in the link): a link
 * whose target and text are the URL posted. Undefined when as `wanted`, else why not.
 */
export async function wholeUrlProblem(world: CasebookWorld, wanted: boolean): Promise<string | undefined> {
  const { text, message } = await newestSent(world);
  const url = message.trim();
  await text.waitFor({ timeout: world.timeouts.expectMs });
  const links = await linksIn(text);
  const whole = links.some((link) => link.text === url && sameUrl(link.href, url));
  if (whole === wanted) return undefined;
  return `the post of ${url} links ${JSON.stringify(links)}`;
}

/** Whether the newest post shows its email address as a `mailto:` link. */
export async function mailtoProblem(world: CasebookWorld, wanted: boolean): Promise<string | undefined> {
  const { text, message } = await newestSent(world);
  await text.waitFor({ timeout: world.timeouts.expectMs });
  const email = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/.exec(message)?.[0];
  if (!email) throw new Error(`the message posted (${JSON.stringify(message)}) holds no email address`);
  const links = await linksIn(text);
  const mailto = links.some((link) => link.href === `mailto:${email}` && link.text === email);
  if (mailto === wanted) return undefined;
  return `the post of ${email} links ${JSON.stringify(links)}`;
}

async function linksIn(text: Locator): Promise<{ href: string; text: string }[]> {
  return text
    .locator('a')
    .evaluateAll((links) =>
      links.map((link) => ({ href: link.getAttribute('href') ?? '', text: link.textContent ?? '' })),
    );
}

function sameUrl(href: string, url: string): boolean {
  try {
    return new URL(href).href === new URL(url).href;
  } catch {
    return href === url;
  }
}

/** The mentions a message holds ("@here." → here), as Mattermost reads them: trailing ".", "-", "_" not part. */
function mentionsIn(message: string): string[] {
  return [...message.matchAll(/@([a-z0-9][a-z0-9._-]*)/gi)].map((match) => match[1].replace(/[._-]+$/, ''));
}

/**
 * Whether every mention of `who` (all mentions, or the user's own name) in the scenario's posts is inside
 * Mattermost's `.mention--highlight`, exactly "@name": the period or underscore after it never highlighted.
 */
export async function highlightProblem(
  world: CasebookWorld,
  who: { username?: string },
  wanted: boolean,
): Promise<string | undefined> {
  const page = await world.appPage();
  const posts = world.memory.all('post').filter((post) => post.id);
  const checked: string[] = [];
  for (const post of posts) {
    const names = mentionsIn(post.label).filter(
      (name) => !who.username || name.toLowerCase() === who.username.toLowerCase(),
    );
    if (!names.length) continue;
    const text = page.locator(POST.text(post.id as string));
    await text.waitFor({ timeout: world.timeouts.expectMs });
    const marks = (await text.locator('.mention--highlight').allTextContents()).map((mark) => mark.trim());
    for (const name of names) {
      const highlighted = marks.some((mark) => mark.toLowerCase() === `@${name.toLowerCase()}`);
      if (highlighted !== wanted) {
        return `"@${name}" is ${highlighted ? '' : 'not '}highlighted in ${JSON.stringify(post.label)} (highlights: ${JSON.stringify(marks)})`;
      }
      checked.push(name);
    }
  }
  if (!checked.length)
    throw new Error(`no post of this scenario mentions ${who.username ? `@${who.username}` : 'anyone'}`);
  return undefined;
}
