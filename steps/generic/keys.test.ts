import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { chordForPlatform, KEYS, toPlaywrightChord } from './keys';

describe('key chords', () => {
  it('translates key names testers write into Playwright names', () => {
    assert.equal(toPlaywrightChord('CTRL+SHIFT+A'), 'Control+Shift+A');
    assert.equal(toPlaywrightChord('esc'), 'Escape');
    assert.equal(toPlaywrightChord('Shift-Enter'), 'Shift+Enter');
    assert.equal(toPlaywrightChord('ctrl/cmd+k'), 'ControlOrMeta+K');
    assert.equal(toPlaywrightChord('up arrow'), 'ArrowUp');
    assert.equal(toPlaywrightChord('F7'), 'F7');
  });

  it('picks the chord for the platform from "X (Windows) or Y (Mac)"', () => {
    const both = 'CTRL+SHIFT+A (Windows) or CMD+SHIFT+A (Mac)';
    assert.equal(chordForPlatform(both, 'linux'), 'Control+Shift+A');
    assert.equal(chordForPlatform(both, 'darwin'), 'Meta+Shift+A');
    assert.equal(chordForPlatform('Enter', 'darwin'), 'Enter');
  });

  it('recognises whole key expressions only', () => {
    const keys = new RegExp(`^${KEYS}$`, 'i');
    assert.ok(keys.test('CTRL+SHIFT+A (Windows) or CMD+SHIFT+A (Mac)'));
    assert.ok(keys.test('Enter'));
    assert.ok(!keys.test('Save button'));
  });
});
