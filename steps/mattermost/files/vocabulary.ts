import { registerThing } from '../../generic/assert';
import { defineAlias } from '../../generic/vocabulary';
import { FILES } from './draft';

/**
 * The files area's words. "Tap on posted file" clicks a post's file: its thumbnail in the attachment list
 * (`fileAttachmentList`; Mattermost's single-image view is `.file-preview__button`), which opens the preview.
 */
defineAlias(['posted file', 'posted image', 'attached file'], {
  css: [`${FILES.attachmentList} .post-image__thumbnail`, '.file-preview__button'],
});

/** "Verify image preview is displayed": the image shown in the file preview modal. */
registerThing({
  names: ['image preview', 'image previewer'],
  locate: (scope) => scope.locator(`${FILES.previewModal} .file-preview-modal__content img`),
});
