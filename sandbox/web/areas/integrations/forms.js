import { api } from '/static/js/api.js';
import { html, useEffect, useState } from '/static/js/ui.js';
import { CommandForm } from './command-form.js';
import { pathOf } from './kinds.js';
import { IncomingForm, OutgoingForm } from './webhook-forms.js';

const FORMS = { commands: CommandForm, incoming_webhooks: IncomingForm, outgoing_webhooks: OutgoingForm };

/**
 * The add page (no id) or the edit page of an integration: header "<Kind> > Add|Edit", the kind's form; an added
 * integration goes on to its "Setup Successful" page, an edited one back to the list.
 */
export function EditPage({ context, kind, id }) {
  const [initial, setInitial] = useState(id ? null : {});
  const [serverError, setServerError] = useState('');
  useEffect(() => {
    if (id) api('GET', `${kind.api}/${id}`).then(setInitial, (failure) => setServerError(failure.message));
  }, [id]);

  const save = async (fields) => {
    setServerError('');
    try {
      if (!id) {
        const created = await api('POST', kind.api, { ...fields, team_id: context.team.id });
        const confirm =
          kind.type === 'commands' ? `${context.base}/commands/confirm` : `${context.base}/confirm`;
        window.location.assign(`${confirm}?type=${kind.type}&id=${created.id}`);
        return;
      }
      await api('PUT', `${kind.api}/${id}`, { ...initial, ...fields, id, team_id: context.team.id });
      window.location.assign(pathOf(context, kind));
    } catch (failure) {
      setServerError(failure.message);
    }
  };

  const Form = FORMS[kind.type];
  return html`
    <div class="backstage-content row">
      <div class="backstage-header">
        <h1>
          <a href=${pathOf(context, kind)}>${kind.title}</a>
          <span class="backstage-header__divider">›</span>
          <span>${id ? 'Edit' : 'Add'}</span>
        </h1>
      </div>
      <div class="backstage-form">
        ${initial && html`<${Form} context=${context} kind=${kind} initial=${initial} editing=${Boolean(id)} serverError=${serverError} onSave=${save} />`}
      </div>
    </div>
  `;
}
