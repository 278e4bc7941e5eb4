import { registerPlace } from '../../generic/assert';
import { defineAlias } from '../../generic/vocabulary';
import { DM } from './selectors';

/** "DM More... list modal", "Direct Messages modal": the dialog that starts a DM or GM. */
registerPlace({
  names: [
    'DM More... list modal',
    'DM More... modal',
    'DM More... list',
    'Direct Messages modal',
    'More Direct Messages dialog',
    'Direct Messages dialog',
    'More Direct Messages modal',
  ],
  locate: (page) =>
    page
      .locator(`${DM.moreModal}, [role="dialog"]`)
      .filter({ has: page.getByText(DM.moreModalTitle, { exact: true }) })
      .filter({ visible: true }),
});

// "Click the member icon", "the members icon": the channel header's members button.
defineAlias(['member icon', 'members icon', 'member list icon', 'channel members icon'], {
  css: [DM.membersButton],
});

// "Click "Message" icon next to a user name": a user's name in the Members panel, whose row holds "Send message"
// (shown on hover). Mattermost lists the channel admins first, usually the tester who made the channel, so a
// later row is preferred: "a user" is someone else.
defineAlias(['a user name', 'user name', 'a username', "a user's name"], {
  css: [`${DM.memberLine} ~ ${DM.memberLine} ${DM.memberName}`, `${DM.memberLine} ${DM.memberName}`],
});
