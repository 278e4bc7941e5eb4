import { defineStep } from '@cucumber/cucumber';
import type { CasebookWorld } from '../support/world';
import { definition } from './generic/define';
import { QUOTED, sentence, unquote } from './generic/phrase';
import './mattermost';
import { asAdmin } from './mattermost/console/changes';
import {
  ensurePagesOfUsers,
  notePage,
  PAGING,
  type PageView,
  pagesSeen,
  parseInfo,
  turnPage,
} from './mattermost/console/paging';
import { usersList } from './mattermost/console/users';

const USERS_URL = '/admin_console/user_management/users';
const NUMBER = String.raw`(?:one|two|three|four|\d+)`;
const NUMBERS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4 };
const numberOf = (word: string) => NUMBERS[word.toLowerCase()] ?? Number(word);

/** How many clicks a line asks for ("a few more times": two; "to reach the last page": as many as there are). */
function clicksOf(times: string | null, pages: string | null, toLast: boolean): number {
  if (toLast) return Number.POSITIVE_INFINITY;
  if (pages) return numberOf(pages);
  if (times && /few|several/i.test(times)) return 2;
  if (times && /twice/i.test(times)) return 2;
  return 1;
}

/**
 * "On a server with more than two pages' worth of users, click Next to page through user list, and Previous to go
 * back at least one page", "Click "Next" a few more times to page through the list", "Click "Previous" at least
 * once to page backward in list", "Click the "Next" button to view the next page of users", "Use the "Next"
 * buttons to reach the last page of the list": the System Console users list's page buttons, each page logged for
 * the lines that check what the count showed. A line naming the server's size makes that many users exist first.
 */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:on\s+a\s+server\s+with\s+more\s+than\s+(${NUMBER})\s+pages?'?\s*worth\s+of\s+users,?\s+)?(?:click|use)\s+(?:the\s+)?"?(next|previous)"?(?:\s+buttons?)?(?:\s+(a\s+few\s+more\s+times|a\s+few\s+times|several\s+times|twice|at\s+least\s+once|once))?\s+to\s+(?:page\s+through\s+(?:the\s+)?(?:users?\s+)?list|view\s+the\s+(?:next|previous)\s+page\s+of\s+users|page\s+backward\s+in\s+(?:the\s+)?list|(reach\s+the\s+last\s+page)\s+of\s+the\s+list)(?:,?\s+and\s+"?previous"?\s+to\s+go\s+back\s+(?:at\s+least\s+)?(${NUMBER})\s+pages?)?`,
    ),
    async function (
      this: CasebookWorld,
      pages: string | null,
      button: string,
      times: string | null,
      toLast: string | null,
      back: string | null,
    ) {
      const page = pages ? await asAdmin(this) : await this.appPage();
      if (pages) {
        if (!new URL(page.url()).pathname.startsWith(USERS_URL)) await page.goto(USERS_URL);
        await usersList(page, this.timeouts.navigationMs);
        await ensurePagesOfUsers(this, page, numberOf(pages));
      }
      if (!(await page.locator(PAGING.head).isVisible())) {
        throw new Error('no paged list is on screen: a former line opens System Console > Users');
      }
      const direction = /next/i.test(button) ? 'next' : 'previous';
      if (pages) await notePage(this, page);
      const clicks = clicksOf(times, pages, Boolean(toLast));
      const buttonOf = page
        .locator(PAGING.head)
        .locator(direction === 'next' ? PAGING.next : PAGING.previous);
      for (let i = 0; i < clicks; i++) {
        if (toLast && !(await buttonOf.isEnabled())) break;
        await turnPage(this, page, direction);
      }
      for (let i = 0; i < (back ? numberOf(back) : 0); i++) await turnPage(this, page, 'previous');
    },
  ),
);

/** Why the pages seen do not show paging forward through several pages and back, or undefined when they do. */
function pagingFault(seen: PageView[]): string | undefined {
  const counts = seen.map((view) => parseInfo(view.info));
  if (counts.some((count) => !count))
    return `a page showed no "Showing … of … users" count (${seen.map((v) => v.info).join(' | ')})`;
  const parsed = counts as { from: number; to: number; total: number }[];
  let forward = 1;
  let backward = 0;
  for (let i = 1; i < parsed.length; i++) {
    const [was, now] = [parsed[i - 1], parsed[i]];
    if (now.total !== was.total) return `the total changed from ${was.total} to ${now.total}`;
    if (now.from === was.to + 1) {
      if (backward > 0) return 'the list went forward again after paging back';
      forward++;
    } else if (now.to === was.from - 1) {
      backward++;
      const earlier = seen.slice(0, i).find((_view, j) => parsed[j].from === now.from);
      if (earlier && earlier.first !== seen[i].first)
        return `paging back showed ${seen[i].first} first, not ${earlier.first} as before`;
    } else return `"${seen[i - 1].info}" was followed by "${seen[i].info}"`;
    if (seen[i].first === seen[i - 1].first) return `two pages in a row start with ${seen[i].first}`;
  }
  if (forward < 3) return `only ${forward} page(s) were seen going forward`;
  if (backward < 1) return 'the list was not paged backward';
  return undefined;
}

/** "Member count below the search bar reads "XX - YY members of YY total"": XX and YY stand for numbers. */
function countPattern(quoted: string): RegExp {
  const escaped = quoted.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, String.raw`\s*`);
  return new RegExp(`^${escaped.replace(/\b(?:XX|YY|ZZ|N)\b/g, String.raw`\d+`)}$`, 'i');
}

/**
 * "Can page through several pages of users, count at top changes appropriately, can page backward as well",
 * "Member count below the search bar reads "XX - YY members of YY total". e.g. "51-75 members of 75 total"": what
 * the count of the paged list showed on every page the scenario went through.
 */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:(?:you\s+)?can(\s*not|'t)?\s+page\s+through\s+several\s+pages\s+of\s+users,?\s+(?:the\s+)?count\s+at\s+(?:the\s+)?top\s+changes\s+appropriately,?\s+(?:and\s+)?(?:you\s+)?can\s+page\s+backward\s+as\s+well|member\s+count\s+below\s+the\s+search\s+bar\s+reads\s+(${QUOTED})(?:\.?\s+e\.g\.\s+${QUOTED})?)`,
    ),
    async function (this: CasebookWorld, cannot: string | null, format: string | null) {
      const seen = pagesSeen(this);
      if (format) {
        const pattern = countPattern(unquote(format));
        const off = seen.find((view) => !pattern.test(view.info));
        if (off) throw new Error(`the count read "${off.info}", not in the form "${unquote(format)}"`);
        return;
      }
      const fault = pagingFault(seen);
      if (cannot && !fault) throw new Error(`the list paged through ${seen.map((v) => v.info).join(' → ')}`);
      if (!cannot && fault) throw new Error(fault);
    },
  ),
);
