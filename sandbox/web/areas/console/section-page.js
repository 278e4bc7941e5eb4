import { api } from '/static/js/api.js';
import { html, useEffect, useState } from '/static/js/ui.js';
import { uploadBrandImage } from './brand-image.js';
import { SettingField } from './settings.js';

const readPath = (config, key) => {
  const [section, name] = key.split('.');
  return config?.[section]?.[name];
};

/** What the input shows for a stored value (MaxFileSize: bytes stored, megabytes shown). */
function toDisplay(setting, value) {
  if (setting.type === 'number' && setting.displayScale) return String(value / setting.displayScale);
  if (setting.type === 'number') return String(value);
  return value;
}

/** What is stored for a shown value; `undefined` when the text is no number. */
function fromDisplay(setting, shown) {
  if (setting.type !== 'number') return shown;
  const number = Number(shown);
  if (shown === '' || !Number.isFinite(number)) return undefined;
  return setting.displayScale ? Math.round(number * setting.displayScale) : number;
}

/** A setting is greyed out while the one that enables it is not true, or the one that disables it is. */
function isLocked(setting, values) {
  if (setting.enabledBy && values[setting.enabledBy] !== true) return true;
  return Boolean(setting.disabledBy && values[setting.disabledBy] === true);
}

/** The settings the config holds (an image setting is uploaded apart). */
const configSettings = (section) => section.settings.filter((setting) => setting.type !== 'image');

function initialValues(section, config) {
  return Object.fromEntries(
    section.settings.map((setting) => [setting.key, toDisplay(setting, readPath(config, setting.key))]),
  );
}

/**
 * One settings page: the header, the settings of the section, and the save bar. Save sends the whole config
 * (`PUT /api/v4/config`, as the web app's updateConfig does); a server error is shown under the Save button and
 * the edited values stay on screen.
 */
export function SectionPage({ section }) {
  const [config, setConfig] = useState(null);
  const [values, setValues] = useState({});
  const [dirty, setDirty] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState('');
  const [savedAt, setSavedAt] = useState(0);

  useEffect(() => {
    api('GET', '/config').then((loaded) => {
      setConfig(loaded);
      setValues(initialValues(section, loaded));
    });
  }, [section]);

  const change = (key, value) => {
    setValues((current) => ({ ...current, [key]: value }));
    setDirty(true);
  };

  const save = async () => {
    setSaving(true);
    setError('');
    try {
      const next = structuredClone(config);
      for (const setting of configSettings(section)) {
        const stored = fromDisplay(setting, values[setting.key]);
        if (stored === undefined) throw new Error(`${setting.label.replace(/:\s*$/, '')} must be a number.`);
        next[setting.key.split('.')[0]][setting.key.split('.')[1]] = stored;
      }
      const saved = await api('PUT', '/config', next);
      // A chosen image goes up after the config, as the console's save actions run after updateConfig.
      for (const setting of section.settings.filter((s) => s.type === 'image' && values[s.key]?.file)) {
        await uploadBrandImage(api, values[setting.key].file);
      }
      setSavedAt(Date.now());
      setConfig(saved);
      setValues(initialValues(section, saved));
      setDirty(false);
    } catch (failure) {
      setError(failure.message);
    } finally {
      setSaving(false);
    }
  };

  return html`
    <div class="wrapper--fixed">
      <div class="admin-console__header"><span>${section.header ?? section.name}</span></div>
      <div class="admin-console__wrapper">
        <div class="admin-console__content">
          ${
            config
              ? html`<form class="form-horizontal" role="form" onSubmit=${(event) => event.preventDefault()}>
                  ${section.settings.map(
                    (setting) => html`<${SettingField}
                      key=${setting.key}
                      setting=${setting}
                      value=${values[setting.key]}
                      disabled=${isLocked(setting, values)}
                      savedAt=${savedAt}
                      onChange=${(value) => change(setting.key, value)}
                    />`,
                  )}
                </form>`
              : html`<div class="loading-screen" role="status">Loading…</div>`
          }
        </div>
      </div>
      <div class="admin-console-save">
        <button
          type="button"
          id="saveSetting"
          data-testid="saveSetting"
          class="btn btn-primary"
          disabled=${!dirty || saving}
          onClick=${save}
        >
          ${saving ? 'Saving Config...' : 'Save'}
        </button>
        <div class="error-message" data-testid="errorMessage">
          ${error ? html`<div class="form-group has-error"><label class="control-label">${error}</label></div>` : null}
        </div>
      </div>
    </div>
  `;
}
