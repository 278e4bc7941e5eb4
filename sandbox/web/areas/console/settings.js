import { html } from '/static/js/ui.js';
import { BrandImageField } from './brand-image.js';

/** The help text under a setting: `.help-text`, test id `<ConfigPath>help-text`. */
function HelpText({ setting }) {
  if (!setting.help) return null;
  return html`<div class="help-text" data-testid=${`${setting.key}help-text`}><span>${setting.help}</span></div>`;
}

/** True/False radios (BooleanSetting): a fieldset whose legend is the label. */
function BooleanField({ setting, value, disabled, onChange }) {
  const radio = (flag, text) => html`
    <label class="radio-inline">
      <input
        type="radio"
        id=${`${setting.key}${flag}`}
        data-testid=${`${setting.key}${flag}`}
        name=${setting.key}
        value=${String(flag)}
        checked=${value === flag}
        disabled=${disabled}
        onChange=${() => onChange(flag)}
      />
      ${text}
    </label>
  `;
  return html`
    <div class="form-group" data-testid=${setting.key}>
      <fieldset>
        <legend class="form-legend control-label col-sm-4" data-testid=${`${setting.key}label`}>${setting.label}</legend>
        <div class="col-sm-8">
          ${radio(true, 'True')} ${radio(false, 'False')}
          <${HelpText} setting=${setting} />
        </div>
      </fieldset>
    </div>
  `;
}

function Control({ setting, value, disabled, onChange }) {
  if (setting.type === 'dropdown') {
    return html`
      <select
        id=${setting.key}
        data-testid=${`${setting.key}dropdown`}
        class="form-control"
        disabled=${disabled}
        onChange=${(event) => onChange(event.currentTarget.value)}
      >
        ${setting.options.map(
          (option) =>
            html`<option value=${option.value} selected=${option.value === value}>${option.label}</option>`,
        )}
      </select>
    `;
  }
  return html`
    <input
      id=${setting.key}
      data-testid=${`${setting.key}input`}
      class="form-control"
      type=${setting.type === 'number' ? 'number' : 'text'}
      placeholder=${setting.placeholder ?? ''}
      maxlength=${setting.maxLength}
      value=${value}
      disabled=${disabled}
      onInput=${(event) => onChange(event.currentTarget.value)}
    />
  `;
}

/** One setting row of a console page, by the setting's type. */
export function SettingField(props) {
  const { setting } = props;
  if (setting.type === 'bool') return html`<${BooleanField} ...${props} />`;
  if (setting.type === 'image') return html`<${BrandImageField} ...${props} />`;
  return html`
    <div class="form-group" data-testid=${setting.key}>
      <label class="control-label col-sm-4" for=${setting.key} data-testid=${`${setting.key}label`}>${setting.label}</label>
      <div class="col-sm-8">
        <${Control} ...${props} />
        <${HelpText} setting=${setting} />
      </div>
    </div>
  `;
}
