/**
 * The forty hard shapes of ../shared/reference/corpus-analysis.md (section 6), converted from the real corpus
 * files: each test names the shape and checks what the feature does with it.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import type { CaseModel } from '../case';
import { parseCase } from '../case';
import { corpusDir, requireCorpus } from '../corpus';
import { type ConvertedCase, convertCase } from './feature';
import { parseFeature } from './validate';

const CORPUS = corpusDir();
const models = new Map<string, CaseModel | undefined>();

function modelOf(relPath: string): CaseModel | undefined {
  if (!models.has(relPath)) {
    const file = path.join(CORPUS, relPath);
    const parsed = parseCase(fs.readFileSync(file, 'utf8'), { file: `corpus/${relPath}`, relPath });
    models.set(relPath, parsed.ok ? parsed.model : undefined);
  }
  return models.get(relPath);
}

let keyIndex: Map<string, string> | undefined;
/** Called cases resolve against the whole corpus, as they do when it is the input folder. */
function resolve(key: string): CaseModel | undefined {
  keyIndex ??= new Map(
    fs
      .readdirSync(CORPUS, { recursive: true, encoding: 'utf8' })
      .filter((entry) => entry.endsWith('.md'))
      .map((entry) => [path.basename(entry, '.md'), entry.split(path.sep).join('/')]),
  );
  const relPath = keyIndex.get(key);
  return relPath ? modelOf(relPath) : undefined;
}

function convert(relPath: string, resolver: (key: string) => CaseModel | undefined = resolve): ConvertedCase {
  requireCorpus();
  const model = modelOf(relPath);
  assert.ok(model, `${relPath} parses`);
  const converted = convertCase(model, resolver);
  parseFeature(converted.featureText); // throws when the feature is not valid Gherkin
  return converted;
}

const lines = (converted: ConvertedCase) => converted.steps.map((step) => `${step.keyword} ${step.text}`);
const body = (converted: ConvertedCase) => converted.featureText.split('\n');

