import { defineStep } from '@cucumber/cucumber';
import type { CasebookWorld } from '../support/world';
import { definition } from './generic/define';
import { QUOTED, sentence } from './generic/phrase';
import './mattermost';
import { highlightedWords, lastSearch, resultFor, SEARCH, searchFor } from './mattermost/search/search';
import { searchText } from './mattermost/search/terms';
import {
  clickTestPostHashtag,
  type HashtagClick,
  hashtagClicks,
  hashtagsFollowedByPunctuation,
  postTestFile,
  testPostId,
} from './mattermost/search/test-post';

/**
 * "The test post" of the search cases: the post `/test url test-search.md` makes, whose hashtags the cases click
 * one after another ("After each one, test post displays in RHS search results and hashtag is highlighted").
 */

const HASHTAG = String.raw`(?:#[\p{L}][\w.-]*\w|\x60#[^\x60]+\x60)`;
const bareTag = (tag: string) => tag.replace(/\x60/g, '');

/** "Assuming /test url test-search.md has been run", "Assuming previous test post". */
defineStep(
  ...definition(
    sentence(
      String.raw`assuming\s+(?:(?:that\s+)?\x60?\/test\s+url\s+([\w.-]+?)\x60?\s+has\s+been\s+run|(?:the\s+)?previous\s+test\s+post)`,
    ),
    async function (this: CasebookWorld, file: string | null) {
      await postTestFile(this, file ?? undefined);
    },
  ),
);

// Where a hashtag sits when a line names its markdown ("Click italic `#markdown`"): the element it renders to.
const STYLED: Record<string, string> = {
  italic: 'em',
  italics: 'em',
  bold: 'strong',
  boldface: 'strong',
  strikethrough: 'del, s',
};

/**
 * "From previous test post, click `#hashtag`", "Click italic `#markdown`" (italic, boldface, strikethrough, H1–H6),
 * "Click a few of the hashtags followed by punctuation (Se checks them all)": hashtag links of the test post, each
 * click a search whose results are recorded for the lines after it.
 */
defineStep(
  ...definition(
    new RegExp(
      String.raw`^\s*(?:from\s+(?:the\s+)?previous\s+test\s+post,?\s+click\s+(?:on\s+)?(${HASHTAG})|click\s+(italics?|bold|boldface|strikethrough|h[1-6])\s+(${HASHTAG})|click\s+(?:a\s+few|some|all|each)\s+of\s+the\s+hashtags\s+(?:that\s+are\s+)?followed\s+by\s+punctuation(?:\s*\([^()]*\))?)\s*[.!]?\s*$`,
      'iu',
    ),
    async function (this: CasebookWorld, plain: string | null, style: string | null, styled: string | null) {
      if (plain) {
        await clickTestPostHashtag(this, bareTag(plain));
      } else if (style && styled) {
        const within = STYLED[style.toLowerCase()] ?? style.toLowerCase();
        await clickTestPostHashtag(this, bareTag(styled), within);
      } else {
        // "A few … (Se checks them all)": every one, so that none is left unchecked.
        const tags = await hashtagsFollowedByPunctuation(this);
        if (tags.length === 0) throw new Error('the test post shows no hashtag followed by punctuation');
        for (const tag of tags) await clickTestPostHashtag(this, tag);
      }
    },
  ),
);

/**
 * "RHS displays test post, with `#hello` highlighted", "After each one, test post displays in RHS search results
 * and hashtag is highlighted", "After each one, verify test post displays in RHS search results and all
 * `#markdown` instances are highlighted": the test post among the results and the hashtag marked in it, now or
 * after each recorded click. Negated ("does not display"): the test post is not among the results.
 */
defineStep(
  ...definition(
    new RegExp(
      String.raw`^\s*(after\s+each\s+(?:one|click),?\s+)?(?:verify\s+(?:that\s+)?)?(?:(?:the\s+)?RHS\s+(?:displays|(does\s+not\s+display))\s+(?:the\s+)?test\s+post|(?:the\s+)?test\s+post\s+(?:displays|is\s+displayed|(does\s+not\s+display|is\s+not\s+displayed))\s+in\s+(?:the\s+)?RHS(?:\s+search\s+results)?),?\s+(?:with|and)\s+(?:(all\s+)?(${HASHTAG})(?:\s+instances)?|(?:the\s+)?hashtag)\s+(?:is\s+|are\s+)?highlighted(?:\s*\([^()]*\))?\s*[.!]?\s*$`,
      'iu',
    ),
    async function (
      this: CasebookWorld,
      each: string | null,
      notDisplay: string | null,
      notDisplayed: string | null,
      all: string | null,
      tag: string | null,
    ) {
      const views = each ? hashtagClicks(this) : [await currentView(this)];
      if (views.length === 0)
        throw new Error('no hashtag was clicked before this step: "after each one" has nothing to check');
      for (const view of views) {
        const problem =
          notDisplay || notDisplayed
            ? shownProblem(view)
            : missingProblem(view, tag && bareTag(tag), Boolean(all), this);
        if (problem) throw new Error(`after the search for ${view.hashtag}: ${problem}`);
      }
    },
  ),
);

