import { h } from '/static/js/dom.js';
import { downloadUrl, isImage, previewUrl, sizeLabel, typeLabel } from './files.js';

/**
 * Mattermost's file preview modal (`.file-preview-modal`): the header names the file and holds the main actions
 * (the download link, `.icon-download-outline`, a link with `download` set to the file name; close,
 * `.icon-close`), the content shows an image or the file's name and size; arrows
 * (`.icon-chevron-left` / `-right`) move between the post's files. Escape closes it.
 */
export function openPreview(files, index) {
  document.querySelector('.file-preview-modal')?.remove();
  const dialog = h('dialog', { className: 'modal a11y__modal file-preview-modal', 'aria-modal': 'true' });
  const show = (at) => {
    const file = files[at];
    dialog.setAttribute('aria-label', file.name);
    dialog.replaceChildren(
      header(file, () => dialog.close()),
      content(file),
      arrows(files, at, show),
    );
  };
  dialog.addEventListener('close', () => dialog.remove());
  document.body.append(dialog);
  show(index);
  dialog.showModal();
  return dialog;
}

function header(file, close) {
  const download = h(
    'a',
    {
      className: 'file-preview-modal-main-actions__action-item',
      href: downloadUrl(file),
      download: file.name,
      title: 'Download',
      'aria-label': 'Download',
    },
    h('i', { className: 'icon icon-download-outline', 'aria-hidden': 'true' }, '⤓'),
  );
  const closeButton = h(
    'button',
    {
      type: 'button',
      className: 'file-preview-modal-main-actions__action-item',
      'aria-label': 'Close',
      onclick: close,
    },
    h('i', { className: 'icon icon-close', 'aria-hidden': 'true' }, '×'),
  );
  return h(
    'div',
    { className: 'file-preview-modal-header' },
    h(
      'div',
      { className: 'file-preview-modal-header__info' },
      h('h5', { className: 'file-preview-modal__file-name' }, file.name),
    ),
    h('div', { className: 'file-preview-modal-main-actions__actions' }, download, closeButton),
  );
}

function content(file) {
  const body = isImage(file)
    ? h('img', { className: 'image_preview__image', src: previewUrl(file), alt: file.name })
    : h(
        'div',
        { className: 'file-details' },
        h('span', { className: `file-icon ${file.extension || 'generic'}`, 'aria-hidden': 'true' }),
        h('div', { className: 'file-details__name' }, file.name),
        h(
          'div',
          { className: 'file-details__info' },
          `File type ${typeLabel(file)}, Size ${sizeLabel(file.size)}`,
        ),
      );
  return h('div', { className: 'file-preview-modal__content' }, body);
}

function arrows(files, at, show) {
  if (files.length < 2) return '';
  const arrow = (to, icon, label) =>
    h(
      'button',
      {
        type: 'button',
        className: 'file_preview_modal_main_nav__prev',
        'aria-label': label,
        onclick: () => show((to + files.length) % files.length),
      },
      h('i', { className: `icon ${icon}`, 'aria-hidden': 'true' }),
    );
  return h(
    'div',
    { className: 'file-preview-modal__nav' },
    arrow(at - 1, 'icon-chevron-left', 'Previous file'),
    h('span', {}, `${at + 1} of ${files.length}`),
    arrow(at + 1, 'icon-chevron-right', 'Next file'),
  );
}
