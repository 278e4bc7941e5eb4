import { html, render, useEffect, useRef, useState } from '/static/js/ui.js';
import { AccessTab } from './access-tab.js';
import { InfoTab } from './info-tab.js';

const TABS = [
  { name: 'info', title: 'Info', icon: 'icon-information-outline' },
  { name: 'access', title: 'Access', icon: 'icon-account-multiple-outline' },
];

/** The settings sidebar's tab list (components/settings_sidebar): a `#<tab>Button` tab per tab. */
function Tabs({ active, onSelect }) {
  return html`<div class="settings-links"><div class="nav nav-pills nav-stacked" role="tablist" aria-orientation="vertical">
    ${TABS.map(
      (
        tab,
      ) => html`<button type="button" id=${`${tab.name}Button`} role="tab" class=${`cursor--pointer style--none nav-pills__tab${active === tab.name ? ' active' : ''}`}
          aria-label=${tab.name} aria-selected=${active === tab.name} onClick=${() => onSelect(tab.name)}>
        <i class=${`icon ${tab.icon}`} aria-hidden="true"></i>${tab.title}
      </button>`,
    )}
  </div></div>`;
}

/**
 * TeamSettingsModal (`#teamSettingsModal`, "Team Settings"): the Info and Access tabs; a save patches the team
 * (`PUT /api/v4/teams/{id}/patch`) and the modal keeps the saved team as its new starting point.
 */
function TeamSettingsModal({ host, initialTeam, onClose }) {
  const dialog = useRef(null);
  const [team, setTeam] = useState(initialTeam);
  const [tab, setTab] = useState('info');
  useEffect(() => dialog.current?.showModal?.(), []);
  const save = async (patch) => {
    try {
      setTeam(await host.api('PUT', `/teams/${team.id}/patch`, patch));
      return true;
    } catch (error) {
      console.error('team settings: save failed', error);
      return false;
    }
  };
  const regenerate = async () => {
    try {
      setTeam(await host.api('POST', `/teams/${team.id}/regenerate_invite_id`));
      return true;
    } catch (error) {
      console.error('team settings: regenerate failed', error);
      return false;
    }
  };
  return html`<dialog id="teamSettingsModal" class="modal a11y__modal settings-modal settings-modal--action" role="dialog"
      aria-labelledby="teamSettingsModalLabel" ref=${dialog}
      onCancel=${(event) => {
        event.preventDefault();
        onClose();
      }}>
    <div class="modal-content">
      <div class="modal-header" id="teamSettingsModalLabel">
        <h1 class="modal-title">Team Settings</h1>
        <button type="button" class="close" aria-label="Close" onClick=${onClose}>×</button>
      </div>
      <div class="modal-body"><div class="settings-table">
        <${Tabs} active=${tab} onSelect=${setTab} />
        <div class="settings-content minimize-settings">
          ${tab === 'info' && html`<${InfoTab} key=${team.id} team=${team} save=${save} />`}
          ${tab === 'access' && html`<${AccessTab} team=${team} regenerate=${regenerate} />`}
        </div>
      </div></div>
    </div>
  </dialog>`;
}

/** Opens Team Settings for the team on screen. */
export function openTeamSettings(host, team) {
  const mount = document.createElement('div');
  document.body.append(mount);
  const close = () => {
    render(null, mount);
    mount.remove();
  };
  render(html`<${TeamSettingsModal} host=${host} initialTeam=${team} onClose=${close} />`, mount);
}
