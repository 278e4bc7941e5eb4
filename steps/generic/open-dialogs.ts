import type { Page } from 'playwright';

/**
 * The accessible names of the dialogs open on the page (aria-label, aria-labelledby, else the heading), so that a
 * line can later say which dialog a key press opened or closed ("Account settings modal opens in step 1").
 */
export async function openDialogNames(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const visible = (element: Element) => {
      const box = element.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden';
    };
    const nameOf = (element: Element) => {
      const labelledBy = element.getAttribute('aria-labelledby');
      const labelled = labelledBy ? document.getElementById(labelledBy)?.textContent : undefined;
      const heading = element.querySelector('h1, h2, h3, h4, .modal-title, [role="heading"]')?.textContent;
      return (element.getAttribute('aria-label') ?? labelled ?? heading ?? '').trim();
    };
    return [...document.querySelectorAll('dialog[open], [role="dialog"], [role="alertdialog"]')]
      .filter(visible)
      .map(nameOf);
  });
}
