import { registerThing } from '../../generic/assert/vocabulary';
import { squash } from '../../generic/similarity';
import { EPHEMERAL } from './status';

/**
 * "Ephemeral message disappears": the answers only the sender sees ("(Only visible to you)"); it must have been
 * on screen after an earlier step, or its absence would prove nothing.
 */
registerThing({
  names: ['ephemeral message', 'ephemeral post'],
  locate: (scope) => scope.locator(EPHEMERAL),
  seenBefore: (world) =>
    world.observations.some((seen) => squash(seen.text ?? '').includes(squash('(Only visible to you)'))),
});
