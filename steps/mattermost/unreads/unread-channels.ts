import { requireBaseUrl } from '../../../support/config';
import type { CasebookWorld } from '../../../support/world';
import { expectVisible } from '../../generic/expect';
import { extraScenarioChannel } from '../fixtures';
import { asUser } from '../other-user';
import { CHANNEL } from '../selectors';
import { rememberChannel } from './sidebar-channels';

/**
 * "Ensure you have some unread channels", "… including a couple mentions", "Have a channel with unread
 * messages": channels of the scenario's own (both test users members, archived after it) in which the other
 * user posts, mentioning the tester when asked. The app is reloaded so that it reads them whatever its live
 * updates, and the step ends when the sidebar marks each one unread.
 */
export async function makeUnreadChannels(
  world: CasebookWorld,
  count: number,
  mentions: number,
): Promise<void> {
  // Logging in lands in the scenario's own channel, where the tester stays while the others get posts.
  const page = await world.appPage();
  const session = await world.session();
  const other = world.credentials('other');
  const tester = world.credentials('default');
  const made = [];
  for (let i = 0; i < count; i++) {
    const channel = await extraScenarioChannel(world, session);
    const words = `An unread message ${Date.now().toString(36)}`;
    const message = i < mentions ? `@${tester.username} ${words}` : words;
    await asUser(requireBaseUrl(world.config), other, (client) =>
      client.send('POST', '/api/v4/posts', { channel_id: channel.id, message }),
    );
    made.push(channel);
  }
  await page.reload();
  for (const channel of made) {
    await expectVisible(
      page.locator(`${CHANNEL.sidebar} [id="sidebarItem_${channel.name}"].unread-title`),
      `the unread channel ${channel.display_name} in the sidebar`,
      world.timeouts.navigationMs,
    );
    rememberChannel(world, channel);
  }
}
