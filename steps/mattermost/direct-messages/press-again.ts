import type { CasebookWorld } from '../../../support/world';

const OPEN_DIALOG = 'dialog[open], [role="dialog"]:visible, [role="alertdialog"]:visible';

/**
 * "Pressing again closes modal": the keys of the last "Press …" line (remembered as `keys`) pressed once more;
 * the dialog open before must be gone after (or still open, for "does not close").
 */
export async function pressAgainAndExpectClosed(world: CasebookWorld, closes: boolean): Promise<void> {
  const keys = world.memory.latest('keys');
  if (!keys) throw new Error('"again" needs an earlier line that pressed keys; none did in this scenario');
  const page = await world.appPage();
  const dialogs = page.locator(OPEN_DIALOG);
  const before = await dialogs.count();
  if (before === 0) throw new Error(`no dialog is open before pressing ${keys.label} again`);
  await page.keyboard.press(keys.label);
  const wanted = closes ? before - 1 : before;
  const deadline = Date.now() + world.timeouts.expectMs;
  while ((await dialogs.count()) !== wanted) {
    if (Date.now() > deadline) {
      throw new Error(
        `after pressing ${keys.label} again ${await dialogs.count()} dialog(s) are open; expected ${wanted}`,
      );
    }
    await page.waitForTimeout(100);
  }
}
