import { html, render, useEffect, useRef } from '/static/js/ui.js';

const plural = (count, word) => `${count} ${word} ${count === 1 ? 'channel' : 'channels'}`;

/** The body of Mattermost's LeaveTeamModal for a member (not a guest), by what the user would be removed from. */
function removalText(publicCount, privateCount) {
  if (publicCount !== 0 && privateCount !== 0) {
    return [
      `You will be removed from ${plural(publicCount, 'public')} and ${plural(privateCount, 'private')} on this team.`,
      " If the team is private you won't be able to rejoin it without an invitation from another team member. Are you sure?",
    ];
  }
  if (publicCount === 0) {
    return [
      `You will be removed from ${plural(privateCount, 'private')} on this team.`,
      " If the team is private you won't be able to rejoin it without an invitation from another team member. Are you sure?",
    ];
  }
  return [`You will be removed from ${plural(publicCount, 'public')} on this team.`, ' Are you sure?'];
}

function LeaveTeamModal({ channels, onClose, onConfirm }) {
  const dialog = useRef(null);
  useEffect(() => dialog.current?.showModal?.(), []);
  const [bold, rest] = removalText(
    channels.filter((channel) => channel.type === 'O').length,
    channels.filter((channel) => channel.type === 'P').length,
  );
  const onKeyDown = (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      onConfirm();
    }
  };
  return html`<dialog id="leaveTeamModal" class="modal modal-confirm a11y__modal" role="dialog" ref=${dialog}
      aria-labelledby="leaveTeamModalLabel" onKeyDown=${onKeyDown}
      onCancel=${(event) => {
        event.preventDefault();
        onClose();
      }}>
    <div class="modal-header"><h1 id="leaveTeamModalLabel" class="modal-title">Leave the team?</h1></div>
    <div class="modal-body"><p><strong>${bold}</strong>${rest}</p></div>
    <div class="modal-footer">
      <button type="button" class="btn btn-link" id="leaveTeamNo" onClick=${onClose}>No</button>
      <button type="button" class="btn btn-danger" id="leaveTeamYes" autofocus onClick=${onConfirm}>Yes</button>
    </div>
  </dialog>`;
}

/** Opens the "Leave the team?" confirmation; Yes removes the user from the team and leaves its view. */
export function openLeaveTeamModal(host, { team, channels, user }, onLeft) {
  const mount = document.createElement('div');
  document.body.append(mount);
  const close = () => {
    render(null, mount);
    mount.remove();
  };
  const confirm = async () => {
    close();
    await host.api('DELETE', `/teams/${team.id}/members/${user.id}`);
    onLeft();
  };
  const own = channels.filter((channel) => channel.team_id === team.id && channel.delete_at === 0);
  render(html`<${LeaveTeamModal} channels=${own} onClose=${close} onConfirm=${confirm} />`, mount);
}
