import { html } from '/static/js/ui.js';

/** One labelled row of a backstage form (`.form-group`, label for the control, help below). */
export function Field({ id, label, help, children }) {
  return html`
    <div class="form-group">
      <label class="control-label col-sm-4" for=${id}>${label}</label>
      <div class="col-md-5 col-sm-8">
        ${children}
        ${help && html`<div class="form__help">${help}</div>`}
      </div>
    </div>
  `;
}

export function TextInput({ id, value, onValue, maxLength, placeholder }) {
  return html`<input
    id=${id}
    type="text"
    class="form-control"
    maxLength=${maxLength}
    placeholder=${placeholder}
    value=${value}
    onInput=${(event) => onValue(event.target.value)}
  />`;
}

/** The channel picker of the webhook forms (`#channelSelect`): the team's public and private channels. */
export function ChannelSelect({ channels, value, onValue, publicOnly }) {
  const usable = channels.filter(
    (channel) => channel.delete_at === 0 && (channel.type === 'O' || (!publicOnly && channel.type === 'P')),
  );
  return html`
    <select id="channelSelect" class="form-control" value=${value} onChange=${(event) => onValue(event.target.value)}>
      <option value="">--- Select a channel ---</option>
      ${usable.map((channel) => html`<option value=${channel.id}>${channel.display_name}</option>`)}
    </select>
  `;
}

/** The form's footer (FormError type "backstage", Cancel link, the submit button). */
export function Footer({ errors, cancelHref, saveId, saveText, saving }) {
  const shown = errors.filter(Boolean);
  return html`
    <div class="backstage-form__footer">
      ${shown.length > 0 && html`<div class="form-group has-error"><label class="control-label" role="alert">${shown[0]}</label></div>`}
      <a class="btn btn-tertiary" href=${cancelHref}>Cancel</a>
      <button id=${saveId} data-testid=${saveId} type="submit" class="btn btn-primary" disabled=${saving}>${saveText}</button>
    </div>
  `;
}
