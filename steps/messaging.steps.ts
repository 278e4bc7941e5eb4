import { defineStep } from '@cucumber/cucumber';
import type { CasebookWorld } from '../support/world';
import { preferredOverGrammar } from './generic/assert/defer';
import { definition } from './generic/define';
import { QUOTED, sentence, unquote } from './generic/phrase';
import './mattermost';
import { postMessage, postTexts, sentPosts, waitForNewestPost } from './mattermost/posts';
import { CHANNEL } from './mattermost/selectors';

const IN_CHANNEL = String.raw`(?:\s+(?:in|to|into)\s+(?:a|the|any|this)\s+(?:test\s+|public\s+)?channel(?:\s+with\s+existing\s+message\s+history)?)?`;
const SEND = String.raw`(?:post|send|press\s+enter|hit\s+enter|send\s+it|post\s+it)`;

const testData = new WeakMap<CasebookWorld, string>();

async function post(world: CasebookWorld, text: string) {
  await postMessage(world, await world.appPage(), text);
}

/** "Post a message", "Post a message in a test channel". */
defineStep(
  ...definition(
    sentence(String.raw`post\s+(?:a|another)\s+(?:new\s+)?(?:message|post)${IN_CHANNEL}`),
    async function (this: CasebookWorld) {
      await post(this, `casebook message ${sentPosts(this).length + 1} at ${new Date().toISOString()}`);
    },
  ),
);

/** "Post “Hello”", "In a test channel type "[test]: test" and post". */
defineStep(
  ...definition(
    sentence(String.raw`(?:post|send)\s+(?:the\s+message\s+)?(${QUOTED})${IN_CHANNEL}`),
    async function (this: CasebookWorld, text: string) {
      await post(this, unquote(text));
    },
  ),
);
defineStep(
  ...definition(
    sentence(
      String.raw`(?:in\s+(?:a|the|any)\s+(?:test\s+)?channel,?\s+)?type\s+(${QUOTED})\s+and\s+${SEND}`,
    ),
    async function (this: CasebookWorld, text: string) {
      await post(this, unquote(text));
    },
  ),
);