/** The results on screen now, for the scenario's test post. */
async function currentView(world: CasebookWorld): Promise<HashtagClick> {
  const page = await world.appPage();
  const result = resultFor(page, { text: '', id: await testPostId(world, false) });
  const listed = (await result.count()) > 0;
  const highlights = listed
    ? (await result.locator(SEARCH.highlight).allTextContents()).map((t) => t.trim())
    : [];
  return { hashtag: lastSearch(world), listed, highlights };
}

function shownProblem(view: HashtagClick): string | undefined {
  return view.listed ? 'the test post is among the search results' : undefined;
}

function missingProblem(view: HashtagClick, tag: string | null, all: boolean, world: CasebookWorld) {
  if (!view.listed) return 'the test post is not among the search results';
  const wanted = (tag ?? view.hashtag).toLowerCase();
  const marked = view.highlights.filter((text) => text.toLowerCase() === wanted).length;
  const shown = `highlighted: ${view.highlights.join(', ') || 'nothing'}`;
  if (marked === 0) return `${wanted} is not highlighted in the test post (${shown})`;
  const expected = all ? occurrences(world, wanted) : 1;
  if (marked < expected)
    return `${marked} of the ${expected} ${wanted} of the test post are highlighted (${shown})`;
  return undefined;
}

/** How many times the test post holds the hashtag as a whole hashtag (not "#markdowns", not "#hashtag-dash"). */
function occurrences(world: CasebookWorld, hashtag: string): number {
  const text = world.memory.latest('test post')?.details?.text ?? '';
  const escaped = hashtag.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return (text.match(new RegExp(`${escaped}(?![\\p{L}\\p{N}_]|[.-][\\p{L}\\p{N}_])`, 'giu')) ?? []).length;
}

/**
 * "Test post is returned, search term is highlighted", "… (just `hell` is highlighted within word `hello`)", "If
 * applicable: Previous test post containing `Hello world` is returned and terms are highlighted": the test post
 * among the results of the last search, each searched word marked in it (a `prefix*` word: its prefix), and with
 * "just `x` is highlighted within word `y`" exactly `x` marked inside `y`, never the whole word.
 */
defineStep(
  ...definition(
    new RegExp(
      String.raw`^\s*(?:if\s+applicable:?\s+)?(?:the\s+)?(?:previous\s+)?test\s+post(?:\s+containing\s+(${QUOTED}))?\s+is\s+(not\s+)?returned(?:\s*(?:,|and)\s*(?:the\s+)?(?:search\s+)?terms?\s+(?:is\s+|are\s+)?highlighted(?:\s*\(\s*just\s+(${QUOTED})\s+is\s+highlighted\s+within\s+(?:the\s+)?word\s+(${QUOTED})\s*\))?)?\s*[.!]?\s*$`,
      'iu',
    ),
    async function (
      this: CasebookWorld,
      containing: string | null,
      not: string | null,
      just: string | null,
      word: string | null,
    ) {
      await searchAgainWithTestPost(this);
      const text = this.memory.latest('test post')?.details?.text ?? '';
      if (containing && !text.toLowerCase().includes(searchText(containing).toLowerCase()))
        throw new Error(`the test post does not contain "${searchText(containing)}"`);
      const view = await currentView(this);
      if (not) {
        if (view.listed) throw new Error(`the test post is among the results for "${view.hashtag}"`);
        return;
      }
      if (!view.listed) throw new Error(`the test post is not among the results for "${view.hashtag}"`);
      if (!/highlighted/i.test(this.step.text)) return;
      const problem = just
        ? partialMarkProblem(view, searchText(just), searchText(word ?? ''))
        : unmarkedProblem(view);
      if (problem) throw new Error(`in the test post's result: ${problem}`);
    },
  ),
);

/**
 * The search cases presume the test post of their suite ("/test url test-search.md has been run"): a scenario
 * that has none posts it now and makes its last search again, so that the post was there before the search.
 */
async function searchAgainWithTestPost(world: CasebookWorld): Promise<void> {
  const terms = lastSearch(world);
  if (world.memory.latest('test post')?.id) return;
  await postTestFile(world);
  await searchFor(world, terms);
}

function unmarkedProblem(view: HashtagClick): string | undefined {
  const marked = view.highlights.map((text) => text.toLowerCase());
  const missing = highlightedWords(view.hashtag)
    .map((word) => word.toLowerCase())
    .filter((word) => !marked.some((text) => text.startsWith(word)));
  if (missing.length === 0) return undefined;
  return `not highlighted: ${missing.join(', ')} (highlighted: ${view.highlights.join(', ') || 'nothing'})`;
}

/** `part` marked on its own inside `word`: a mark reading `part` and none reading the whole word. */
function partialMarkProblem(view: HashtagClick, part: string, word: string): string | undefined {
  const marked = view.highlights.map((text) => text.toLowerCase());
  const shown = `highlighted: ${view.highlights.join(', ') || 'nothing'}`;
  if (!word.toLowerCase().startsWith(part.toLowerCase()) || part.length >= word.length)
    return `"${part}" is not a part of the word "${word}": the line cannot be checked`;
  if (!marked.includes(part.toLowerCase())) return `"${part}" is not highlighted on its own (${shown})`;
  if (marked.includes(word.toLowerCase())) return `the whole word "${word}" is highlighted (${shown})`;
  return undefined;
}
