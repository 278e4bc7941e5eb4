import { h } from '/static/js/dom.js';

/**
 * Mattermost's DeletePostModal: `#deletePostModal`, title "Confirm Post Delete" (a reply: "Confirm Comment
 * Delete"), "Are you sure you want to delete this Post?", a root's reply count warning, Cancel and
 * `#deletePostModalButton` "Delete".
 */
export class DeletePostModal {
  constructor({ post, api, onDeleted }) {
    this.post = post;
    this.api = api;
    this.onDeleted = onDeleted;
  }

  open() {
    const term = this.post.root_id ? 'Comment' : 'Post';
    const replies = this.post.root_id ? 0 : (this.post.reply_count ?? 0);
    const warning =
      replies > 0 ? `This post has ${replies} ${replies === 1 ? 'comment' : 'comments'} on it.` : '';
    const dialog = h(
      'dialog',
      { id: 'deletePostModal', className: 'modal a11y__modal', 'aria-labelledby': 'deletePostModalLabel' },
      h(
        'div',
        { className: 'modal-content' },
        h(
          'div',
          { className: 'modal-header' },
          h('h1', { id: 'deletePostModalLabel', className: 'modal-title' }, `Confirm ${term} Delete`),
          h(
            'button',
            { type: 'button', className: 'close', 'aria-label': 'Close', onclick: () => dialog.close() },
            '×',
          ),
        ),
        h(
          'div',
          { className: 'modal-body' },
          `Are you sure you want to delete this ${term}?`,
          h('br'),
          h('br'),
          warning,
        ),
        h(
          'div',
          { className: 'modal-footer' },
          h('button', { type: 'button', className: 'btn btn-link', onclick: () => dialog.close() }, 'Cancel'),
          h(
            'button',
            {
              type: 'button',
              id: 'deletePostModalButton',
              className: 'btn btn-danger',
              onclick: () => this.confirm(dialog),
            },
            'Delete',
          ),
        ),
      ),
    );
    dialog.addEventListener('close', () => {
      dialog.remove();
      document.getElementById('post_textbox')?.focus();
    });
    document.body.append(dialog);
    dialog.showModal();
    dialog.querySelector('#deletePostModalButton').focus();
  }

  async confirm(dialog) {
    await this.api('DELETE', `/posts/${this.post.id}`);
    dialog.close();
    this.onDeleted();
  }
}
