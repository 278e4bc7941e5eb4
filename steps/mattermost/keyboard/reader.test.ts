import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { languageNamed, languageOfTitle } from '../settings/language';
import { parseAnnouncement } from './reader';

describe('what a screen reader announces, as cases quote it', () => {
  it('splits the accessible name from the role word and drops the reader’s usage hint', () => {
    assert.deepEqual(parseAnnouncement('Main Menu button, to activate press space bar'), {
      name: 'Main Menu',
      role: 'button',
    });
    assert.deepEqual(parseAnnouncement('Add to favorites, button'), {
      name: 'Add to favorites',
      role: 'button',
    });
    assert.deepEqual(parseAnnouncement('Search edit, type in text'), { name: 'Search', role: 'textbox' });
    assert.deepEqual(parseAnnouncement('Message list main region'), { name: 'Message list main region' });
  });

  it('keeps a hint with a typo in the name, so an altered quote cannot pass', () => {
    assert.equal(parseAnnouncement('Main Menu button, to activate press space barx').role, undefined);
  });
});

describe('interface languages named by testers', () => {
  it('reads the language of a case title, by its own name or in English', () => {
    assert.equal(languageOfTitle('MM-T2103: Display Language: Deutsch').locale, 'de');
    assert.equal(languageOfTitle('MM-T2110: Display Language: Pусский').locale, 'ru');
    assert.equal(languageOfTitle('MM-T2108: Display Language: Português').locale, 'pt-BR');
    assert.equal(languageNamed('English')?.locale, 'en');
    assert.equal(languageNamed('Klingon'), undefined);
    assert.throws(() => languageOfTitle('MM-T1: no language here'), /names no interface language/);
  });
});
