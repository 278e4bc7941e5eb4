import { newMainMenuItem } from '/static/js/menus.js';
import { managesTeam } from '/static/js/team-roles.js';
import { openTeamMembers } from './modal.js';

/**
 * The main menu's "Manage Members" (`#manageMembers`) for those who may manage the team (team admins, system
 * admins) and "View Members" (`#viewMembers`) for the others, both opening the team members modal.
 */
export function install(host) {
  host.on('ready', async (state) => {
    const manages = await managesTeam(host, state);
    const [id, label] = manages ? ['manageMembers', 'Manage Members'] : ['viewMembers', 'View Members'];
    const added = newMainMenuItem(id, label, () => {
      added.menu.hidden = true;
      openTeamMembers(host, host.state.team ?? state.team, manages);
    });
    added?.menu.append(added.item);
  });
}
