import type { Page } from 'playwright';

const INTERACTIVE = new Set([
  'button',
  'link',
  'menuitem',
  'menuitemradio',
  'menuitemcheckbox',
  'tab',
  'radio',
  'checkbox',
  'switch',
  'option',
  'textbox',
  'combobox',
  'searchbox',
  'spinbutton',
]);

const SNAPSHOT_LINE = /^\s*- (\w+) "((?:[^"\\]|\\.)*)"/;

export interface Candidate {
  role: string;
  name: string;
}

export function formatCandidate(candidate: Candidate): string {
  return `${candidate.role} "${candidate.name}"`;
}

/**
 * Role and accessible name of every visible interactive element, from Playwright's aria snapshot (which lists only what
 * is rendered and computes accessible names the way assistive technology does).
 */
export async function candidatesOnPage(page: Page): Promise<Candidate[]> {
  const snapshot = await page
    .locator('body')
    .ariaSnapshot({ timeout: 2_000 })
    .catch(() => '');
  const found = new Map<string, Candidate>();
  for (const line of snapshot.split('\n')) {
    const match = SNAPSHOT_LINE.exec(line);
    if (match && INTERACTIVE.has(match[1]) && match[2].trim()) {
      const candidate = { role: match[1], name: match[2].replace(/\\(.)/g, '$1') };
      found.set(formatCandidate(candidate), candidate);
    }
  }
  return [...found.values()];
}
