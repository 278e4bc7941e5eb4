import { html, render } from '/static/js/ui.js';

/**
 * Mattermost's team sidebar (components/team_sidebar): shown only to a member of two teams or more, teams sorted
 * by display name, each a link `#<team name>TeamButton` to `/<team name>` whose aria label is "<display name>
 * team" for the current team and "<display name> team unread" for the others (the real app's wording, lower
 * case), the current one in a `team-container active`; (the "+" button to other teams is not drawn: the sandbox has no team selection page).
 */
function TeamButton({ team, active, order }) {
  const label = (active ? `${team.display_name} team` : `${team.display_name} team unread`).toLowerCase();
  return html`<a href=${`/${team.name}`} id=${`${team.name}TeamButton`} aria-label=${label}
      class="draggable-team-container inline-block" data-team-order=${order}>
    <div class=${`team-container${active ? ' active' : ''}`}>
      <div class="team-btn">
        <div class="TeamIcon TeamIcon__sm${active ? ' active' : ''}">
          <div class="TeamIcon__initials">${team.display_name.slice(0, 2)}</div>
        </div>
      </div>
    </div>
  </a>`;
}

function TeamSidebar({ teams, current }) {
  const sorted = [...teams].sort((a, b) => a.display_name.localeCompare(b.display_name));
  return html`<div class="team-sidebar" role="navigation" aria-labelledby="teamSidebarWrapper">
    <div class="team-wrapper" id="teamSidebarWrapper">
      ${sorted.map(
        (team, index) => html`<${TeamButton} key=${team.id} team=${team} active=${team.id === current.id}
        order=${index + 1} />`,
      )}
    </div>
  </div>`;
}

/** Draws (or removes) the team sidebar for the user's teams; the app root gets `multi-teams` as in Mattermost. */
export function renderTeamSidebar(teams, current) {
  const root = document.getElementById('root');
  let mount = document.getElementById('teamSidebarMount');
  if (teams.length <= 1) {
    root.classList.remove('multi-teams');
    mount?.remove();
    return;
  }
  if (!mount) {
    mount = document.createElement('div');
    mount.id = 'teamSidebarMount';
    // Outside the page grid, whose columns other areas count (the RHS adds one).
    document.body.append(mount);
  }
  root.classList.add('multi-teams');
  render(html`<${TeamSidebar} teams=${teams} current=${current} />`, mount);
}
