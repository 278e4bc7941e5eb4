import { html, useState } from '/static/js/ui.js';
import { ConfirmModal } from './confirm-modal.js';
import { Field, Footer, TextInput } from './fields.js';
import { TitleRows, useFormValues } from './form-state.js';
import { pathOf } from './kinds.js';

// Constants.MIN_TRIGGER_LENGTH / MAX_TRIGGER_LENGTH of the web app.
const MIN_TRIGGER = 1;
const MAX_TRIGGER = 128;

/** The first thing wrong with a command before it is sent (AbstractCommand.handleSubmit), or ''. */
export function commandError(command) {
  if (!command.trigger) return 'A trigger word is required';
  if (command.trigger.startsWith('/')) return 'A trigger word cannot begin with a /';
  if (command.trigger.includes(' ')) return 'A trigger word must not contain spaces';
  if (command.trigger.length < MIN_TRIGGER || command.trigger.length > MAX_TRIGGER) {
    return `A trigger word must contain between ${MIN_TRIGGER} and ${MAX_TRIGGER} characters`;
  }
  if (!command.url) return 'A request URL is required';
  return '';
}

/** The slash command form (AbstractCommand): Title … Autocomplete, Save or Update. */
export function CommandForm({ context, kind, initial, editing, serverError, onSave }) {
  const { form, set, clientError, setClientError } = useFormValues({
    display_name: initial.display_name ?? '',
    description: initial.description ?? '',
    trigger: initial.trigger ?? '',
    url: initial.url ?? '',
    method: initial.method ?? 'P',
    username: initial.username ?? '',
    icon_url: initial.icon_url ?? '',
    auto_complete: initial.auto_complete ?? false,
    auto_complete_hint: initial.auto_complete_hint ?? '',
    auto_complete_desc: initial.auto_complete_desc ?? '',
  });
  const [confirming, setConfirming] = useState(null);

  const submit = (event) => {
    event.preventDefault();
    setClientError('');
    // The web app trims and lower-cases the trigger and drops one leading slash before checking it.
    let trigger = form.trigger.trim().toLowerCase();
    if (trigger.startsWith('/')) trigger = trigger.slice(1);
    const command = { ...form, trigger, url: form.url.trim() };
    if (!command.auto_complete) Object.assign(command, { auto_complete_hint: '', auto_complete_desc: '' });
    const error = commandError(command);
    if (error) {
      setClientError(error);
      return;
    }
    // EditCommand asks first when the change may break callers of the command.
    const risky = ['trigger', 'url', 'method', 'auto_complete'].some((key) => initial[key] !== command[key]);
    if (editing && risky) setConfirming(command);
    else onSave(command);
  };

  return html`
    <form class="form-horizontal" onSubmit=${submit} noValidate>
      <${TitleRows} form=${form} set=${set} page="slash command" what="slash command" descriptionMax=${128} />
      <${Field}
        id="trigger"
        label="Command Trigger Word"
        help="Specify a trigger word that is not a built-in command, does not contain spaces, and does not begin with the slash character."
      >
        <${TextInput}
          id="trigger"
          maxLength=${MAX_TRIGGER}
          placeholder='Command trigger e.g. "hello" not including the slash'
          value=${form.trigger}
          onValue=${set('trigger')}
        />
      <//>
      <${Field} id="url" label="Request URL" help="Specify the callback URL to receive the HTTP POST or GET event request when the slash command is run.">
        <${TextInput} id="url" maxLength=${1024} placeholder="Must start with http:// or https://" value=${form.url} onValue=${set('url')} />
      <//>
      <${Field} id="method" label="Request Method" help="Specify the type of request, either POST or GET, sent to the endpoint that Mattermost hits to reach your application.">
        <select id="method" class="form-control" value=${form.method} onChange=${(event) => set('method')(event.target.value)}>
          <option value="P">POST</option>
          <option value="G">GET</option>
        </select>
      <//>
      <${Field} id="username" label="Response Username" help="(Optional) Specify the name to use when posting responses for this slash command. If left blank, your Mattermost username is used.">
        <${TextInput} id="username" maxLength=${64} placeholder="Username" value=${form.username} onValue=${set('username')} />
      <//>
      <${Field} id="iconUrl" label="Response Icon" help="(Optional) Enter the URL of a .png or .jpg file to use as the icon when posting responses to this slash command. If left blank, your profile picture is used.">
        <${TextInput} id="iconUrl" maxLength=${1024} placeholder="https://www.example.com/myicon.png" value=${form.icon_url} onValue=${set('icon_url')} />
      <//>
      <${Field} id="autocomplete" label="Autocomplete" help='(Optional) Show your slash command on the autocomplete list when someone types "/" in the input box.'>
        <input id="autocomplete" type="checkbox" checked=${form.auto_complete} onChange=${(event) => set('auto_complete')(event.target.checked)} />
      <//>
      ${
        form.auto_complete &&
        html`
          <${Field} id="autocompleteHint" label="Autocomplete Hint" help="(Optional) Specify the arguments associated with your slash command. These are displayed as help on the autocomplete list.">
            <${TextInput} id="autocompleteHint" maxLength=${1024} placeholder="Example: [Patient Name]" value=${form.auto_complete_hint} onValue=${set('auto_complete_hint')} />
          <//>
          <${Field} id="autocompleteDescription" label="Autocomplete Description" help="(Optional) Describe your slash command for the autocomplete list.">
            <${TextInput} id="autocompleteDescription" maxLength=${128} value=${form.auto_complete_desc} onValue=${set('auto_complete_desc')} />
          <//>
        `
      }
      <${Footer}
        errors=${[serverError, clientError]}
        cancelHref=${pathOf(context, kind)}
        saveId="saveCommand"
        saveText=${editing ? 'Update' : 'Save'}
      />
      ${
        confirming &&
        html`<${ConfirmModal}
          title="Edit Slash Command"
          message="Your changes may break the existing slash command. Are you sure you would like to update it?"
          confirmText="Update"
          onConfirm=${() => {
            const command = confirming;
            setConfirming(null);
            onSave(command);
          }}
          onCancel=${() => setConfirming(null)}
        />`
      }
    </form>
  `;
}
