import type { CasebookWorld } from '../../../support/world';
import { openDialogNames } from '../../generic/open-dialogs';
import { squash } from '../../generic/similarity';

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

export interface ToggleClaim {
  /** The dialog as the line names it: "Account settings". */
  dialog: string;
  openStep: number;
  opens: boolean;
  closeStep: number;
  closes: boolean;
}

/**
 * "Account settings modal opens in step 1, then closes in step 2": the keys pressed in those steps toggled the
 * dialog. Read from the dialogs open before each press (remembered by the keys step) and, for the last press,
 * from the page now: absent before the opening press, open between the two, gone after the closing one.
 */
export async function expectKeysToggledDialog(world: CasebookWorld, claim: ToggleClaim): Promise<void> {
  const presses = world.memory.all('keys');
  const pressAt = (step: number) => {
    const press = presses.find((item) => item.at?.action === step);
    if (!press?.details?.dialogsBefore)
      throw new Error(
        `step ${step} pressed no keys in this scenario, so nothing was opened or closed by keys`,
      );
    return { press, before: JSON.parse(press.details.dialogsBefore) as string[] };
  };
  const opening = pressAt(claim.openStep);
  const closing = pressAt(claim.closeStep);
  if (holdsNamed(opening.before, claim.dialog))
    throw new Error(`the ${claim.dialog} dialog was already open before step ${claim.openStep}`);
  const openBetween = holdsNamed(closing.before, claim.dialog);
  if (openBetween !== claim.opens) {
    throw new Error(
      `after step ${claim.openStep} the open dialogs were [${closing.before.join(', ')}]: the ${claim.dialog} dialog ${openBetween ? 'opened' : 'did not open'}`,
    );
  }
  const after = presses.find((item) => (item.at?.action ?? 0) > claim.closeStep)?.details?.dialogsBefore;
  const page = await world.appPage();
  const closedAfter = async () =>
    !holdsNamed(after ? (JSON.parse(after) as string[]) : await openDialogNames(page), claim.dialog);
  // The last press may still be landing: wait for the state the line claims, then read it once more.
  const deadline = Date.now() + world.timeouts.expectMs;
  while ((await closedAfter()) !== claim.closes && Date.now() < deadline) await page.waitForTimeout(100);
  if (!claim.closes) await page.waitForTimeout(500);
  const closed = await closedAfter();
  if (closed !== claim.closes)
    throw new Error(
      `after step ${claim.closeStep} the ${claim.dialog} dialog ${closed ? 'closed' : 'is still open'}`,
    );
}

/**
 * Whether one of the dialog names is the one a line says. Mattermost renamed "Account Settings" to "Settings"
 * (user.settings.modal.title): the older name still means the same dialog.
 */
function holdsNamed(names: string[], said: string): boolean {
  const wanted = [squash(said), squash(said.replace(/^account\s+/i, ''))];
  return names.some((name) => wanted.includes(squash(name)));
}
