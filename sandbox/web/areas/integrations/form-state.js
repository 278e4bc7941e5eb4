import { html, useState } from '/static/js/ui.js';
import { Field, TextInput } from './fields.js';

/**
 * The values of an integration form, a setter per key (`set('trigger')(value)`), and the error the form's own
 * checks found at the last submit (the server's error is shown beside it).
 */
export function useFormValues(values) {
  const [form, setForm] = useState(values);
  const [clientError, setClientError] = useState('');
  const set = (key) => (value) => setForm({ ...form, [key]: value });
  return { form, set, clientError, setClientError };
}

/**
 * The Title and Description rows every integration form opens with. The help names the settings page (`page`:
 * "webhook") and the integration (`what`: "incoming webhook") as the web app's texts do.
 */
export function TitleRows({ form, set, page, what, descriptionMax }) {
  return html`
    <${Field} id="displayName" label="Title" help=${`Specify a title, of up to 64 characters, for the ${page} settings page.`}>
      <${TextInput} id="displayName" maxLength=${64} value=${form.display_name} onValue=${set('display_name')} />
    <//>
    <${Field} id="description" label="Description" help=${`Describe your ${what}.`}>
      <${TextInput} id="description" maxLength=${descriptionMax} value=${form.description} onValue=${set('description')} />
    <//>
  `;
}

/**
 * The Username and Profile Picture rows of the webhook forms, shown only where System Console > Integrations allows
 * integrations to override them. The help texts differ per form, so they come in.
 */
export function OverrideRows({ config, form, set, usernameHelp, iconHelp }) {
  return html`
    ${
      config.EnablePostUsernameOverride === 'true' &&
      html`<${Field} id="username" label="Username" help=${usernameHelp}>
        <${TextInput} id="username" maxLength=${22} value=${form.username} onValue=${set('username')} />
      <//>`
    }
    ${
      config.EnablePostIconOverride === 'true' &&
      html`<${Field} id="iconURL" label="Profile Picture" help=${iconHelp}>
        <${TextInput} id="iconURL" maxLength=${1024} value=${form.icon_url} onValue=${set('icon_url')} />
      <//>`
    }
  `;
}
