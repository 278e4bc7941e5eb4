import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseJsonArrayLeniently } from './json-salvage';

const features = [
  { uri: 'a.feature', name: 'brace } and "quote" and \\ in a string', elements: [{ steps: [1, 2] }] },
  { uri: 'b.feature', elements: [] },
  { uri: 'c.feature', elements: [{ name: '[not closed' }] },
];
const text = JSON.stringify(features, null, 2);

describe('parseJsonArrayLeniently', () => {
  it('parses a complete file as it is', () => {
    assert.deepEqual(parseJsonArrayLeniently(text), { items: features, complete: true });
  });

  it('keeps the complete features of a file cut off in the middle of the next one', () => {
    const cut = text.slice(0, text.indexOf('c.feature') + 4);
    assert.deepEqual(parseJsonArrayLeniently(cut), { items: features.slice(0, 2), complete: false });
  });

  it('is not fooled by brackets and escaped quotes inside strings', () => {
    const cut = text.slice(0, text.indexOf('brace }') + 20);
    assert.deepEqual(parseJsonArrayLeniently(cut), { items: [], complete: false });
  });

  it('returns nothing for an empty or hopeless file', () => {
    assert.deepEqual(parseJsonArrayLeniently(''), { items: [], complete: false });
    assert.deepEqual(parseJsonArrayLeniently('<html>'), { items: [], complete: false });
  });
});
