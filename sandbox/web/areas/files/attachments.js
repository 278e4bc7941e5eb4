import { h } from '/static/js/dom.js';
import { downloadUrl, isImage, sizeLabel, thumbnailLabel, thumbnailUrl, typeLabel } from './files.js';

/**
 * A post's files under its text (Mattermost's FileAttachmentList, `data-testid="fileAttachmentList"`): an
 * image shows its thumbnail (labelled "file thumbnail <name>"), any file its name, type, size and a download
 * link (labelled "download"); a click on a file opens the preview (`onOpen(files, index)`).
 */
export function attachmentList(files, onOpen) {
  return h(
    'div',
    { className: 'post-image__columns clearfix', 'data-testid': 'fileAttachmentList' },
    files.map((file, index) => attachment(file, () => onOpen(files, index))),
  );
}

function attachment(file, open) {
  const openOnClick = (event) => {
    event.preventDefault();
    open();
  };
  const picture = isImage(file)
    ? h('img', {
        className: 'post-image',
        src: thumbnailUrl(file),
        alt: file.name,
        'aria-label': thumbnailLabel(file),
      })
    : h('span', { className: `file-icon ${file.extension || 'generic'}`, 'aria-hidden': 'true' });
  return h(
    'div',
    { className: 'post-image__column', 'data-file-id': file.id },
    h('a', { href: '#', className: 'post-image__thumbnail', onclick: openOnClick }, picture),
    h(
      'div',
      { className: 'post-image__details' },
      h(
        'div',
        { className: 'post-image__detail_wrapper' },
        h('a', { href: '#', className: 'post-image__name', onclick: openOnClick }, file.name),
      ),
      h(
        'div',
        { className: 'post-image__detail' },
        h('span', { className: 'post-image__type' }, typeLabel(file)),
        h('span', { className: 'post-image__size' }, sizeLabel(file.size)),
      ),
    ),
    h(
      'a',
      {
        className: 'post-image__download',
        href: downloadUrl(file),
        download: file.name,
        'aria-label': 'download',
      },
      h('i', { className: 'icon icon-download-outline', 'aria-hidden': 'true' }, '⤓'),
    ),
  );
}
