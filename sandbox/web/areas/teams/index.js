import { addStylesheet } from '/static/js/dom.js';
import { newMainMenuItem } from '/static/js/menus.js';
import { openLeaveTeamModal } from './leave-team.js';
import { renderTeamSidebar } from './team-sidebar.js';

/**
 * Teams on the channel page: the team sidebar (two teams or more), the main menu's "Leave Team" (`#leaveTeam`)
 * with its confirmation, and the live team events: `leave_team` for the signed-in user takes them off the team's
 * view (to their first remaining team, as Mattermost does), `added_to_team` and `update_team` redraw the sidebar.
 */
export function install(host) {
  host.on('ready', (state) => {
    addStylesheet('/static/areas/teams/teams.css');
    refreshSidebar(host, state);
    addLeaveTeamItem(host, state);
  });
  host.on('websocket', (event) => {
    const state = host.state;
    if (!state.team || !state.user) return;
    if (event.event === 'leave_team' && event.data.user_id === state.user.id) {
      if (event.data.team_id === state.team.id) leaveView();
      else refreshSidebar(host, state);
    }
    if (event.event === 'added_to_team' || event.event === 'update_team') refreshSidebar(host, state);
  });
}

async function refreshSidebar(host, state) {
  const teams = await host.api('GET', '/users/me/teams');
  const current = teams.find((team) => team.id === state.team.id) ?? state.team;
  renderTeamSidebar(teams, current);
}

/** `/` leads to the user's first team (the server decides), or to the login page when none is left. */
function leaveView() {
  window.location.assign('/');
}

function addLeaveTeamItem(host, state) {
  const added = newMainMenuItem('leaveTeam', 'Leave Team', () =>
    openLeaveTeamModal(host, host.state.team ? host.state : state, leaveView),
  );
  if (!added) return;
  const { menu, item } = added;
  const divider = document.createElement('hr');
  divider.className = 'menu-divider';
  const first = menu.querySelector('hr.menu-divider') ?? menu.firstChild;
  menu.insertBefore(divider, first);
  menu.insertBefore(item, divider);
}
