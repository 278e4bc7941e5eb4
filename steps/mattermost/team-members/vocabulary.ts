import { registerThing } from '../../generic/assert';
import { memberToPromote, TEAM_MEMBERS } from './modal';

/**
 * "Verify Team Admin displays": the role the members modal shows for the member the case promotes (not the
 * signed-in team admin's own row, which says "Team Admin" whatever the case did).
 */
registerThing({
  names: ['Team Admin'],
  locate: (scope, world) => {
    if (!world)
      throw new Error('"Team Admin" needs the scenario: it is the role of the member the case promotes');
    return scope
      .locator(`${TEAM_MEMBERS.modal} ${TEAM_MEMBERS.roleToggle(memberToPromote(world))}`)
      .filter({ hasText: /^\s*Team Admin\s*$/ });
  },
});
