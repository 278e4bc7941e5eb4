import { h } from '/static/js/dom.js';

/**
 * Mattermost's inline edit: the message is replaced by `#edit_textbox` with the text selected; Enter or "Save"
 * saves (PUT /posts/{id}/patch), Escape or "Cancel" leaves the post as it was.
 */
export function startEdit({ post, api, onSaved, where = 'center' }) {
  const prefix = { rhs: 'rhsPost', search: 'searchResult' }[where] ?? 'post';
  const element = document.getElementById(`${prefix}_${post.id}`);
  if (!element || element.querySelector('#edit_textbox')) return;
  const text = element.querySelector('.post-message__text');
  const box = h('textarea', {
    id: 'edit_textbox',
    className: 'form-control',
    'aria-label': 'edit the post...',
  });
  box.value = post.message;
  const error = h('p', { className: 'edit-post__error', role: 'alert', hidden: true });
  const close = () => {
    container.remove();
    text.hidden = false;
    document.getElementById(where === 'rhs' ? 'reply_textbox' : 'post_textbox')?.focus();
  };
  const save = async () => {
    const message = box.value;
    if (message === post.message) return close();
    try {
      const saved = await api('PUT', `/posts/${post.id}/patch`, { message });
      close();
      onSaved(saved);
    } catch (failure) {
      error.hidden = false;
      error.textContent = failure.message;
    }
  };
  box.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    } else if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      save();
    }
  });
  const container = h(
    'div',
    { className: 'post-edit__container', 'data-testid': 'post-edit-container' },
    box,
    error,
    h(
      'div',
      { className: 'post-edit__footer' },
      h('span', { className: 'post-edit__help' }, 'escape to cancel • enter to save'),
      h('button', { type: 'button', className: 'btn btn-tertiary', onclick: close }, 'Cancel'),
      h('button', { type: 'button', className: 'btn btn-primary', onclick: save }, 'Save'),
    ),
  );
  text.hidden = true;
  text.after(container);
  box.focus();
  box.setSelectionRange(box.value.length, box.value.length);
}
