import { h } from '/static/js/dom.js';
import { formatMessage } from '/static/js/i18n.js';
import { isImage, sizeLabel, thumbnailUrl, typeLabel } from './files.js';

// Mattermost's Constants.MAX_UPLOAD_FILES.
const MAX_UPLOAD_FILES = 10;

/**
 * The files attached to the message being written (Mattermost's FileUpload + FilePreview): the paperclip
 * `#fileUploadButton` opens `#fileUploadInput`; each chosen file is uploaded at once (`POST /api/v4/files`) and
 * shown in `.file-preview__container` above the box; the post takes their ids. Errors (an empty file, too many
 * files) show under the box with Mattermost's texts, and the upload still goes on, as in Mattermost.
 */
export class DraftFiles {
  constructor({ api, channel, form, textbox, error }) {
    Object.assign(this, { api, channel, form, textbox, error });
    this.uploaded = [];
    this.pending = 0;
    this.strip = h('div', { className: 'file-preview__container', hidden: true });
    this.input = h('input', {
      id: 'fileUploadInput',
      type: 'file',
      multiple: true,
      tabindex: '-1',
      'aria-label': formatMessage({ id: 'file_upload.upload_files', defaultMessage: 'Upload files' }),
      onchange: () => this.chosen(),
    });
    this.button = h(
      'button',
      {
        type: 'button',
        id: 'fileUploadButton',
        className: 'style--none AdvancedTextEditor__action-button',
        'aria-label': formatMessage({ id: 'accessibility.button.attachment', defaultMessage: 'attachment' }),
        onclick: (event) => this.open(event),
      },
      paperclipIcon(),
    );
    form.prepend(this.strip);
    textbox.after(h('div', { className: 'file-upload' }, this.button, this.input));
  }

  open(event) {
    event.preventDefault();
    if (this.count() >= MAX_UPLOAD_FILES) {
      this.showError(limitMessage());
      return;
    }
    this.input.click();
  }

  count() {
    return this.uploaded.length + this.pending;
  }

  async chosen() {
    const chosen = [...this.input.files];
    this.input.value = '';
    const room = MAX_UPLOAD_FILES - this.count();
    const errors = [];
    if (chosen.length > room) errors.push(limitMessage());
    const taken = chosen.slice(0, Math.max(0, room));
    const empty = taken.filter((file) => file.size === 0).map((file) => file.name);
    if (empty.length > 1)
      errors.push(fileMessage('zeroBytesFiles', 'You are uploading empty files: {filenames}', empty));
    else if (empty.length === 1)
      errors.push(fileMessage('zeroBytesFile', 'You are uploading an empty file: {filename}', empty));
    this.showError(errors.join(', '));
    await Promise.all(taken.map((file) => this.upload(file)));
  }

  async upload(file) {
    const item = uploadingItem(file);
    this.strip.append(item);
    this.strip.hidden = false;
    this.pending += 1;
    try {
      const form = new FormData();
      form.append('channel_id', this.channel.id);
      form.append('client_ids', crypto.randomUUID());
      form.append('files', file, file.name);
      const {
        file_infos: [info],
      } = await this.api('POST', '/files', form);
      this.uploaded.push(info);
      item.replaceWith(uploadedItem(info, () => this.remove(info)));
    } catch (failure) {
      item.remove();
      this.showError(failure.message);
    } finally {
      this.pending -= 1;
      this.strip.hidden = this.strip.childElementCount === 0;
    }
  }

  remove(info) {
    this.uploaded = this.uploaded.filter((file) => file.id !== info.id);
    this.strip.querySelector(`[data-file-id="${info.id}"]`)?.remove();
    this.strip.hidden = this.strip.childElementCount === 0;
  }

  showError(message) {
    this.error.hidden = !message;
    this.error.textContent = message;
  }

  /** The host's draft part: the finished uploads go with the post. */
  asDraftPart() {
    return {
      fields: () => (this.uploaded.length ? { file_ids: this.uploaded.map((file) => file.id) } : {}),
      hasContent: () => this.uploaded.length > 0,
      clear: () => {
        this.uploaded = [];
        this.strip.replaceChildren();
        this.strip.hidden = true;
      },
    };
  }
}

function limitMessage() {
  return formatMessage(
    {
      id: 'file_upload.limited',
      defaultMessage: 'Uploads limited to {count} files maximum. Please use additional posts for more files.',
    },
    { count: MAX_UPLOAD_FILES },
  );
}

function fileMessage(key, defaultMessage, names) {
  return formatMessage(
    { id: `file_upload.${key}`, defaultMessage },
    { filename: names[0], filenames: names.join(', ') },
  );
}

function uploadingItem(file) {
  return h(
    'div',
    { className: 'file-preview post-image__column' },
    h('div', { className: 'post-image__thumbnail' }),
    h(
      'div',
      { className: 'post-image__details' },
      h('span', { className: 'post-image__name' }, file.name),
      h('span', { className: 'post-image__uploadingTxt' }, 'Uploading...'),
    ),
  );
}

function uploadedItem(info, onRemove) {
  const thumbnail = isImage(info)
    ? h('img', { src: thumbnailUrl(info), alt: '', className: 'post-image' })
    : h('span', { className: `file-icon ${info.extension || 'generic'}`, 'aria-hidden': 'true' });
  return h(
    'div',
    { className: 'file-preview post-image__column', 'data-file-id': info.id },
    h('div', { className: 'post-image__thumbnail' }, thumbnail),
    h(
      'div',
      { className: 'post-image__details' },
      h(
        'div',
        { className: 'post-image__detail_wrapper' },
        h('span', { className: 'post-image__name' }, info.name),
      ),
      h(
        'div',
        { className: 'post-image__detail' },
        h('span', { className: 'post-image__type' }, typeLabel(info)),
        h('span', { className: 'post-image__size' }, sizeLabel(info.size)),
      ),
    ),
    h(
      'button',
      {
        type: 'button',
        className: 'file-preview__remove style--none',
        'aria-label': `remove ${info.name}`,
        onclick: onRemove,
      },
      h('i', { className: 'icon icon-close', 'aria-hidden': 'true' }, '×'),
    ),
  );
}

/**
 * The paperclip as an inline SVG: the 📎 emoji drew as an empty box where the system has no colour-emoji font (the
 * Debian browser here), and the web app draws its icons as a font of its own (`icon-paperclip`).
 */
function paperclipIcon() {
  const icon = h('span', { className: 'icon icon-paperclip', 'aria-hidden': 'true' });
  icon.innerHTML =
    '<svg width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" ' +
    'stroke-linecap="round"><path d="M16 6.5v10a4 4 0 0 1-8 0V5a2.5 2.5 0 0 1 5 0v10.5a1 1 0 0 1-2 0V7"/></svg>';
  return icon;
}
