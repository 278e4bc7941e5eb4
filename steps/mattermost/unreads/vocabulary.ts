import { registerThing } from '../../generic/assert';
import { definePathRoute } from '../../generic/routes';
import { openSidebarChannelMenu } from './sidebar-channels';

/** "The channel has an unread highlight": the bold unread mark of a sidebar link (`unread-title`). */
registerThing({
  names: ['unread highlight', 'unread indicator'],
  locate: (scope) => scope.locator('.unread-title'),
});

// "Open the channel menu (and select the Mark as Read option)": in the sidebar cases, the channel's own
// "Channel options" menu in the sidebar (the header's menu is "the channel drop-down").
definePathRoute({
  name: 'sidebar channel menu',
  handles: (path) => /^channel\s+menu$/i.test(path[0] ?? ''),
  async follow(world, path) {
    await openSidebarChannelMenu(world);
    return path.slice(1);
  },
});
