import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LABEL, PATH, sentence, splitPath, unquote } from './phrase';

describe('sentence', () => {
  const click = sentence(String.raw`click\s+(?:the\s+)?(${LABEL})`);

  it('matches case-insensitively, with a trailing remark and punctuation', () => {
    assert.equal(click.exec('CLICK the Save.')?.[1], 'Save');
    assert.equal(click.exec('click **Save** (bottom right).')?.[1], '**Save**');
    assert.equal(click.exec('Click “Log In” (see note (1));')?.[1], '“Log In”');
  });

  it('does not match a longer sentence that joins another clause', () => {
    assert.equal(click.exec('Click Save and then close the modal'), null);
    assert.equal(click.exec('Click anywhere outside the modal'), null);
    assert.equal(click.exec('Click on one of the last few channels'), null);
  });
});

describe('unquote', () => {
  it('removes quotes of every kind, bold and a leading article', () => {
    assert.equal(unquote('"Save"'), 'Save');
    assert.equal(unquote('“View and Logout”'), 'View and Logout');
    assert.equal(unquote("'never'"), 'never');
    assert.equal(unquote('**Create New Channel**'), 'Create New Channel');
    assert.equal(unquote('`Hello`'), 'Hello');
    assert.equal(unquote('the hamburger menu'), 'hamburger menu');
  });
});

describe('menu paths', () => {
  const path = new RegExp(`^${PATH}$`, 'i');

  it('splits on >, ➜, -> and →', () => {
    assert.deepEqual(splitPath('Account Settings > Security'), ['Account Settings', 'Security']);
    assert.deepEqual(splitPath('Profile ➜ Security ➜ “Password” ➜ Edit'), [
      'Profile',
      'Security',
      'Password',
      'Edit',
    ]);
    assert.deepEqual(splitPath('User Menu -> Profile -> Security'), ['User Menu', 'Profile', 'Security']);
    assert.deepEqual(splitPath('Settings → Display'), ['Settings', 'Display']);
    assert.deepEqual(splitPath('**☰ menu ➜ System Console**'), ['☰ menu', 'System Console']);
  });

  it('needs a separator, and stops before a new clause', () => {
    assert.ok(path.test('Account Settings > Security'));
    assert.ok(!path.test('Account Settings'));
    assert.ok(!path.test('hamburger menu and select Account Settings > Security'));
  });
});