describe('hard shapes from the corpus', () => {
  it('1 MM-T418: list, en-dash title, related block, "After step 8" placed after action 8', () => {
    const feature = convert('suite/sign-in-authentication/MM-T418.md');
    assert.deepEqual(lines(feature).slice(0, 3), [
      'Given Login to a server using a browser',
      'And From Account Settings, set your desktop notifications to Never',
      'When Move the focus to a different server tab (desktop app) or browser tab',
    ]);
    assert.deepEqual(lines(feature).slice(-3), [
      'And View the original app/browser tab (can also click the desktop notification to view)',
      'Then login page shows a message above the login box that the session has expired',
      'And Desktop notification is sent (may take up to 1 min) for session expiry, even though other desktop notifications are set to Never',
    ]);
    assert.ok(
      body(feature).includes(
        '  Related: (Cannot Reproduce) Desktop notification does not fire on killing active session (web mobile narrow view) MM-25802 https://mattermost.atlassian.net/browse/MM-25802',
      ),
    );
    assert.ok(!feature.featureText.includes('–––'));
  });

  it('2 MM-T1821: escaped ordered list with hard breaks and an em-dash separator', () => {
    assert.deepEqual(lines(convert('integrations/bot-accounts/MM-T1821.md')), [
      'Given Create a bot',
      'When Add the bot created above to a team',
      'And With the team open, select Manage Member form the hamburger menu',
      'And Search the user list for the bot created above',
    ]);
  });

  it('3 MM-T1106: escaped \\--- separator, plain lines, code spans, "After step 4" in escaped bullets', () => {
    const steps = lines(convert('suite/system-console/site-configuration/notifications/MM-T1106.md'));
    assert.equal(steps[0], 'Given `Enable Email Notifications` = false');
    const placed = steps.indexOf(
      'Then Greyed out settings are editable again, except for `Enable Preview Mode Banner`, which should now be grayed out',
    );
    assert.equal(steps[placed - 1], 'And Click the X to close the blue bar and refresh');
  });

  it('4 MM-T3603: a single plain sentence is the one action', () => {
    const feature = convert('plugins/todo/MM-T3603.md');
    assert.ok(feature.steps.length >= 1);
    assert.ok(!feature.tags.includes('@no-steps'));
  });

  it('5 MM-T4262: 50 numbered Step sections, each marked by a comment', () => {
    const feature = convert('suite/system-console/MM-T4262.md');
    assert.ok(body(feature).includes('    # Step 50'));
    assert.ok(feature.steps.length >= 50);
  });

  it('6 MM-T5074: nested call chain expands recursively; copies map to the caller, callees to their file', () => {
    const feature = convert('apps-framework/pagerduty/MM-T5074.md');
    assert.ok(
      body(feature).some((line) => line.startsWith('    # Step 1 from MM-T5065: Link Mattermost account')),
    );
    assert.ok(
      body(feature).some((line) => line.startsWith('    # Step 1.1 from MM-T5064: Set up PagerDuty')),
    );
    const first = feature.steps[0];
    assert.equal(first.text, 'Verify there is not a previous master configuration');
    assert.match(first.mdFile, /MM-T5064\.md$/);
  });

  it('7 MM-T4038: a call at Step 2 mixed with inline steps, callee from the input, its copy for the missing one', () => {
    const feature = convert('apps-framework/zendesk/MM-T4038.md');
    const comments = body(feature).filter((line) => line.startsWith('    # Step'));
    assert.ok(comments.includes('    # Step 2.1.1'), comments.join('\n'));
    assert.ok(
      comments.some((line) => line.startsWith('    # Step 2 from MM-T4037: Configure Zendesk (from corpus/')),
    );
    assert.ok(body(feature).includes('    # Step 3'));
    assert.deepEqual(
      feature.problems.map((problem) => problem.warning),
      [true, true],
    );
  });

  it('8 MM-T4920: a case made only of calls still has steps', () => {
    const feature = convert('plugins/plugin-release-tests/MM-T4920.md');
    assert.ok(feature.steps.length > 20);
    assert.ok(!feature.tags.includes('@no-steps'));
  });

  it('9 MM-T3806: an empty Step 1 gives one pending step and @no-steps', () => {
    const feature = convert('mmctl/MM-T3806.md');
    assert.deepEqual(lines(feature), ['Given this case has no steps to automate yet']);
    assert.ok(feature.tags.includes('@no-steps'));
  });

  it('10 MM-T5852: no action but an Expected: the pending step carries it', () => {
    const feature = convert('mobile-v2/mobile-permalink/MM-T5852.md');
    assert.deepEqual(lines(feature), ['Given this case has no steps to automate yet']);
    assert.match(
      feature.featureText,
      /"""\n\s+The permalink preview displays the "Urgent" priority tag\.\n\s+"""/,
    );
  });

  it('11-12 MM-T2744, MM-T971: title-only steps have no action', () => {
    assert.ok(convert('suite/ad-ldap/MM-T2744.md').tags.includes('@no-steps'));
    assert.ok(convert('suite/system-console/environment/web-server/MM-T971.md').tags.includes('@no-steps'));
  });

  it('13 MM-T2572: a real GFM table becomes a DataTable', () => {
    const feature = convert('suite/license-levels/MM-T2572.md');
    assert.ok(body(feature).some((line) => /^ {6}\| Testing Area +\| E20 +\|/.test(line)));
  });

  it('14 MM-T190: an escaped pseudo-table is literal text in a DocString, and so is the Test Data', () => {
    const feature = convert('channels/messaging/MM-T190.md');
    assert.equal(feature.steps[0].text, 'the test data is:');
    assert.ok(feature.steps.some((step) => step.text === 'Post the following in a channel:'));
    assert.match(feature.featureText, / {6}\| 1 \| Name \| Toast \|\n/);
  });

  it('15 MM-T2245: an escaped fence is kept literally; an empty fence adds nothing', () => {
    const feature = convert('channels/messaging/MM-T2245.md');
    assert.match(feature.featureText, /When Post:\n {6}"""\n {6}> ```\n {6}xxxxxxxxxxxx\n/);
    assert.ok(!feature.steps.some((step) => step.text === 'the following text:'));
  });

  it('16 MM-T2927: a fence opened inside a list item is a DocString of that item', () => {
    const feature = convert('channels/profile-settings/MM-T2927.md');
    assert.match(feature.featureText, /When Open User menu\n {6}"""\n {6}Verify all available statuses/);
  });

  it('17 MM-T1615: Test Data with a code fence becomes the test data DocString', () => {
    const feature = convert('channels/messaging/MM-T1615.md');
    assert.match(feature.featureText, /Given the test data is:\n {6}"""\n {6}var foo = 'bar';/);
  });

  it('18 MM-T5232: Objective in the description, Precondition as Background, Test Data as a step', () => {
    const feature = convert('plugins/service-now/MM-T5232.md');
    assert.ok(body(feature).includes('  Objective: To verify the functioning of the disconnect command'));
    assert.ok(body(feature).includes('  Background:'));
    assert.deepEqual(lines(feature).slice(0, 2), [
      'Given User should already be in a particular channel.',
      'Given the test data is:',
    ]);
  });

  it('19 MM-T4409: nested "Verify" sub-items become Then steps between the actions', () => {
    const steps = lines(convert('channels/global-drafts/MM-T4409.md'));
    const index = steps.indexOf('And Add some text without posting e.g. “pineapple”');
    assert.equal(steps[index + 1], 'Then Verify global Drafts item is added to LHS');
    assert.equal(
      steps[index + 4],
      'When Create a private channel Channel1 and add some text without posting e.g. “apple”',
    );
  });

  it('20 MM-T5062: "On N." is placed by list number even when numbering continues across steps', () => {
    const steps = lines(convert('apps-framework/opsgenie/MM-T5062.md'));
    const index = steps.indexOf('Then Only available command is `help`');
    assert.equal(steps[index - 1], 'And Run the `/genie` command');
    assert.ok(
      steps.includes(
        'Then On 12. Command information shown from: `help`, `subscription`, `alert` and `list`',
      ),
    );
  });

  it('21 MM-T3273: "After #3," heading the lines below places them after action 3', () => {
    const steps = lines(convert('mobile-app--native-specific-/MM-T3273.md'));
    assert.deepEqual(steps.slice(-2), [
      'And Tap Logout option',
      'Then Verify user is redirect to select server screen',
    ]);
  });

  it('22 MM-T5448: an embedded image becomes a comment', () => {
    const feature = convert('channels/channel-menu/MM-T5448.md');
    assert.ok(
      body(feature).some((line) => line.startsWith('    # Image: Screenshot (https://raw.githubusercontent')),
    );
  });

  it('23 MM-T5732: headings and "Scenario N:" sub-titles are comments, never steps', () => {
    const feature = convert('mobile-v2/mobile-draft/MM-T5732.md');
    assert.ok(
      body(feature).includes(
        '    # Scenario 1: Verify Scheduled messages are displayed only in the team channels they are created.',
      ),
    );
    assert.ok(!feature.steps.some((step) => step.text.startsWith('Scenario')));
  });

  it('24 MM-T4614: the "Important notes about this step" block is comments', () => {
    const feature = convert('plugins/zoom/general/MM-T4614.md');
    assert.ok(
      body(feature).includes(
        '    # Note that this test can be run with Zomm configured using any authentication method.',
      ),
    );
    assert.deepEqual(lines(feature), [
      'When Click the "Join Meeting" button',
      'Then Zoom client opens and you join the meeting',
    ]);
  });

  it('25-29 names with |, a leading When, <placeholders>, backticks and quotes, 150+ characters', () => {
    for (const relPath of [
      'cloud/MM-T5097.md',
      'suite/redirect/MM-T2555.md',
      'plugins/autolink/MM-T3551.md',
      'channels/messaging/MM-T2210.md',
      'plugins/MM-T2407.md',
    ]) {
      const feature = convert(relPath);
      const model = modelOf(relPath);
      assert.equal(feature.scenarioName, `${model?.key}: ${model?.name}`);
      assert.ok(body(feature).includes(`  Scenario: ${feature.scenarioName}`));
      assert.ok(!feature.featureText.includes('Scenario Outline'));
    }
  });

  it('30 MM-T1261: duplicate names in one folder never collide: the key prefixes the scenario', () => {
    assert.equal(convert('channels/keyboard-shortcuts/MM-T1261.md').scenarioName, 'MM-T1261: UP arrow');
  });

  it('31 MM-T822: menu paths with ➜ stay as written, an empty list item adds nothing', () => {
    const steps = lines(convert('desktop-app--native-specific-/menu-bar/MM-T822.md'));
    assert.ok(steps.includes('When Go to History ➜ Back'));
    assert.equal(steps.length, 3);
  });

  it('32 MM-T5535: <placeholders> stay literal in a plain Scenario', () => {
    const feature = convert('plugins/ms-teams-sync/mute-unmute/MM-T5535.md');
    assert.ok(
      feature.steps.some((step) =>
        step.text.includes('`/msteams-sync unlink <msteams-teams-id> <msteams-channel-id>`'),
      ),
    );
    assert.ok(body(feature).includes('    # **Scenario**: User has selected MSTeams as primary platform'));
  });

  it('33 MM-T3634: an mmctl command line is an action', () => {
    assert.deepEqual(lines(convert('mmctl/MM-T3634.md')), [
      'When mmctl bot list',
      'Then returns a list of bot accounts',
    ]);
  });

  it('34 MM-T4102: zero-width and non-breaking spaces are cleaned', () => {
    const feature = convert('suite/system-console/compliance/data-retention-policy/MM-T4102.md');
    assert.ok(!/[\u200B\u00A0]/.test(feature.featureText));
    assert.ok(feature.steps.some((step) => step.text === 'Click Run Deletion Job Now'));
  });

  it('35 MM-T2594: several separator lines: sub-titles become comments, the actions stay', () => {
    const feature = convert('suite/ldap-group-sync/MM-T2594.md');
    assert.ok(feature.steps.some((step) => step.text === 'Select qa and xyz, unlink'));
    assert.ok(
      feature.steps.some(
        (step) => step.text === 'Admin selects two groups on the Groups page that already have links',
      ),
    );
  });

  it('36 MM-T3624: letter items and escaped underscore separators', () => {
    const steps = lines(convert('channels/left-sidebar/MM-T3624.md'));
    const check = steps.indexOf('Then Check that the CHANNELS group header is visible');
    assert.equal(
      steps[check + 1],
      'And Verify that all channels are visible: Town Square, Off topic and Channel Test (from step1)',
    );
    assert.ok(!steps.some((step) => step.includes('___')));
  });

  it('37 MM-T5927: Objective and "Step N completes successfully" expected lines are kept', () => {
    const feature = convert('ai-assisted-test/MM-T5927.md');
    assert.ok(body(feature).some((line) => line.startsWith('  Objective: ')));
    assert.ok(feature.steps.some((step) => /completes successfully/.test(step.text)));
  });

  it('38 MM-T5422: HTML tags stay literal text; the epic link is a comment', () => {
    const feature = convert('cloud/subscribe-to-news-letter/MM-T5422.md');
    assert.ok(feature.steps.some((step) => step.text.includes('<script>alert("XSS");</script>')));
    assert.ok(body(feature).includes('    # Epic: https://mattermost.atlassian.net/browse/MM-51235'));
  });

  it('39 MM-T5578: a blockquote in Expected is the quoted text of the line above', () => {
    const feature = convert('plugins/ms-teams-sync/bot-messages/file-attachments/MM-T5578.md');
    assert.match(
      feature.featureText,
      /Then Verify message displayed in chat:\n {6}"""\n {6}Attachments sent from Mattermost aren't yet delivered to Microsoft Teams\.\n/,
    );
  });

  it('40 MM-T4069: keyboard shortcuts and curly quotes stay as written', () => {
    const feature = convert('suite/notifications/toast/MM-T4069.md');
    assert.ok(feature.steps.some((step) => step.text === 'macOS: Cmd+Shift+F'));
    assert.ok(feature.steps.some((step) => step.text.includes('the “:in” identifier')));
  });

  it('41 MM-T2241: a numbered "Post:" going on over unnumbered lines is one action; bold markers go, code stays', () => {
    const steps = lines(convert('channels/messaging/MM-T2241.md'));
    assert.deepEqual(steps.slice(0, 2), [
      'When Post: /test url test-markdown-basics.md into a channel',
      'And Read through the resulting post',
    ]);
    const feature = convert('suite/custom-groups/MM-T5390.md');
    assert.ok(feature.steps.some((step) => step.text === 'Login as sysdmin'));
  });
});
