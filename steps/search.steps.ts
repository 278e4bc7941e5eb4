import { defineStep } from '@cucumber/cucumber';
import type { CasebookWorld } from '../support/world';
import { definition } from './generic/define';
import { expectVisible } from './generic/expect';
import { LABEL, QUOTED, sentence, unquote } from './generic/phrase';
import './mattermost';
import { knownUniqueWord, postAndRemember, postedMessages, uniqueWord } from './mattermost/search/posting';
import {
  clickHashtag,
  highlightedWords,
  lastSearch,
  openSearchBox,
  resultFor,
  resultItems,
  resultsContaining,
  SEARCH,
  searchFor,
} from './mattermost/search/search';
import { fillPlaceholders, searchText } from './mattermost/search/terms';
import { CHANNEL } from './mattermost/selectors';
import './mattermost/search/vocabulary';
import { messageInDirectChannel } from './mattermost/direct-messages/dm-posts';

const IN_NAMED_CHANNEL = String.raw`(?:\s+in\s+(?:the\s+)?(${LABEL})(?:\s+channel)?)?`;

// ---------- posting what a search will look for ----------

/** "Post message `hello`", "Make a new post saying `inchannel` in Off-Topic", "… with hashtag `#verify` in Town Square". */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:post\s+(?:a\s+)?message|make\s+(?:a\s+new|a|another)\s+post\s+saying)\s+(${QUOTED})(?:\s+with\s+(?:the\s+)?hashtag\s+(${QUOTED}))?${IN_NAMED_CHANNEL}`,
    ),
    async function (this: CasebookWorld, text: string, hashtag: string | null, channel: string | null) {
      const message = [searchText(text), hashtag && searchText(hashtag)].filter(Boolean).join(' ');
      await postAndRemember(this, message, channel ? unquote(channel) : undefined);
    },
  ),
);

/** "Post a message with a unique word (ex. foobarbaz)": a word no other scenario posted. */
defineStep(
  ...definition(
    sentence(String.raw`post\s+a\s+(?:message|post)\s+(?:with|containing)\s+a\s+unique\s+word`),
    async function (this: CasebookWorld) {
      await postAndRemember(this, `casebook search ${uniqueWord(this)}`);
    },
  ),
);

const HASHTAG = String.raw`(?:#[\p{L}][\w.-]*\w|\x60#[^\x60]+\x60)`;

/**
 * "Make a post containing both #highlight and #highlight.dot": the hashtags, joined as the line joins them;
 * "Make a post with two hashtags in it": that many hashtags of the scenario's own.
 */
defineStep(
  ...definition(
    new RegExp(
      String.raw`^\s*make\s+a\s+post\s+(?:containing|with)\s+(?:both\s+)?(?:(${HASHTAG}(?:(?:,\s*|\s+and\s+)${HASHTAG})*)|(two|three|[2-9])\s+hashtags(?:\s+in\s+it)?)\s*[.!]?\s*$`,
      'iu',
    ),
    async function (this: CasebookWorld, hashtags: string | null, count: string | null) {
      if (hashtags) {
        await postAndRemember(this, hashtags.replace(/\x60/g, ''));
        return;
      }
      const n =
        ({ two: 2, three: 3 } as Record<string, number>)[(count ?? '').toLowerCase()] ?? Number(count);
      const word = uniqueWord(this);
      await postAndRemember(this, Array.from({ length: n }, (_, i) => `#${word}${i + 1}`).join(' '));
    },
  ),
);

/** "Click #highlight to search for that hashtag", "In center, click `#hello`": the link in the center post list. */
defineStep(
  ...definition(
    new RegExp(
      String.raw`^\s*(?:in\s+(?:the\s+)?center,?\s+)?click\s+(?:on\s+)?(?:the\s+hashtag\s+)?(${HASHTAG})(?:\s+to\s+search\s+for\s+(?:that|the)\s+hashtag)?\s*[.!]?\s*$`,
      'iu',
    ),
    async function (this: CasebookWorld, hashtag: string) {
      const page = await this.appPage();
      await clickHashtag(this, page, page.locator(CHANNEL.postList), hashtag.replace(/\x60/g, ''));
    },
  ),
);

// ---------- searching ----------

/** "Search for `hello world` (no quotes in search)", "Search for the terms `inchannel in:town-square`". */
defineStep(
  ...definition(
    sentence(String.raw`search\s+for\s+(?:the\s+(?:terms?|text|word|string)\s+)?(${QUOTED})`),
    async function (this: CasebookWorld, terms: string) {
      await searchFor(this, searchText(terms));
    },
  ),
);

/**
 * "Search for anything", "Search for something", "Search for a term e.g. test", "Search for any random word you
 * know will return results", "Search on a term that will have search results": a word the scenario posted, so that the search has a result.
 */
defineStep(
  ...definition(
    sentence(
      String.raw`search\s+(?:for|on)\s+(?:anything|something|a\s+(?:word|term)\s+that\s+will\s+(?:have|return)\s+(?:search\s+)?results|a\s+(?:word|term)(?:\s*,?\s+e\.g\.?,?\s+\S+)?|any\s+(?:random\s+)?(?:word|term)\s+(?:you\s+know\s+)?(?:that\s+)?will\s+return\s+results)`,
    ),
    async function (this: CasebookWorld) {
      const word = uniqueWord(this);
      if (!postedMessages(this).some((post) => post.text.includes(word))) {
        await postAndRemember(this, `casebook search ${word}`);
      }
      await searchFor(this, word);
    },
  ),
);

/**
 * "Search for the unique word without a leading hyphen", "… with a leading hyphen (like "-foobarbaz")",
 * "… and with a filter of "in:CHANNEL"", "… with a negative filter of "-on:TODAYS_DATE"".
 */
defineStep(
  ...definition(
    sentence(
      String.raw`search\s+for\s+the\s+unique\s+word(?:\s+(without|with)\s+a\s+leading\s+hyphen|\s+(?:and\s+)?with\s+a\s+(?:negative\s+)?filter\s+of\s+(${QUOTED}))?`,
    ),
    async function (this: CasebookWorld, hyphen: string | null, filter: string | null) {
      const word = knownUniqueWord(this);
      const page = await this.appPage();
      const extra = filter ? ` ${await fillPlaceholders(page, searchText(filter))}` : '';
      await searchFor(this, `${hyphen === 'with' ? '-' : ''}${word}${extra}`);
    },
  ),
);

/**
 * "Enter text in the search box": types a text (without searching); "… and hit enter": searches for it. "In the
 * search box, replace "apple" with "banana" but don't hit "search"": edits the terms the box shows, unsearched.
 */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:(?:enter|type)\s+(?:some\s+)?text\s+in(?:to)?\s+the\s+search\s+(?:box|field|bar)(\s+and\s+(?:hit|press)\s+enter)?|in\s+the\s+search\s+(?:box|field|bar),?\s+replace\s+(${QUOTED})\s+with\s+(${QUOTED})(?:,?\s+but\s+(?:don't|do\s+not)\s+(?:hit|press|click)\s+(?:"search"|search|enter))?)`,
    ),
    async function (this: CasebookWorld, enter: string | null, replaced: string | null, by: string | null) {
      const page = await this.appPage();
      if (replaced && by) {
        const input = await openSearchBox(page, this.timeouts.expectMs);
        const shown = await input.inputValue();
        const old = searchText(replaced);
        if (!shown.includes(old))
          throw new Error(`the search box reads "${shown}", without "${old}" to replace`);
        const text = shown.replace(old, searchText(by));
        await input.fill(text);
        this.remember('search text', { label: text });
        return;
      }
      const text = `casebook ${uniqueWord(this)}`;
      if (enter) {
        await searchFor(this, text);
        return;
      }
      const input = await openSearchBox(page, this.timeouts.expectMs);
      await input.fill(text);
      this.remember('search text', { label: text });
    },
  ),
);

