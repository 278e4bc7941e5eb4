import type { Page } from 'playwright';

/**
 * The literal search text of a case line: one layer of quotes removed (`"hello world"` in backticks keeps its
 * double quotes, which make it a phrase search) and markdown escapes undone (`hell\*` is `hell*`).
 */
export function searchText(raw: string): string {
  let text = raw.trim();
  for (const [open, close] of [
    ['`', '`'],
    ['**', '**'],
    ['“', '”'],
    ['"', '"'],
    ["'", "'"],
  ]) {
    if (text.length > open.length + close.length && text.startsWith(open) && text.endsWith(close)) {
      text = text.slice(open.length, -close.length);
      break;
    }
  }
  return text.replace(/\\([\\`*_{}[\]()#+\-.!"])/g, '$1').trim();
}

/**
 * Fills the placeholders cases use in filters: CHANNEL (the current channel's URL name), TODAYS_DATE,
 * YESTERDAYS_DATE and TOMORROWS_DATE (YYYY-MM-DD in the browser's time zone, as the date picker fills them).
 */
export async function fillPlaceholders(page: Page, filter: string): Promise<string> {
  const dates = await page.evaluate(() => {
    const day = (offset: number) => {
      const date = new Date();
      date.setDate(date.getDate() + offset);
      const pad = (n: number) => String(n).padStart(2, '0');
      return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
    };
    return { today: day(0), yesterday: day(-1), tomorrow: day(1) };
  });
  const channel = decodeURIComponent(new URL(page.url()).pathname.split('/')[3] ?? '');
  return filter
    .replace(/\bCHANNEL\b/g, channel)
    .replace(/\bTODAYS?_DATE\b/g, dates.today)
    .replace(/\bYESTERDAYS?_DATE\b/g, dates.yesterday)
    .replace(/\bTOMORROWS?_DATE\b/g, dates.tomorrow);
}
