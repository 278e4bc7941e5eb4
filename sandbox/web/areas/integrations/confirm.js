import { api } from '/static/js/api.js';
import { html, useEffect, useState } from '/static/js/ui.js';
import { CopyText } from './copy-text.js';
import { pathOf } from './kinds.js';

/** ConfirmIntegration: "Setup Successful", the webhook URL or the token with a copy icon, and Done. */
export function ConfirmIntegration({ context, kind, id }) {
  const [item, setItem] = useState(null);
  const [error, setError] = useState('');
  useEffect(() => {
    api('GET', `${kind.api}/${id}`).then(setItem, (failure) => setError(failure.message));
  }, [id]);
  if (error) return html`<div class="backstage-content"><p role="alert">${error}</p></div>`;
  if (!item) return html`<div class="backstage-content"></div>`;
  return html`
    <div class="backstage-content row">
      <div class="backstage-header">
        <h1><a href=${pathOf(context, kind)}>${kind.title}</a><span class="backstage-header__divider">›</span><span>Add</span></h1>
      </div>
      <div class="backstage-form backstage-form--confirmation">
        <h4 id="formTitle" class="backstage-form__title">Setup Successful</h4>
        ${kind.type === 'incoming_webhooks' ? incomingHelp(item) : tokenHelp(kind, item)}
        <div class="backstage-form__footer">
          <a id="doneButton" class="btn btn-primary" href=${pathOf(context, kind)}>Done</a>
        </div>
      </div>
    </div>
  `;
}

function incomingHelp(hook) {
  const url = `${window.location.origin}/hooks/${hook.id}`;
  return html`
    <p>Your incoming webhook is set up. Please send data to the following URL (see documentation to learn more).</p>
    <p class="word-break--all">
      <span><b>URL</b>: <span>${url}</span></span>
      <${CopyText} value=${url} label="Copy URL" />
    </p>
  `;
}

function tokenHelp(kind, item) {
  const what = kind.type === 'commands' ? 'slash command' : 'outgoing webhook';
  return html`
    <p>${`Your ${what} is set up. The following token will be sent in the outgoing payload. Please use it to verify the request came from your Mattermost team (see documentation for further details).`}</p>
    <p class="word-break--all">
      <span><b>Token</b>: <span>${item.token}</span></span>
      <${CopyText} value=${item.token} label="Copy Token" />
    </p>
  `;
}