// ---------- what the results show ----------

const HIGHLIGHTED = String.raw`(?:\s*(?:,|and)\s*(?:the\s+)?(?:search\s+)?terms?\s+(?:is\s+|are\s+)?highlighted)?`;

/**
 * "Post `world hello` is returned and terms are highlighted", "Post `hello` not returned", "Post containing `x` is
 * returned, search term highlighted", "In RHS search results, post `hashtag without the hash` is not returned".
 */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:in\s+(?:the\s+)?RHS\s+search\s+results,?\s+)?(?:the\s+)?post\s+(containing\s+)?(${QUOTED})\s+(?:is\s+)?(not\s+)?returned${HIGHLIGHTED}(?:\s+in\s+(?:the\s+)?search\s+results)?`,
    ),
    async function (this: CasebookWorld, containing: string | null, text: string, not: string | null) {
      const page = await this.appPage();
      const wanted = searchText(text);
      // "Containing": the scenario's own post when it wrote one with that text, so that an older post of another
      // scenario in a shared channel cannot stand in for it; any result with the text only when it wrote none.
      const mine = postedMessages(this).filter((post) =>
        containing ? post.text.includes(wanted) : post.text === wanted,
      );
      const items = containing && mine.length === 0 ? resultsContaining(page, wanted) : undefined;
      if (not) {
        await requireAnsweredSearch(this);
        const shown = items ? await items.count() : await countResults(page, mine, wanted);
        if (shown > 0)
          throw new Error(`the post "${wanted}" is in the search results for "${lastSearch(this)}"`);
        return;
      }
      const item = items ?? resultFor(page, mine.at(-1) ?? { text: wanted });
      await expectVisible(item.first(), `the post "${wanted}" in the search results`, this.timeouts.expectMs);
      if (/highlighted/i.test(this.step.text)) await expectHighlighted(this, item.first());
    },
  ),
);

/** An absence means something only once a search has answered: fails when no results panel is shown. */
async function requireAnsweredSearch(world: CasebookWorld): Promise<void> {
  lastSearch(world);
  const page = await world.appPage();
  await expectVisible(page.locator(SEARCH.results), 'the search results panel', world.timeouts.expectMs);
}

async function countResults(
  page: Awaited<ReturnType<CasebookWorld['appPage']>>,
  mine: { text: string; id: string }[],
  text: string,
) {
  if (mine.length === 0) return resultFor(page, { text }).count();
  let count = 0;
  for (const post of mine) count += await resultFor(page, post).count();
  return count;
}

/**
 * "Post is returned in search results", "Post in Off-Topic is not returned", "Post created in step 2 is not
 * returned in search results": the post the scenario made last (in that channel, when the line names one; its
 * only post, when the line names a step).
 */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:the\s+)?post(?:\s+in\s+(${LABEL})|\s+created\s+in\s+(step\s+\d+))?\s+is\s+(not\s+)?returned(?:\s+in\s+(?:the\s+)?search\s+results)?`,
    ),
    async function (this: CasebookWorld, channel: string | null, step: string | null, not: string | null) {
      const post = postNamed(this, channel && unquote(channel), step);
      const where = channel ? ` in ${unquote(channel)}` : '';
      const item = resultFor(await this.appPage(), post);
      if (not) await requireAnsweredSearch(this);
      if (not && (await item.count()) > 0)
        throw new Error(`the post${where} "${post.text}" is in the search results`);
      if (!not)
        await expectVisible(
          item,
          `the post${where} "${post.text}" in the search results`,
          this.timeouts.expectMs,
        );
    },
  ),
);

