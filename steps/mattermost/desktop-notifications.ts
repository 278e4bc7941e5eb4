import type { Page } from 'playwright';
import { clickFirstVisible } from './menus';
import { SETTINGS } from './selectors';
import { openSettings } from './settings';

/** notify_props.desktop values. */
export type DesktopLevel = 'all' | 'mention' | 'none';

const LEVEL_WORDS: [RegExp, DesktopLevel][] = [
  [/^(never|off|none|nothing|disabled?)$/i, 'none'],
  [
    /^(?:only\s+)?(?:for\s+)?(mentions?|mentions?(?:,)? (?:and )?direct messages.*|mentions, direct messages.*)$/i,
    'mention',
  ],
  [/^(?:for\s+)?(all|all activity|all new messages|every message)$/i, 'all'],
];

export function desktopLevelNamed(words: string): DesktopLevel | undefined {
  return LEVEL_WORDS.find(([pattern]) => pattern.test(words.trim()))?.[1];
}

/** Radio ids of the older "Desktop Notifications" section, and values of the current one. */
const OLD_RADIO: Record<DesktopLevel, string> = {
  all: '#desktopNotificationAllActivity',
  mention: '#desktopNotificationMentions',
  none: '#desktopNotificationNever',
};

/** Sets "Send desktop notifications" through Settings → Notifications, as a tester does, and saves. */
export async function setDesktopNotifications(
  page: Page,
  level: DesktopLevel,
  timeoutMs: number,
): Promise<void> {
  const modal = await openSettings(page, 'notifications', timeoutMs);
  const oldEdit = modal.locator(SETTINGS.desktopEditOld);
  const newEdit = modal.locator(SETTINGS.desktopEditNew);
  if (!(await clickFirstVisible([oldEdit, newEdit], timeoutMs))) {
    throw new Error('the Notifications tab has no desktop notifications "Edit" button (#desktopEdit)');
  }
  const radio = modal.locator(`${OLD_RADIO[level]}, input[type="radio"][value="${level}"]`).first();
  await radio.check();
  await modal.locator(SETTINGS.save).first().click();
  await oldEdit.or(newEdit).first().waitFor({ state: 'visible', timeout: timeoutMs });
}
