import type { Page } from 'playwright';
import type { StepPosition } from './step-positions';

/** What the current tab showed right after an action step (for expectations such as "opens in step 1"). */
export interface Observation {
  position: StepPosition;
  /** Accessible names of the dialogs open at that moment. */
  dialogs: string[];
  /** The tab's visible text (at most TEXT_LIMIT characters), so that "X disappears" can check X was there. */
  text?: string;
}

const TEXT_LIMIT = 50_000;

/** The visible text of a page, or '' for a blank or closed tab. */
export async function visiblePageText(page: Page): Promise<string> {
  if (page.isClosed() || page.url().startsWith('about:')) return '';
  const text = await page
    .locator('body')
    // biome-ignore lint/performance/useDomNodeTextContent: the visible text (textContent also holds hidden elements)
    .innerText({ timeout: 1_000 })
    .catch(() => '');
  return text.slice(0, TEXT_LIMIT);
}

/** Names of the open dialogs of a page (native <dialog open> and role=dialog), by aria-label or labelling id. */
export async function openDialogNames(page: Page): Promise<string[]> {
  if (page.isClosed() || page.url().startsWith('about:')) return [];
  return page
    .locator('dialog[open], [role="dialog"]:visible, [role="alertdialog"]:visible')
    .evaluateAll((elements) =>
      elements.map((element) => {
        const labelledBy = element.getAttribute('aria-labelledby');
        const label = labelledBy
          ? document.getElementById(labelledBy)?.textContent
          : element.getAttribute('aria-label');
        return (label ?? '').trim();
      }),
    )
    .catch(() => []);
}