function postNamed(world: CasebookWorld, channel: string | null, step: string | null) {
  const posted = postedMessages(world);
  const mine = channel
    ? posted.filter((item) => item.channel.toLowerCase() === channel.toLowerCase())
    : posted;
  if (mine.length === 0)
    throw new Error(`this scenario has posted nothing${channel ? ` in "${channel}"` : ''} to look for`);
  // "The post created in step 2" is the scenario's post only when it made one: of several, which is unknown.
  if (step && mine.length > 1)
    throw new Error(`this scenario made ${mine.length} posts: which one ${step} made is not recorded`);
  return mine[mine.length - 1];
}

/**
 * "No results returned (and no blue error bar)", "No results are returned", "Neither post is returned"; and the
 * other polarity "Results returned" (at least one result, no error).
 */
defineStep(
  ...definition(
    sentence(String.raw`(?:(no\s+)?(results)\s+(?:are\s+)?returned|neither\s+post\s+is\s+returned)`),
    async function (this: CasebookWorld, no: string | null, results: string | null) {
      const page = await this.appPage();
      if (results && !no) {
        await expectVisible(
          resultItems(page).first(),
          'a result in the search results',
          this.timeouts.expectMs,
        );
      } else {
        await expectVisible(
          page.locator(`${SEARCH.results} ${SEARCH.noResults}`).filter({ hasText: 'No results for' }),
          'the "No results for …" message in the search results',
          this.timeouts.expectMs,
        );
        const shown = await resultItems(page).count();
        if (shown > 0) throw new Error(`the search for "${lastSearch(this)}" returned ${shown} results`);
      }
      if ((await page.locator(SEARCH.error).count()) > 0) throw new Error('the search results show an error');
    },
  ),
);

