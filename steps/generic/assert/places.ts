import type { Locator, Page } from 'playwright';
import { forgivingName } from '../locate';
import { registerPlace } from './vocabulary';

type Role = Parameters<Page['getByRole']>[0];

/**
 * Places every web app has, found by ARIA role (the way assistive technology finds them), with an optional
 * name: "the “Invite People” modal" is the visible dialog whose accessible name is "Invite People". Areas of
 * the app under test (RHS, channel header…) are registered by the app's vocabulary (steps/mattermost/).
 */

const HEADING = ':is(h1, h2, h3, h4, .modal-title, [role="heading"])';

/** Visible elements matching `css`; with a name, those whose accessible name or heading says it. */
function byRole(page: Page, css: string, roles: Role[], name: string | undefined): Locator {
  if (!name) return page.locator(css).filter({ visible: true });
  const pattern = forgivingName(name, false);
  let found = page.locator(css).filter({ has: page.locator(HEADING, { hasText: pattern }) });
  for (const role of roles) found = found.or(page.getByRole(role, { name: pattern }));
  return found.filter({ visible: true });
}

registerPlace({
  names: [
    'modal',
    'dialog',
    'dialog box',
    'modal window',
    'modal dialog',
    'popup',
    'pop-up',
    'pop up',
    'window',
    'confirmation dialog',
    'confirmation modal',
    'prompt',
  ],
  named: true,
  locate: (page, name) =>
    byRole(page, 'dialog[open], [role="dialog"], [role="alertdialog"]', ['dialog', 'alertdialog'], name),
});

registerPlace({
  names: [
    'menu',
    'dropdown',
    'drop-down',
    'drop down',
    'dropdown menu',
    'drop-down menu',
    'context menu',
    'submenu',
    'sub-menu',
  ],
  named: true,
  locate: (page, name) => byRole(page, '[role="menu"], [role="listbox"]', ['menu', 'listbox'], name),
});

registerPlace({
  names: ['tooltip', 'tool tip', 'hover text'],
  locate: (page) => page.locator('[role="tooltip"]').filter({ visible: true }),
});

registerPlace({
  names: ['popover', 'profile popover', 'popout'],
  locate: (page) =>
    page.locator('.popover, [role="dialog"].popover, [data-testid*="popover" i]').filter({ visible: true }),
});

registerPlace({
  names: ['page', 'screen', 'view', 'browser window', 'app'],
  locate: (page) => page.locator('body'),
});
