import assert from 'node:assert/strict';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { loadStepMatcher, type StepMatcher } from '../tools/coverage/step-matcher';

// Which sentences bind to exactly one step definition (no browser: Cucumber's own matching).
describe('the step grammar', () => {
  let matcher: StepMatcher;
  before(async () => {
    matcher = await loadStepMatcher(path.resolve(__dirname, '..'));
  });
  const binds = (text: string) =>
    assert.equal(matcher.matching(text).length, 1, `${text} → ${matcher.matching(text)}`);

  it('tolerates quotes of every kind, bold, articles, case, trailing punctuation and remarks', () => {
    for (const text of [
      'Click "Save"',
      'click “Save”.',
      "CLICK 'Save' (bottom right)",
      'Click **Save**',
      'Tap the Save button',
      'Select the “Never” radio button;',
      'Press `Save` button.',
      'Click on the hamburger menu to the right of the team name in the LHS',
      'Click "Edit" to the right of "Desktop Notifications"',
    ]) {
      binds(text);
    }
  });

  it('reads menu paths with >, ➜ and ->, and "click X and select Y"', () => {
    for (const text of [
      'Go to Account Settings > Security',
      'Go to Profile ➜ Security ➜ Password ➜ Edit',
      'Go to User menu -> Profile -> Security -> View and Logout of Active Sessions',
      'Click the hamburger menu and select Account Settings > Security',
      'Select "Account Settings" then select "Notifications"',
      'Go to **☰ menu ➜ System Console ➜ Billing & Account**',
    ]) {
      binds(text);
    }
  });

  it('types, presses keys, sees, waits', () => {
    for (const text of [
      'Type `Hello` in center message box',
      'Enter “qa@example.com” into the Email field',
      'Press Enter (Press Send icon for mobile)',
      'Press CTRL+SHIFT+A (Windows) or CMD+SHIFT+A (Mac)',
      'Hit ESC',
      'Verify "Town Square" is displayed',
      'You should not see “Log In”',
      'Should show correct error message of "Please enter your password"',
      'Error message "The new passwords you entered do not match."',
      'Wait 5 seconds',
      'Wait for a few seconds',
      'Login as "sysadmin"',
      'Login and go to a channel',
      'Open a channel',
      'Modal closes',
      'Click on the "Cancel" button in the dialog box',
    ]) {
      binds(text);
    }
  });

  it('binds the MM-T418 sentences', () => {
    for (const text of [
      'Login to a server using a browser',
      'From Account Settings, set your desktop notifications to Never',
      'Move the focus to a different server tab (desktop app) or browser tab',
      'From a separate browser session, login to the same server as the same user',
      'Click "View and Logout of Active Sessions", then find and close the session created in step 1',
      'Wait, without viewing original session app/browser, until you see a desktop notification (may take up to a minute)',
      'View the original app/browser tab (can also click the desktop notification to view)',
      'login page shows a message above the login box that the session has expired',
      'Desktop notification is sent (may take up to 1 min) for session expiry, even though other desktop notifications are set to Never',
    ]) {
      binds(text);
    }
  });

  it('reads names that were bold in the markdown (step texts drop emphasis markers) where an element word closes them', () => {
    for (const text of [
      'Tap on Global default (Mentions) option',
      'Click on Downgrade To Free button.',
      'Tap on jump to recent messages button',
      'Not now button should be displayed.',
      'Drop-down menu appears',
      'Provide Your Payment Details label should be present',
      'Show More text should be displayed',
      'Type @ in post input',
      'Type /notacommand in center message box',
      'Post: /test url test-markdown-basics.md into a channel',
      'Post the following: Hello, @lindy.test.',
    ]) {
      binds(text);
    }
    // The post menu's own step reads this one; the generic click grammar does not take "Delete from the menu" as
    // a name.
    assert.deepEqual(
      matcher.matching('Click Delete from the menu').map((where) => where.replace(/:\d+$/, '')),
      ['steps/permissions.steps.ts'],
    );
    for (const text of [
      'Type Name in Create Group modal.',
      'Select server address in Site URL field',
      'Post with styled button is shown',
    ]) {
      assert.deepEqual(matcher.matching(text), [], text);
    }
  });

  it('leaves sentences it does not understand undefined: there is no catch-all', () => {
    for (const text of [
      'Frobnicate the widget thoroughly',
      'Click anywhere outside the modal',
      'Click on one of the last few channels on the screen',
      'Put your computer to sleep',
      'Verify everything is fine',
      'Open a channel with a very long content history that has many images',
      'Everything renders as described in the post.',
    ]) {
      assert.deepEqual(matcher.matching(text), [], text);
    }
  });
});
