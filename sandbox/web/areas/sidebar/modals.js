import { h } from '/static/js/dom.js';
import { createModal } from '/static/js/modal.js';

/** Mattermost's limit on a category name (EditCategoryModal's MaxLengthInput). */
const NAME_MAX = 22;

/**
 * A GenericModal: titled dialog with "Close" (×), Cancel and a confirm button (`.GenericModal__button`); it
 * closes on Cancel, ×, Escape and a click on the backdrop outside it, as the real modal does.
 */
function genericModal({ id, title, body, confirmText, confirmClass, onConfirm }) {
  const { dialog, body: content } = createModal({ id, title, className: 'GenericModal' });
  dialog.setAttribute('aria-label', title);
  dialog.removeAttribute('aria-labelledby');
  dialog.addEventListener('click', (event) => {
    const box = dialog.getBoundingClientRect();
    const inside =
      event.clientX >= box.left &&
      event.clientX <= box.right &&
      event.clientY >= box.top &&
      event.clientY <= box.bottom;
    if (event.target === dialog && !inside) dialog.close();
  });
  const confirm = h(
    'button',
    {
      type: 'button',
      className: `GenericModal__button btn btn-primary ${confirmClass}`,
      onclick: () => onConfirm(dialog),
    },
    confirmText,
  );
  content.append(
    ...body,
    h(
      'div',
      { className: 'modal-footer' },
      h(
        'button',
        {
          type: 'button',
          className: 'GenericModal__button btn btn-tertiary cancel',
          onclick: () => dialog.close(),
        },
        'Cancel',
      ),
      confirm,
    ),
  );
  return { dialog, confirm };
}

/**
 * EditCategoryModal (`#editCategoryModal`): "Create New Category" (help text, Create) or "Rename Category" with
 * the name prefilled (Rename); the confirm button stays disabled while the name is empty, unchanged or too long.
 */
export function openEditCategoryModal({ initialName = '', onSave }) {
  const renaming = Boolean(initialName);
  const input = h('input', {
    type: 'text',
    className: 'form-control filter-textbox',
    placeholder: 'Name your category',
    maxlength: NAME_MAX,
    value: initialName,
  });
  const help = renaming
    ? []
    : [
        h(
          'span',
          { className: 'edit-category__helpText' },
          'Drag channels into this category to organize your sidebar.',
        ),
      ];
  const { dialog, confirm } = genericModal({
    id: 'editCategoryModal',
    title: renaming ? 'Rename Category' : 'Create New Category',
    body: [input, ...help],
    confirmText: renaming ? 'Rename' : 'Create',
    confirmClass: 'confirm',
    onConfirm: (modal) => save(modal),
  });
  const disabled = () => !input.value || input.value === initialName || input.value.length > NAME_MAX;
  const refresh = () => {
    confirm.disabled = disabled();
  };
  const save = async (modal) => {
    if (disabled()) return;
    await onSave(input.value);
    modal.close();
  };
  input.addEventListener('input', refresh);
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      save(dialog);
    }
  });
  refresh();
  input.focus();
  return dialog;
}

/** DeleteCategoryModal: "Delete this category?", its channels go back to Channels and Direct Messages. */
export function openDeleteCategoryModal({ category, onDelete }) {
  return genericModal({
    id: 'deleteCategoryModal',
    title: 'Delete this category?',
    body: [
      h(
        'span',
        { className: 'delete-category__helpText' },
        'Channels in ',
        h('strong', {}, category.display_name),
        " will move back to the Channels and Direct messages categories. You're not removed from any channels.",
      ),
    ],
    confirmText: 'Delete',
    confirmClass: 'delete',
    onConfirm: async (modal) => {
      await onDelete();
      modal.close();
    },
  }).dialog;
}
