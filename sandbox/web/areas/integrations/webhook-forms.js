import { html } from '/static/js/ui.js';
import { ChannelSelect, Field, Footer } from './fields.js';
import { OverrideRows, TitleRows, useFormValues } from './form-state.js';
import { pathOf } from './kinds.js';

/** The incoming webhook form (AbstractIncomingWebhook); username and picture only when the console allows overrides. */
export function IncomingForm({ context, kind, initial, editing, serverError, onSave }) {
  const { form, set, clientError, setClientError } = useFormValues({
    display_name: initial.display_name ?? '',
    description: initial.description ?? '',
    channel_id: initial.channel_id ?? '',
    channel_locked: initial.channel_locked ?? false,
    username: initial.username ?? '',
    icon_url: initial.icon_url ?? '',
  });
  const submit = (event) => {
    event.preventDefault();
    if (!form.channel_id) {
      setClientError('A valid channel is required');
      return;
    }
    setClientError('');
    onSave(form);
  };
  const { config } = context;
  return html`
    <form class="form-horizontal" onSubmit=${submit} noValidate>
      <${TitleRows} form=${form} set=${set} page="webhook" what="incoming webhook" descriptionMax=${500} />
      <${Field} id="channelSelect" label="Channel" help="This is the default public or private channel that receives the webhook payloads. You must belong to the private channel when setting up the webhook.">
        <${ChannelSelect} channels=${context.channels} value=${form.channel_id} onValue=${set('channel_id')} />
      <//>
      <${Field} id="channelLocked" label="Lock to this channel" help="If set, the incoming webhook can post only to the selected channel.">
        <input id="channelLocked" type="checkbox" checked=${form.channel_locked} onChange=${(event) => set('channel_locked')(event.target.checked)} />
      <//>
      <${OverrideRows}
        config=${config}
        form=${form}
        set=${set}
        usernameHelp="Specify the username this integration will post as. Usernames can be up to 22 characters. If left blank, the name specified by the webhook creator is used."
        iconHelp="Enter the URL of a .png or .jpg file for the profile picture of this integration when posting. If left blank, the profile picture specified by the webhook creator is used."
      />
      <${Footer} errors=${[serverError, clientError]} cancelHref=${pathOf(context, kind)} saveId="saveWebhook" saveText=${editing ? 'Update' : 'Save'} />
    </form>
  `;
}

const lines = (text) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** The outgoing webhook form (AbstractOutgoingWebhook). */
export function OutgoingForm({ context, kind, initial, editing, serverError, onSave }) {
  const { form, set, clientError, setClientError } = useFormValues({
    display_name: initial.display_name ?? '',
    description: initial.description ?? '',
    content_type: initial.content_type ?? 'application/x-www-form-urlencoded',
    channel_id: initial.channel_id ?? '',
    trigger_words: (initial.trigger_words ?? []).join('\n'),
    trigger_when: initial.trigger_when ?? 0,
    callback_urls: (initial.callback_urls ?? []).join('\n'),
    username: initial.username ?? '',
    icon_url: initial.icon_url ?? '',
  });
  const submit = (event) => {
    event.preventDefault();
    const hook = {
      ...form,
      trigger_words: lines(form.trigger_words),
      callback_urls: lines(form.callback_urls),
    };
    if (!hook.channel_id && hook.trigger_words.length === 0) {
      setClientError('A valid channel or a list of trigger words is required');
      return;
    }
    if (hook.callback_urls.length === 0) {
      setClientError('At least one callback URL is required');
      return;
    }
    setClientError('');
    onSave(hook);
  };
  const { config } = context;
  return html`
    <form class="form-horizontal" onSubmit=${submit} noValidate>
      <${TitleRows} form=${form} set=${set} page="webhook" what="outgoing webhook" descriptionMax=${500} />
      <${Field} id="contentType" label="Content Type" help="Specify the content type by which to send the request.">
        <select id="contentType" class="form-control" value=${form.content_type} onChange=${(event) => set('content_type')(event.target.value)}>
          <option value="application/x-www-form-urlencoded">application/x-www-form-urlencoded</option>
          <option value="application/json">application/json</option>
        </select>
      <//>
      <${Field} id="channelSelect" label="Channel" help="This field is optional if you specify at least one trigger word. Specify the public channel that delivers the payload to the webhook.">
        <${ChannelSelect} channels=${context.channels} publicOnly=${true} value=${form.channel_id} onValue=${set('channel_id')} />
      <//>
      <${Field} id="triggerWords" label="Trigger Words (One Per Line)" help="Specify the trigger words that send an HTTP POST request to your application.">
        <textarea id="triggerWords" class="form-control" rows="3" maxLength=${1000} value=${form.trigger_words} onInput=${(event) => set('trigger_words')(event.target.value)}></textarea>
      <//>
      <${Field} id="triggerWhen" label="Trigger When" help="Choose when to trigger the outgoing webhook.">
        <select id="triggerWhen" class="form-control" value=${form.trigger_when} onChange=${(event) => set('trigger_when')(Number(event.target.value))}>
          <option value="0">First word matches a trigger word exactly</option>
          <option value="1">First word starts with a trigger word</option>
        </select>
      <//>
      <${Field} id="callbackUrls" label="Callback URLs (One Per Line)" help="Specify the URL that the messages will be sent to.">
        <textarea id="callbackUrls" class="form-control" rows="3" maxLength=${1000} value=${form.callback_urls} onInput=${(event) => set('callback_urls')(event.target.value)}></textarea>
      <//>
      <${OverrideRows}
        config=${config}
        form=${form}
        set=${set}
        usernameHelp="Specify the username this integration will post as."
        iconHelp="Enter the URL of a .png or .jpg file for this integration to use as the profile picture when posting."
      />
      <${Footer} errors=${[serverError, clientError]} cancelHref=${pathOf(context, kind)} saveId="saveWebhook" saveText=${editing ? 'Update' : 'Save'} />
    </form>
  `;
}
