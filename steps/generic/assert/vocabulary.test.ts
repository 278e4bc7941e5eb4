import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import '../../mattermost/assert-vocabulary';
import { placeNamed, registerThing, stateNamed, thingNamed } from '.';
import { nounKey } from './vocabulary';

describe('the assertion vocabulary', () => {
  it('finds nouns without article, case, punctuation or plural s', () => {
    assert.equal(nounKey('the Channel Headers'), nounKey('channel header'));
    assert.equal(nounKey('RHS'), 'rhs');
    assert.equal(nounKey('Status'), 'status');
    assert.ok(placeNamed('the right-hand side'));
    assert.equal(placeNamed('Right Hand Side'), placeNamed('RHS'));
    assert.ok(placeNamed('the modal')?.named);
    assert.ok(thingNamed('the channel name'));
  });

  it('reads a state and its opposite', () => {
    assert.deepEqual(stateNamed('greyed out')?.opposite, false);
    assert.equal(stateNamed('enabled')?.opposite, true);
    assert.equal(stateNamed('enabled')?.state, stateNamed('disabled')?.state);
    assert.equal(stateNamed('sparkly'), undefined);
  });

  it('refuses a second meaning for a name, naming both registrations', () => {
    registerThing({ names: ['casebook test widget'], locate: (scope) => scope.locator('#a') });
    assert.throws(
      () => registerThing({ names: ['Casebook Test Widgets'], locate: (scope) => scope.locator('#b') }),
      /thing "Casebook Test Widgets" is registered twice \(.*vocabulary\.test\.ts.* and .*vocabulary\.test\.ts/,
    );
  });
});
