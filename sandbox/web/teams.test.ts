import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Client4 } from '@mattermost/client';
import type { Browser, Page } from 'playwright';
import { launchChromium, logInThroughUi } from '../testing/browser';
import { ACCOUNTS, loggedInClient, startTestSandbox } from '../testing/fixtures';

describe('teams in the browser: team sidebar, Leave Team, removal while viewing', {
  timeout: 180_000,
}, () => {
  let sandbox: Awaited<ReturnType<typeof startTestSandbox>>;
  let browser: Browser;
  let page: Page;
  let admin: Client4;
  let user1Id: string;

  before(async () => {
    sandbox = await startTestSandbox();
    admin = await loggedInClient(sandbox.url, ACCOUNTS.admin);
    user1Id = (await admin.getUserByUsername(ACCOUNTS.user1.username)).id;
    browser = await launchChromium();
    page = await (await browser.newContext()).newPage();
    await logInThroughUi(page, sandbox.url, ACCOUNTS.user1);
  });
  after(async () => {
    await browser?.close();
    await sandbox?.close();
  });

  const joinNewTeam = async (name: string) => {
    const team = await admin.createTeam({ name, display_name: `Team ${name}`, type: 'O' } as never);
    await admin.addToTeam(team.id, user1Id);
    return team;
  };

  it('shows no team sidebar with one team, then one that switches teams once a second team is added', async () => {
    assert.equal(await page.locator('#teamSidebarWrapper').count(), 0);
    await joinNewTeam('second');
    const button = page.locator('#secondTeamButton');
    await button.waitFor(); // drawn on the added_to_team event, without a reload
    assert.equal(await button.getAttribute('aria-label'), 'team second team unread');
    assert.equal(await page.getByRole('link', { name: 'casebook qa team', exact: true }).count(), 1);
    assert.equal(await page.locator('#casebookTeamButton .team-container.active').count(), 1);
    await button.click();
    await page.waitForURL(/\/second\/channels\/town-square$/);
    await page.locator('#channelHeaderTitle', { hasText: 'Town Square' }).waitFor();
    assert.equal(await page.locator('#secondTeamButton .team-container.active').count(), 1);
    assert.equal(await page.locator('#casebookTeamButton .team-container.active').count(), 0);
  });

  it('asks before leaving a team: No keeps it, Yes leaves it for the first remaining team', async () => {
    await page.goto(`${sandbox.url}/second/channels/town-square`);
    const leave = async () => {
      await page.locator('#sidebarHeaderDropdownButton').click();
      await page.getByRole('menuitem', { name: 'Leave Team' }).click();
      return page.getByRole('dialog', { name: 'Leave the team?' });
    };
    const modal = await leave();
    assert.match(
      (await modal.textContent()) ?? '',
      /You will be removed from 2 public channels on this team\. Are you sure\?/,
    );
    await modal.locator('#leaveTeamNo').click();
    await modal.waitFor({ state: 'detached' });
    assert.match(page.url(), /\/second\//);
    await (await leave()).locator('#leaveTeamYes').click();
    await page.waitForURL(/\/casebook\/channels\/town-square$/);
    await page.locator('#channel_view').waitFor();
    assert.equal(await page.locator('#teamSidebarWrapper').count(), 0);
  });

  it('takes a user off a team they are removed from while viewing it (leave_team event)', async () => {
    const team = await joinNewTeam('third');
    await page.goto(`${sandbox.url}/third/channels/off-topic`);
    await page.locator('#channel_view').waitFor();
    await admin.removeFromTeam(team.id, user1Id);
    await page.waitForURL(/\/casebook\/channels\/town-square$/);
  });
});