/**
 * "search results that include the post with your unique word", "search result with the unique word should
 * appear in search results", "search results should not include your new post", "your post with the unique word
 * should not appear in search results".
 */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:(?:the\s+)?search\s+results?\s+(?:that\s+)?(?:should\s+|do\s+)?(not\s+)?include\s+(?:the|your)\s+(?:new\s+)?post(?:\s+with\s+(?:the|your)\s+unique\s+word)?|(?:the\s+|your\s+)?(?:search\s+result|post)\s+with\s+the\s+unique\s+word\s+should\s+(not\s+)?appear\s+in\s+(?:the\s+)?search\s+results)`,
    ),
    async function (this: CasebookWorld, notInclude: string | null, notAppear: string | null) {
      const word = knownUniqueWord(this);
      const items = resultsContaining(await this.appPage(), word);
      if (notInclude || notAppear) {
        await requireAnsweredSearch(this);
        if ((await items.count()) > 0)
          throw new Error(`the post with "${word}" is in the search results for "${lastSearch(this)}"`);
        return;
      }
      await expectVisible(
        items.first(),
        `the post with "${word}" in the search results`,
        this.timeouts.expectMs,
      );
    },
  ),
);

/** "Search results display in RHS, and only #highlight is highlighted.", "Search results display on the RHS". */
defineStep(
  ...definition(
    new RegExp(
      String.raw`^\s*(?:the\s+)?search\s+results\s+(?:display|are\s+displayed|show|appear)\s+(?:in|on)\s+(?:the\s+)?RHS(?:,?\s+and\s+only\s+(${HASHTAG})\s+is\s+(not\s+)?highlighted)?\s*[.!]?\s*$`,
      'iu',
    ),
    async function (this: CasebookWorld, only: string | null, not: string | null) {
      const page = await this.appPage();
      await expectVisible(resultItems(page).first(), 'search results in the RHS', this.timeouts.expectMs);
      if (!only) return;
      const tag = only.replace(/\x60/g, '').toLowerCase();
      const highlights = (
        await page.locator(`${SEARCH.results} :is(${SEARCH.highlight})`).allTextContents()
      ).map((text) => text.trim().toLowerCase());
      const others = highlights.filter((text) => text !== tag);
      if (not) {
        if (highlights.includes(tag)) throw new Error(`${tag} is highlighted in the search results`);
        return;
      }
      if (!highlights.includes(tag))
        throw new Error(`${tag} is not highlighted (highlighted: ${highlights.join(', ') || 'nothing'})`);
      if (others.length > 0) throw new Error(`also highlighted: ${others.join(', ')}`);
    },
  ),
);

/**
 * "First user searches for string that exists in DM with second user (in Se, and above steps, it's `direct`)",
 * "Search for the word you know will return the DM, verify as described ➜": a search for the word of the
 * scenario's DM post; when the scenario made none, a DM where another user (the scenario's own) posts the word
 * (the quoted one, or a unique word) first.
 */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:(?:(?:the\s+)?first\s+user|user\s+a|you)\s+searches?\s+for\s+(?:a\s+)?(?:string|word|text|term)\s+that\s+exists\s+in\s+(?:a\s+|the\s+)?(?:DM|direct\s+message)\s+with\s+(?:the\s+)?(?:second|other|another)\s+user(?:\s*\([^()\x60]*\x60([^\x60]+)\x60[^()]*\))?|search\s+for\s+the\s+(?:word|string|term)\s+(?:that\s+)?you\s+know\s+will\s+return\s+the\s+(?:DM|direct\s+message)(?:\s+post)?(?:,?\s+(?:and\s+)?verify\s+as\s+described\s*➜?)?)`,
    ),
    async function (this: CasebookWorld, quoted: string | null) {
      await searchFor(this, await directMessageWord(this, quoted?.trim()));
    },
  ),
);