/** "Post:", "Post the following in a test channel:", "Create post with this message:" with the text as a DocString. */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:post(?:\s+the\s+following)?(?:\s+(?:text|message))?${IN_CHANNEL}|create\s+(?:a\s+)?post\s+with\s+(?:this|the\s+following)\s+(?:message|text))\s*:`,
    ),
    async function (this: CasebookWorld) {
      const text = this.step.argument;
      if (typeof text !== 'string' || !text.trim())
        throw new Error('this step has no text (DocString) to post');
      await post(this, text);
    },
  ),
);

/**
 * "Post the following: Hello, @lindy.test." and "Post: /test url test-markdown-basics.md into a channel": the
 * text follows the colon on the same action (the converter joins the lines a numbered "Post:" goes on over).
 */
defineStep(
  ...definition(
    sentence(
      String.raw`post(?:\s+the\s+following)?(?:\s+(?:text|message))?${IN_CHANNEL}\s*:\s+(\S.*?)${IN_CHANNEL}(?=[.!]?\s*$)`,
    ),
    async function (this: CasebookWorld, text: string) {
      await post(this, unquote(text));
    },
  ),
);

/** "Given the test data is:" (a DocString), used by "Post the text in the attached note". */
defineStep(
  ...definition(sentence(String.raw`the\s+test\s+data\s+is\s*:?`), async function (this: CasebookWorld) {
    if (typeof this.step.argument !== 'string') throw new Error('the test data step has no DocString');
    testData.set(this, this.step.argument);
  }),
);
/**
 * "Post the text in the attached note", "Post a message using the text in the test data section", "Post the code
 * block you see in the test data field to the right": the test data, posted as one message.
 */
defineStep(
  ...definition(
    sentence(
      String.raw`post\s+(?:the\s+(?:text|message|content|code\s+block)(?:\s+you\s+see)?|a\s+message\s+using\s+the\s+text)\s+(?:in|from|of)\s+the\s+(?:attached\s+note|test\s+data(?:\s+(?:field|section))?)(?:\s+to\s+the\s+right)?`,
    ),
    async function (this: CasebookWorld) {
      const text = testData.get(this);
      if (!text) throw new Error('no test data was given before this step');
      await post(this, text);
    },
  ),
);

/**
 * "Message `Hello` displays in center", 'Message displays as "[test]: test" (not a link)': the newest post reads
 * exactly that, and has no link when the line says so.
 */
defineStep(
  ...preferredOverGrammar(
    definition(
      sentence(
        String.raw`(?:the\s+)?(?:message|post|text)\s+(?:(${QUOTED})\s+(?:displays|is\s+displayed|appears|is\s+shown|shows(?:\s+up)?|is\s+posted)(?:\s+in\s+(?:the\s+)?(?:center|centre|center\s+channel|channel|post\s+list))?|displays\s+as\s+(${QUOTED})(?:\s*\((not\s+a\s+link|as\s+plain\s+text)\))?)`,
      ),
      async function (this: CasebookWorld, shown: string | null, as: string | null, plain: string | null) {
        const page = await this.appPage();
        await waitForNewestPost(page, unquote(shown ?? as ?? ''), this.timeouts.expectMs);
        if (plain && (await postTexts(page).last().locator('a').count()) > 0)
          throw new Error(`the post shows ${as} as a link`);
      },
    ),
  ),
);

/** How long the page may take to answer a script and still count as not frozen. */
const NO_DELAY_MS = 2_000;

/**
 * "Channel doesn't break", "Channel doesn't freeze": a post was sent, no script error in the page, the channel
 * view still shows the last post sent, the page answers at once, and the message box still takes input. "Channel
 * does break" (its other polarity) holds only when one of those fails.
 */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:the\s+)?channel\s+(?:(doesn't|does\s+not|didn't|did\s+not)|does|did)\s+(?:break|freeze|hang|crash)`,
    ),
    async function (this: CasebookWorld, not: string | null) {
      const sent = sentPosts(this).at(-1);
      // What could break the channel is a post: a scenario that sent none has nothing to prove either way.
      if (!sent)
        throw new Error('no post was sent in this scenario: nothing shows what it did to the channel');
      const trouble = await channelTrouble(this, sent.text);
      if (not && trouble) throw new Error(trouble);
      if (!not && !trouble)
        throw new Error('the channel still works: it shows the last post sent and takes input');
    },
  ),
);

/** Why the channel looks broken after the post `sentText`, or undefined when it still works. */
async function channelTrouble(world: CasebookWorld, sentText: string): Promise<string | undefined> {
  const session = await world.session();
  const page = await world.appPage();
  if (session.pageErrors.length) return `the page raised errors: ${session.pageErrors.join('; ')}`;
  const started = Date.now();
  await page.evaluate(() => document.readyState);
  if (Date.now() - started > NO_DELAY_MS) return 'the page took more than 2 s to answer a script';
  // The post is known by its id: its rendered text (markdown) need not read as it was typed.
  const lastId = world.memory.latest('post')?.id;
  if (lastId) {
    const newest = page.locator(`:is(${CHANNEL.postList}) [data-testid="postView"]`).last();
    if ((await newest.getAttribute('id')) !== `post_${lastId}`)
      return 'the channel does not show the last post sent';
  } else if (squashSpaces((await postTexts(page).last().textContent()) ?? '') !== squashSpaces(sentText)) {
    return 'the channel does not show the last post sent';
  }
  const box = page.locator(CHANNEL.postTextbox);
  try {
    await box.fill('still responsive', { timeout: world.timeouts.expectMs });
    await box.fill('', { timeout: world.timeouts.expectMs });
  } catch {
    return 'the message box takes no input';
  }
  return undefined;
}

function squashSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
