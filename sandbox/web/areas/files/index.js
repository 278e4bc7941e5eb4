import { addStylesheet } from '/static/js/dom.js';
import { attachmentList } from './attachments.js';
import { DraftFiles } from './draft.js';
import { openPreview } from './preview-modal.js';

/**
 * Files and attachments on the channel page: attaching files to the message being written (draft.js), a
 * post's files under its text (attachments.js) and the file preview modal (preview-modal.js).
 */
export function install(host) {
  addStylesheet('/static/areas/files/files.css');
  host.on('ready', ({ channel }) => {
    const form = document.getElementById('create_post');
    const draft = new DraftFiles({
      api: host.api,
      channel,
      form,
      textbox: document.getElementById('post_textbox'),
      error: document.getElementById('postError'),
    });
    host.addDraftPart(draft.asDraftPart());
  });
  host.on('post', ({ post, element }) => {
    if (!post.file_ids?.length) return;
    host.api('GET', `/posts/${post.id}/files/info`).then(
      (files) => {
        element.querySelector('.file-attachments')?.remove();
        const list = attachmentList(files, openPreview);
        list.classList.add('file-attachments');
        (element.querySelector('.post__content') ?? element).append(list);
      },
      (error) => console.error(`the files of post ${post.id} could not be read`, error),
    );
  });
}
