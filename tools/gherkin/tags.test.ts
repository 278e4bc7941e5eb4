import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isManualOnly, slug } from './tags';

describe('slug', () => {
  it('lower-cases and turns every run of other characters into one dash', () => {
    assert.equal(slug('Sign In Authentication'), 'sign-in-authentication');
    assert.equal(
      slug('P3 - Deep Functions (Do extensive scenarios work?)'),
      'p3-deep-functions-do-extensive-scenarios-work',
    );
    assert.equal(slug('Cloud-N/A'), 'cloud-n-a');
    assert.equal(slug('  --  '), '');
  });
});

describe('isManualOnly', () => {
  const cases: Array<[string[], string, boolean]> = [
    [['Webapp'], 'suite/x/MM-T1.md', false],
    [['WebApp and Desktop'], 'suite/x/MM-T1.md', false],
    [['Cloud'], 'suite/x/MM-T1.md', false],
    [['Portal'], 'suite/x/MM-T1.md', false],
    [['Mobile'], 'suite/x/MM-T1.md', true],
    [['RN - iOS', 'RN - Android'], 'suite/x/MM-T1.md', true],
    [['CLI'], 'suite/x/MM-T1.md', true],
    [['Desktop - Win', 'Desktop - Linux', 'Desktop - macOS'], 'suite/x/MM-T1.md', true],
    [['Desktop'], 'suite/x/MM-T1.md', true],
    [['Desktop', 'Webapp'], 'suite/x/MM-T1.md', false],
    [['Mobile', 'Cloud'], 'mobile-v2/MM-T1.md', false],
    [[], 'suite/x/MM-T1.md', false],
    [[], 'mobile-v2/drafts/MM-T1.md', true],
    [[], 'desktop-app--native-specific-/MM-T1.md', true],
    [[], 'mmctl/MM-T1.md', true],
    [['Automated - No manual tests needed'], 'mmctl/MM-T1.md', true],
    [['Automated - No manual tests needed'], 'channels/MM-T1.md', false],
    [['Smart Fridge'], 'mobile-v2/MM-T1.md', false],
    [[], 'mmctl-like/MM-T1.md', false],
  ];
  for (const [environments, relPath, expected] of cases) {
    it(`${JSON.stringify(environments)} under ${relPath} → ${expected ? '@manual' : 'web'}`, () => {
      assert.equal(isManualOnly(environments, relPath), expected);
    });
  }
});
