import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openStaticPage, type StaticPage } from './testing/static-page';

/**
 * Every form of the assertion grammar on a page where its line holds (it passes) and on one where it does not
 * (it fails, naming what was expected and what the page showed instead), and on an empty page (it fails too).
 */

const HEADER = (channel: string) =>
  `<div id="channel-header"><h2 id="channelHeaderTitle">${channel}</h2><button aria-label="Pinned messages">P</button></div>`;
const SIDEBAR = (unread: string) =>
  `<nav id="SidebarContainer"><a id="sidebarItem_town-square" class="SidebarLink">Town Square</a><a id="sidebarItem_off-topic" class="SidebarLink ${unread}">Off-Topic</a></nav>`;
const DIALOG = (name: string, body = '') =>
  `<div role="dialog" aria-label="${name}"><h1>${name}</h1>${body}</div>`;
const RESULTS = (n: number) =>
  `<div id="searchContainer">${'<div data-testid="search-item-container">hit</div>'.repeat(n)}</div>`;

interface Case {
  line: string;
  holds: string;
  fails: string;
  /** What the failure message must say (what was expected, and what was found). */
  message: RegExp;
}

const CASES: Case[] = [
  {
    line: 'Verify “Saved” is displayed',
    holds: '<p>Settings Saved</p>',
    fails: '<p>Settings Saving</p>',
    message: /expected “Saved” to be shown.*nearest found: "Settings Saving"/s,
  },
  {
    line: 'The Edit button is not shown in the RHS',
    holds: '<div id="sidebar-right"><button>Reply</button></div>',
    fails: '<div id="sidebar-right"><button>Edit</button></div>',
    message: /expected the button “Edit” in the RHS not to be shown, but it still is: “Edit”/,
  },
  {
    line: 'You should see the “Invite People” modal',
    holds: DIALOG('Invite People'),
    fails: DIALOG('Invite Guests'),
    message: /expected the “Invite People” modal to be shown.*nearest found: "Invite Guests"/s,
  },
  {
    line: 'Channel Header Region shows "Town Square"',
    holds: HEADER('Town Square'),
    fails: HEADER('Off-Topic'),
    message: /expected the Channel Header Region to show “Town Square”, but it reads "Off-Topic/,
  },
  {
    line: 'Off-Topic is bold in the LHS',
    holds: `${SIDEBAR('')}<style>.SidebarLink{font-weight:700}</style>`,
    fails: SIDEBAR(''),
    message: /expected “Off-Topic” in the LHS to be bold, but it is not: font-weight 400/,
  },
  {
    line: 'Off-Topic shows as unread in the sidebar',
    holds: SIDEBAR('unread-title'),
    fails: SIDEBAR(''),
    message: /expected “Off-Topic” in the sidebar to be unread, but it is not: no unread marker/,
  },
  {
    line: 'The "Save" button is disabled',
    holds: '<button disabled>Save</button>',
    fails: '<button>Save</button>',
    message: /expected the button “Save” to be disabled, but it is not: enabled/,
  },
  {
    line: '2 search results are shown',
    holds: RESULTS(2),
    fails: RESULTS(3),
    message: /expected 2 × the search results, but 3 are shown/,
  },
  {
    line: 'You are in channel Town Square',
    holds: HEADER('Town Square'),
    fails: HEADER('Off-Topic'),
    message: /expected to be in the channel “Town Square”, but the current channel is “Off-Topic”/,
  },
  {
    line: 'No Forward option in the menu',
    holds: '<div role="menu"><div role="menuitem">Reply</div></div>',
    fails: '<div role="menu"><div role="menuitem">Forward</div></div>',
    message: /expected the option “Forward” in the menu not to be shown, but it still is/,
  },
  {
    line: 'Verify the channel header',
    holds: HEADER('Town Square'),
    fails: '<p>Town Square</p>',
    message: /expected the channel header to be shown, but it is not.*nearest found: "Town Square"/s,
  },
  {
    line: 'Off-Topic has a mention badge',
    holds:
      '<ul><li><a>Town Square</a></li><li><a>Off-Topic</a> <span id="unreadMentions" class="badge">1</span></li></ul>',
    fails:
      '<ul><li><a>Town Square</a> <span id="unreadMentions" class="badge">1</span></li><li><a>Off-Topic</a></li></ul>',
    message: /expected the mention badge in “Off-Topic”, but it is not there/,
  },
  {
    line: 'Verify Town Square does not have a mention badge',
    holds:
      '<ul><li><a>Town Square</a></li><li><a>Off-Topic</a> <span id="unreadMentions" class="badge">1</span></li></ul>',
    fails:
      '<ul><li><a>Town Square</a> <span id="unreadMentions" class="badge">1</span></li><li><a>Off-Topic</a></li></ul>',
    message: /expected the mention badge not to be shown in “Town Square”, but it is/,
  },
  {
    line: 'You should see Archived channels in the LHS',
    holds: '<nav id="SidebarContainer"><h3>Archived channels</h3></nav>',
    fails: '<nav id="SidebarContainer"><h3>Archived</h3></nav>',
    message: /expected “Archived channels” in the LHS to be shown.*nearest found: "Archived"/s,
  },
  {
    line: 'Error displays `Name is taken`',
    holds: '<div role="alert" class="error">Name is taken</div>',
    fails: '<div role="alert" class="error">Name is too long</div>',
    message: /expected the Error to show “Name is taken”, but it reads "Name is too long"/,
  },
];

describe('the assertion grammar in a browser', () => {
  let tab: StaticPage;
  before(async () => {
    tab = await openStaticPage();
  });
  after(async () => {
    await tab?.close();
  });

  for (const { line, holds, fails, message } of CASES) {
    it(`“${line}” passes where it holds, fails where it does not`, async () => {
      await tab.show(holds);
      await tab.check(line);
      await tab.show(fails);
      await assert.rejects(tab.check(line), message);
      await tab.show('');
      await assert.rejects(tab.check(line));
    });
  }

  it('a negation needs the place it looks in, and a page of the app', async () => {
    await tab.show('<p>no sidebar here</p>');
    await assert.rejects(
      tab.check('The Edit button is not shown in the RHS'),
      /expected the RHS to be shown \(to look in the RHS\)/,
    );
    await tab.page.goto('about:blank');
    await assert.rejects(tab.check('“Saved” is not displayed'), /the tab shows no page of the app/);
  });

  it('“X disappears” needs X to have been shown after an earlier step', async () => {
    await tab.show('<p>Other</p>');
    await assert.rejects(tab.check('“Draft saved” disappears'), /was not shown after any earlier step/);
    tab.observations.push({
      position: { featureLine: 1, isAction: true, action: 1 },
      dialogs: [],
      text: 'Draft saved',
    });
    await tab.check('“Draft saved” disappears');
  });

  it('reads referents from what the scenario made', async () => {
    await tab.show('<div id="postListContent"><p>hello world</p></div>');
    await assert.rejects(tab.check('The message is displayed'), /no earlier step of this scenario created/);
    tab.memory.remember('post', { label: 'hello world' });
    await tab.check('The message is displayed');
    tab.memory.remember('post', { label: 'second post' });
    await assert.rejects(tab.check('The message is displayed'), /the message “second post”/);
  });
});
