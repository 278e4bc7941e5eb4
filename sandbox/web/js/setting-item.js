import { h } from './dom.js';
import { sectionMin } from './modal.js';

/**
 * One settings row that expands for editing (Mattermost's SettingItemMin / SettingItemMax): labelled inputs,
 * an error line (#clientError for checks in the page, #serverError for the server's answer), Save and Cancel.
 * `submit(values)` returns an error message of the page's own checks, `{ server: message }` for the server's
 * refusal, or nothing when the change is saved.
 */
export function editableSetting({ section, title, describe, inputs, submit }) {
  const wrapper = h('div', { className: 'section-wrapper' });
  const collapse = () =>
    wrapper.replaceChildren(sectionMin({ section, title, describe: describe(), onEdit: expand }));
  const expand = () => {
    wrapper.replaceChildren(expanded({ section, title, inputs: inputs(), submit, collapse }));
    wrapper.querySelector('input')?.focus();
  };
  collapse();
  return wrapper;
}

function expanded({ section, title, inputs, submit, collapse }) {
  const fields = inputs.map((input) =>
    h(
      'div',
      { className: 'form-group' },
      h('label', { for: input.id, className: 'control-label' }, input.label),
      h('input', {
        id: input.id,
        className: 'form-control',
        type: input.type ?? 'text',
        value: input.value ?? '',
        maxlength: input.maxLength,
        autocomplete: input.type === 'password' ? 'off' : undefined,
      }),
    ),
  );
  const clientError = h('div', { id: 'clientError', className: 'form-error', role: 'alert', hidden: true });
  const serverError = h('div', { id: 'serverError', className: 'form-error', role: 'alert', hidden: true });
  const save = async (event) => {
    event.preventDefault();
    clientError.hidden = true;
    serverError.hidden = true;
    const values = Object.fromEntries(
      inputs.map((input) => [input.id, form.querySelector(`#${input.id}`).value]),
    );
    const problem = await submit(values);
    if (!problem) return collapse();
    const shown = typeof problem === 'string' ? clientError : serverError;
    shown.textContent = typeof problem === 'string' ? problem : problem.server;
    shown.hidden = false;
  };
  const form = h(
    'form',
    { className: 'section-max form-horizontal', id: `${section}Setting`, onsubmit: save, novalidate: true },
    h('h4', { id: 'settingTitle', className: 'section-max__title' }, title),
    fields,
    clientError,
    serverError,
    settingButtons(collapse),
  );
  return form;
}

/** Mattermost's Save (#saveSetting, submits the form) and Cancel (#cancelSetting) pair of an expanded setting. */
export function settingButtons(onCancel) {
  return h(
    'div',
    { className: 'setting-buttons' },
    h(
      'button',
      { type: 'submit', id: 'saveSetting', 'data-testid': 'saveSetting', className: 'btn btn-primary' },
      'Save',
    ),
    h(
      'button',
      { type: 'button', id: 'cancelSetting', className: 'btn btn-tertiary', onclick: onCancel },
      'Cancel',
    ),
  );
}