/**
 * "RHS displays search results including DM, with search term highlighted", "The post in the DM with the
 * deactivated user is still returned in search results": the DM post the scenario made among the results (and
 * the searched word marked in it, when the line says so); negated, not among the results of an answered search.
 */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:(?:the\s+)?RHS\s+(?:displays|shows|(does\s+not\s+(?:display|show)))\s+(?:the\s+)?search\s+results\s+including\s+(?:the\s+|a\s+)?(?:DM|direct\s+message)(?:\s+posts?)?|(?:the\s+)?post\s+in\s+the\s+(?:DM|direct\s+message)(?:\s+with\s+(?:the\s+)?[\w\s-]+?)?\s+is\s+(?:still\s+)?(not\s+)?returned\s+in\s+(?:the\s+)?search\s+results)(,?\s+with\s+(?:the\s+)?search\s+terms?\s+highlighted)?`,
    ),
    async function (
      this: CasebookWorld,
      notDisplay: string | null,
      notReturned: string | null,
      highlighted: string | null,
    ) {
      const not = notDisplay || notReturned;
      const post = lastDirectPost(this);
      if (!post) throw new Error('no post in a DM was made earlier in this scenario');
      const page = await this.appPage();
      const item = resultFor(page, { text: post.label, id: post.id });
      if (not) {
        await requireAnsweredSearch(this);
        if ((await item.count()) > 0)
          throw new Error(`the DM post "${post.label}" is among the search results`);
        return;
      }
      await expectVisible(
        item,
        `the DM post "${post.label}" among the search results`,
        this.timeouts.expectMs,
      );
      if (highlighted) await expectHighlighted(this, item);
    },
  ),
);

// The DM post a search step makes: its first word is the one searched for.
const DM_SEARCH_TAIL = ' message, posted in a DM for this scenario';
const DM_SEARCH_POST = new RegExp(`^(\\S+)${DM_SEARCH_TAIL}$`);

function lastDirectPost(world: CasebookWorld) {
  const post = world.memory
    .all('post')
    .filter((item) => item.details?.direct === 'yes')
    .at(-1);
  if (!post?.id) return undefined;
  return { label: post.label, id: post.id, word: post.label.match(DM_SEARCH_POST)?.[1] };
}

/** The word to search for in the scenario's DM post; a DM post holding it is made when the scenario has none. */
async function directMessageWord(world: CasebookWorld, quoted: string | undefined): Promise<string> {
  const known = lastDirectPost(world);
  if (known && !quoted) {
    if (!known.word)
      throw new Error(`which word of the DM post "${known.label}" to search for is not recorded`);
    return known.word;
  }
  const word = quoted || uniqueWord(world);
  await messageInDirectChannel(world, `${word}${DM_SEARCH_TAIL}`);
  return word;
}

async function expectHighlighted(world: CasebookWorld, item: ReturnType<typeof resultItems>): Promise<void> {
  const highlights = (await item.locator(SEARCH.highlight).allTextContents()).map((text) =>
    text.trim().toLowerCase(),
  );
  const missing = highlightedWords(lastSearch(world))
    .map((word) => word.toLowerCase())
    .filter((word) => !highlights.some((text) => text.startsWith(word)));
  if (missing.length > 0)
    throw new Error(
      `not highlighted in the result: ${missing.join(', ')} (highlighted: ${highlights.join(', ') || 'nothing'})`,
    );
}
