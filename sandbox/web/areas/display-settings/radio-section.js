import { h } from '/static/js/dom.js';
import { sectionMin } from '/static/js/modal.js';
import { settingButtons } from '/static/js/setting-item.js';

/**
 * One Display setting with two or three choices, as Mattermost's createSection renders it: collapsed, the title,
 * "Edit" (`#<section>Edit`) and the chosen option's label (`#<section>Desc`); expanded, a form with radios
 * `#<section>FormatA|B|C` (name `<section>Format`, each inside its label), the description, Save and Cancel.
 * `save(value)` stores the choice and returns an error message, or nothing when saved.
 */
export function radioSection({ section, title, options, description, value, save, active, onEdit, onClose }) {
  const chosen = options.find((option) => option.value === value()) ?? options[0];
  if (!active) {
    return sectionMin({ section, title, describe: chosen.label, onEdit });
  }
  const radios = options.map((option, index) =>
    h(
      'div',
      { className: 'radio' },
      h(
        'label',
        {},
        h('input', {
          id: `${section}Format${'ABC'[index]}`,
          type: 'radio',
          name: `${section}Format`,
          value: option.value,
          checked: option.value === chosen.value,
        }),
        option.label,
        option.more ? ': ' : '',
        option.more ? h('span', { className: 'font-weight--normal' }, option.more) : '',
      ),
    ),
  );
  const error = h('div', { id: 'serverError', className: 'form-error', role: 'alert', hidden: true });
  const submit = async (event) => {
    event.preventDefault();
    const picked = form.querySelector(`input[name="${section}Format"]:checked`)?.value ?? chosen.value;
    const problem = picked === value() ? undefined : await save(picked);
    if (!problem) return onClose();
    error.textContent = problem;
    error.hidden = false;
  };
  const form = h(
    'form',
    { className: 'section-max form-horizontal', id: `${section}Setting`, onsubmit: submit },
    h('h4', { id: 'settingTitle', className: 'section-max__title' }, title),
    h(
      'fieldset',
      {},
      h('legend', { className: 'form-legend hidden-label' }, title),
      radios,
      h('div', { className: 'help-text' }, description),
    ),
    error,
    settingButtons(onClose),
  );
  return form;
}
