import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { INTERFACE_STRINGS, interfaceStrings, placeholderPattern } from './interface-strings';

// The sandbox's copy of the same translations (its web app fetches it): a typo in either one shows here.
const MESSAGES: Record<string, unknown> = JSON.parse(
  fs.readFileSync(path.resolve(__dirname, '../../../sandbox/web/areas/locale/messages.json'), 'utf8'),
);

describe('interface strings', () => {
  it('the sandbox shows the translations the steps expect (both copied from Mattermost)', () => {
    for (const [locale, strings] of Object.entries(INTERFACE_STRINGS)) {
      if (locale === 'en') continue; // English is the web app's defaultMessage, not a table
      assert.deepEqual(MESSAGES[locale], strings, locale);
    }
    assert.deepEqual(
      Object.keys(MESSAGES).sort(),
      Object.keys(INTERFACE_STRINGS)
        .filter((l) => l !== 'en')
        .sort(),
    );
  });

  it('a placeholder template matches any channel name and nothing else', () => {
    const german = placeholderPattern(interfaceStrings('de')['create_post.write']);
    assert.ok(german.test('In Town Square schreiben'));
    assert.ok(!german.test('Write to Town Square'));
    assert.ok(!german.test('In  schreiben'));
    const japanese = placeholderPattern(interfaceStrings('ja')['create_post.write']);
    assert.ok(japanese.test('Off-Topicへ投稿する'));
  });

  it('a locale without recorded strings says where to take them from', () => {
    assert.throws(() => interfaceStrings('fr'), /webapp\/channels\/src\/i18n\/fr\.json/);
  });
});
