import { html, useState } from '/static/js/ui.js';
import { SettingItem } from './info-tab.js';

/**
 * The Access tab (components/team_settings/team_access_tab), its Invite Code section (invite_section_input):
 * title and help text above `#teamInviteId`, and `#regenerateButton` "Regenerate", which asks the server for a
 * new invite id (`POST /teams/{id}/regenerate_invite_id`) at once, with no confirmation. (Allowed domains and
 * "Users on this server" are not drawn yet.)
 */
export function AccessTab({ team, regenerate }) {
  const [error, setError] = useState('');
  const onRegenerate = async () => {
    setError((await regenerate()) ? '' : 'There was an error generating the invite code, please try again');
  };
  return html`<div class="modal-access-tab-content user-settings" id="accessSettings" aria-labelledby="accessButton" role="tabpanel">
    <${SettingItem} className="access-invite-section" title="Invite Code" descriptionAbove=${true} error=${error}
        description="The Invite Code is part of the unique team invitation link which is sent to members you’re inviting to this team. Regenerating the code creates a new invitation link and invalidates the previous link.">
      <div data-testid="teamInviteContainer" id="teamInviteContainer">
        <input id="teamInviteId" class="form-control Input" type="text" maxlength="32" value=${team.invite_id} readonly />
        <button type="button" data-testid="regenerateButton" id="regenerateButton" class="btn btn-tertiary" onClick=${onRegenerate}>Regenerate</button>
      </div>
    </${SettingItem}>
  </div>`;
}
