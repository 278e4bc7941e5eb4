import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { BrowserSession } from './session';
import { SessionRegistry } from './session-registry';
import type { StepPosition } from './step-positions';

function fakeRegistry() {
  const opened: string[] = [];
  const registry = new SessionRegistry(async (name) => {
    opened.push(name);
    return { name, close: async () => {} } as unknown as BrowserSession;
  });
  return { registry, opened };
}

const at = (block: number, action: number): StepPosition => ({
  featureLine: 0,
  block,
  action,
  isAction: true,
});

describe('SessionRegistry', () => {
  it('opens the original session on first use and keeps it current', async () => {
    const { registry, opened } = fakeRegistry();
    const first = await registry.current(at(1, 1));
    assert.equal(first.name, 'original');
    assert.equal(await registry.current(), first);
    assert.deepEqual(opened, ['original']);
  });

  it('resolves "the session created in step N" within the Step block', async () => {
    const { registry } = fakeRegistry();
    const original = await registry.current(at(1, 1));
    registry.noteUse(at(1, 1));
    registry.noteUse(at(1, 2));
    const separate = await registry.openSeparate(at(1, 4));
    registry.noteUse(at(1, 4));
    assert.equal(registry.createdInStep(1, 1), original);
    assert.equal(registry.createdInStep(4, 1), separate);
    assert.equal(registry.createdInStep(2, 1), original, 'a step that opened none: the session it acted in');
    assert.equal(registry.createdInStep(9, 1), undefined);
  });

  it('reads "step N" as a Step block when the current block has fewer actions', async () => {
    const { registry } = fakeRegistry();
    const original = await registry.current(at(1, 1));
    registry.noteUse(at(1, 1));
    await registry.openSeparate(at(2, 1));
    registry.noteUse(at(2, 1));
    registry.noteUse(at(3, 1));
    assert.equal(
      registry.createdInStep(1, 3)?.name,
      'separate 1',
      'block 3 step 1 opened none: the one it used',
    );
    assert.equal(registry.createdInStep(2, 3)?.name, 'separate 1', 'no step 2 in block 3: Step block 2');
    assert.equal(registry.createdInStep(1, 2), registry.get('separate 1'));
    assert.notEqual(registry.createdInStep(1, 2), original);
  });

  it('switches by name and finds the latest separate session', async () => {
    const { registry } = fakeRegistry();
    await registry.current();
    await registry.openSeparate();
    const second = await registry.openSeparate();
    assert.equal(registry.latestSeparate(), second);
    assert.equal((await registry.switchTo('User A')).name, 'user a');
    assert.equal(registry.all().length, 4);
  });
});
