import { html, useEffect, useState } from '/static/js/ui.js';

/** Mattermost's limits (utils/constants: MIN_TEAMNAME_LENGTH, MAX_TEAMNAME_LENGTH, MAX_TEAMDESCRIPTION_LENGTH). */
const NAME_MIN = 2;
const NAME_MAX = 15;
const DESCRIPTION_MAX = 50;

/** The Info tab's client errors (team_info_tab.tsx, ids general_tab.required / general_tab.teamNameRestrictions). */
const REQUIRED = 'This field is required';
const NAME_RESTRICTIONS = `Team Name must be ${NAME_MIN} or more characters up to a maximum of ${NAME_MAX}. You can add a longer team description.`;

/** How long the "Settings saved" panel stays before it closes itself (save_changes_panel CLOSE_TIMEOUT). */
const SAVED_PANEL_MS = 1200;

/** A BaseSettingItem: optional title, the content, its description (below, or above it), and its error. */
export function SettingItem({
  title,
  description,
  descriptionAbove = false,
  error,
  className = '',
  children,
}) {
  const describe = html`<p data-testid="mm-modal-generic-section-item__description" class="mm-modal-generic-section-item__description">${description}</p>`;
  return html`<div class=${`mm-modal-generic-section-item ${className}`}>
    ${title && html`<h4 data-testid="mm-modal-generic-section-item__title" class="mm-modal-generic-section-item__title">${title}</h4>`}
    ${descriptionAbove && describe}
    <div data-testid="mm-modal-generic-section-item__content" class="mm-modal-generic-section-item__content">${children}</div>
    ${!descriptionAbove && describe}
    ${error && html`<div data-testid="mm-modal-generic-section-item__error" class="mm-modal-generic-section-item__error" role="alert">${error}</div>`}
  </div>`;
}

/**
 * SaveChangesPanel: "You have unsaved changes" with Undo and Save while editing, "There was an error saving your
 * settings" after a failed save (Save disabled), "Settings saved" with a close button after a good one.
 */
export function SaveChangesPanel({ state, onUndo, onSave, onClose }) {
  useEffect(() => {
    if (state !== 'saved') return undefined;
    const timer = setTimeout(onClose, SAVED_PANEL_MS);
    return () => clearTimeout(timer);
  }, [state]);
  const mood = state === 'error' ? ' error' : state === 'saved' ? ' saved' : '';
  const message =
    state === 'error'
      ? 'There was an error saving your settings'
      : state === 'saved'
        ? 'Settings saved'
        : 'You have unsaved changes';
  const buttons =
    state === 'saved'
      ? html`<div class="SaveChangesPanel__btn-ctr">
          <button id="panelCloseButton" type="button" class="btn btn-icon btn-sm" aria-label="Close" onClick=${onClose}>×</button>
        </div>`
      : html`<div class="SaveChangesPanel__btn-ctr">
          <button type="button" data-testid="SaveChangesPanel__cancel-btn" class=${`btn btn-tertiary btn-sm SaveChangesPanel__cancel-btn${mood}`} onClick=${onUndo}>Undo</button>
          <button type="button" data-testid="SaveChangesPanel__save-btn" class=${`btn btn-primary btn-sm SaveChangesPanel__save-btn${mood}`}
            disabled=${state === 'error'} onClick=${onSave}>Save</button>
        </div>`;
  return html`<div class=${`SaveChangesPanel${mood}`} role="status">
    <p class=${`SaveChangesPanel__message${mood}`}>${message}</p>
    ${buttons}
  </div>`;
}

/** The client check of team_info_tab.tsx before it patches the team: an error text, or '' when the name may go. */
export function nameError(name) {
  if (!name) return REQUIRED;
  if (name.length < NAME_MIN) return NAME_RESTRICTIONS;
  return '';
}

/**
 * The Info tab (components/team_settings/team_info_tab): "Team info", `#teamName` (at most 15 characters) and
 * `#teamDescription` (at most 50), saved together with `PUT /teams/{id}/patch` from the save panel, which shows
 * only once a field was changed.
 */
export function InfoTab({ team, save }) {
  const [name, setName] = useState(team.display_name);
  const [description, setDescription] = useState(team.description ?? '');
  const [error, setError] = useState('');
  const [panel, setPanel] = useState(null);
  const edit = (setter) => (event) => {
    setter(event.currentTarget.value);
    setPanel('editing');
  };
  const undo = () => {
    setName(team.display_name);
    setDescription(team.description ?? '');
    setError('');
    setPanel(null);
  };
  const submit = async () => {
    if (name.trim() === team.display_name && description === (team.description ?? '')) {
      setPanel('saved');
      return;
    }
    const problem = nameError(name);
    setError(problem);
    if (problem) {
      setPanel('error');
      return;
    }
    setPanel((await save({ display_name: name, description })) ? 'saved' : 'error');
  };
  return html`<div class="modal-info-tab-content user-settings" id="infoSettings" aria-labelledby="infoButton" role="tabpanel">
    <div class="name-description-container">
      <${SettingItem} title="Team info" description="This name will appear on your sign-in screen and at the top of the left sidebar." error=${error}>
        <label class="Input_fieldset">
          <span class="Input_legend">Team Name</span>
          <input id="teamName" class="form-control Input" type="text" maxlength=${NAME_MAX} value=${name} onInput=${edit(setName)} />
        </label>
      </${SettingItem}>
      <${SettingItem} className="description-setting-item"
          description="Team description provides additional information to help users select the right team. Maximum of 50 characters.">
        <label class="Input_fieldset description-section-input">
          <span class="Input_legend">Description</span>
          <textarea id="teamDescription" class="form-control Input" maxlength=${DESCRIPTION_MAX} value=${description}
            onInput=${edit(setDescription)}></textarea>
        </label>
      </${SettingItem}>
    </div>
    ${panel && html`<${SaveChangesPanel} state=${panel} onUndo=${undo} onSave=${submit} onClose=${() => setPanel(null)} />`}
  </div>`;
}
