import { addStylesheet } from '/static/js/dom.js';
import { newMainMenuItem } from '/static/js/menus.js';
import { managesTeam } from '/static/js/team-roles.js';
import { openTeamSettings } from './modal.js';

/**
 * Team Settings on the channel page: the main menu's "Team Settings" (`#teamSettings`) for those who may manage
 * the team (its team admins and system admins, Mattermost's manage_team permission), and the team's new name in
 * the sidebar header when an `update_team` event says it changed (the team sidebar redraws itself: teams area).
 */
export function install(host) {
  host.on('ready', async (state) => {
    addStylesheet('/static/areas/team-settings/team-settings.css');
    if (await managesTeam(host, state)) addMenuItem(host, state);
  });
  host.on('websocket', (event) => {
    if (event.event !== 'update_team' || !host.state.team) return;
    const team = JSON.parse(event.data.team);
    if (team.id !== host.state.team.id) return;
    host.state.team = { ...host.state.team, ...team };
    showTeamName(team.display_name);
  });
}

function addMenuItem(host, state) {
  const added = newMainMenuItem('teamSettings', 'Team Settings', () => {
    added.menu.hidden = true;
    openTeamSettings(host, host.state.team ?? state.team);
  });
  added?.menu.insertBefore(added.item, added.menu.firstChild);
}

/** The sidebar header's team name and the initials of its icon, as the core page draws them (js/channel.js). */
function showTeamName(displayName) {
  const name = document.getElementById('teamDisplayName');
  if (name) name.textContent = displayName;
  const icon = document.getElementById('teamIcon');
  if (icon) icon.textContent = displayName.slice(0, 2);
}
