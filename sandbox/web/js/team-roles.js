/**
 * Whether the signed-in user manages the current team (a system admin, or a team admin of it): the main menu
 * shows such users Team Settings and Manage Members, as Mattermost's main menu does.
 */
export async function managesTeam(host, state) {
  if (/\bsystem_admin\b/.test(state.user.roles ?? '')) return true;
  try {
    const member = await host.api('GET', `/teams/${state.team.id}/members/${state.user.id}`);
    return /\bteam_admin\b/.test(member.roles ?? '');
  } catch {
    return false;
  }
}
