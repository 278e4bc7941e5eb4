import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isCheck, isSetup } from './phrasing';

describe('phrasing', () => {
  it('reads checks, also behind emphasis, connectors and an actor clause', () => {
    for (const line of [
      'Verify the toast',
      '**Observe** it',
      'Then verify it',
      'As User B, verify it',
      'Check that X',
      'Ensure Y',
    ]) {
      assert.ok(isCheck(line), line);
    }
    for (const line of ['Check the "Remember me" checkbox', 'Click Verify', 'Open the verification page']) {
      assert.ok(!isCheck(line), line);
    }
  });

  it('reads setup lines', () => {
    for (const line of [
      'Login to a server',
      'Log in as admin',
      'Create a channel',
      'Enable X',
      'From Account Settings, set Y',
    ]) {
      assert.ok(isSetup(line), line);
    }
    for (const line of ['Click Save', 'Move the focus', 'From a separate browser session, login again']) {
      assert.ok(!isSetup(line), line);
    }
  });
});
