import { h } from './dom.js';

/**
 * A modal dialog (native <dialog>, so focus trapping and Escape come from the browser) with a titled header and
 * a "Close" button. Returns the dialog and its body element.
 */
export function createModal({ id, title, className = '' }) {
  const titleId = `${id}Label`;
  const body = h('div', { className: 'modal-body' });
  const dialog = h(
    'dialog',
    { id, className: `modal ${className}`, 'aria-labelledby': titleId, 'aria-modal': 'true' },
    h(
      'div',
      { className: 'modal-content' },
      h(
        'div',
        { className: 'modal-header' },
        h('h1', { id: titleId, className: 'modal-title' }, title),
        h(
          'button',
          { type: 'button', className: 'close', 'aria-label': 'Close', onclick: () => dialog.close() },
          '×',
        ),
      ),
      body,
    ),
  );
  dialog.addEventListener('close', () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
  return { dialog, body };
}

/** A collapsed settings row (Mattermost's SettingItemMin): title, optional Edit button, description. */
export function sectionMin({ section, title, describe, onEdit }) {
  const edit = onEdit
    ? h(
        'div',
        { className: 'section-min__edit' },
        h(
          'button',
          {
            type: 'button',
            id: `${section}Edit`,
            className: 'color--link style--none',
            'aria-labelledby': `${section}Title ${section}Edit`,
            'aria-expanded': 'false',
            onclick: onEdit,
          },
          'Edit',
        ),
      )
    : null;
  return h(
    'div',
    { className: 'section-min', id: `${section}Section` },
    h(
      'div',
      { className: 'd-flex' },
      h('h4', { id: `${section}Title`, className: 'section-min__title' }, title),
      edit,
    ),
    h('div', { id: `${section}Desc`, className: 'section-min__describe' }, describe),
  );
}
