import { defineStep } from '@cucumber/cucumber';
import type { CasebookWorld } from '../support/world';
import { definition } from './generic/define';
import { sentence } from './generic/phrase';
import './mattermost';
import { attachToDraft, postDraft, postedProblem } from './mattermost/files/draft';
import { downloadedProblem, downloadFromPreview, openImagePreview } from './mattermost/files/preview';
import { describedFile, fileOfType } from './mattermost/files/test-files';
import './mattermost/files/vocabulary';

const SPACE_IN_NAME = String.raw`that\s+has\s+a\s+space\s+in\s+(?:its|the)\s+(?:file\s*)?name`;
const EXTENSION = String.raw`with\s+an?\s+\x60[^\x60]+\x60\s+extension`;
const DESCRIBED_FILE = String.raw`(?:a|an|the)\s+(?:[\w-]+\s+)?file(?:\s+(?:${SPACE_IN_NAME}|${EXTENSION}))?`;

/**
 * Attaching one file to the message being written, not sending it: "Attach a file that has a space in its
 * name", "Attach a file with a `.demo` extension to a post", "Upload a file to the message draft". The step
 * makes the file the line describes (test-files.ts) and waits until the draft shows it uploaded.
 */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:attach|upload)\s+(${DESCRIBED_FILE})(?:\s+to\s+(?:a|the)\s+(?:message\s+draft|draft|post|message))?`,
    ),
    async function (this: CasebookWorld, description: string) {
      await attachToDraft(this, await this.appPage(), describedFile(description));
    },
  ),
);

/**
 * Attaching a file and posting it at once: "Attach and post a file with image file type" (image, document,
 * video or unsupported: test-files.ts makes one of each), "Attach a PDF file and post".
 */
defineStep(
  ...definition(
    sentence(
      String.raw`attach\s+(?:and\s+post\s+a\s+file\s+with\s+(?:an?\s+)?([\w-]+)\s+file\s+type|(${DESCRIBED_FILE})\s+and\s+post(?:\s+it)?)`,
    ),
    async function (this: CasebookWorld, type: string | null, description: string | null) {
      const page = await this.appPage();
      await attachToDraft(this, page, type ? fileOfType(type) : describedFile(description ?? ''));
      await postDraft(this, page);
    },
  ),
);

/** "Post the message": sends what the message box holds (text, attached files) with Enter. */
defineStep(
  ...definition(sentence(String.raw`post\s+the\s+message`), async function (this: CasebookWorld) {
    await postDraft(this, await this.appPage());
  }),
);

/**
 * "Message posts successfully": the message the scenario posted last is the channel's newest post, with its
 * text and every file it was sent with.
 */
defineStep(
  ...definition(
    sentence(String.raw`(?:the\s+)?message\s+posts\s+successfully`),
    async function (this: CasebookWorld) {
      const problem = await postedProblem(this, await this.appPage());
      if (problem) throw new Error(problem);
    },
  ),
);

/**
 * "Click the thumbnail of a non-SVG image attachment to open the previewer": an image posted in the channel
 * (posted as set-up when the scenario has none) is opened in the file preview modal.
 */
defineStep(
  ...definition(
    sentence(
      String.raw`click\s+(?:on\s+)?the\s+thumbnail\s+of\s+(?:a|an|the)\s+(?:non-SVG\s+)?image(?:\s+attachment)?(?:\s+to\s+open\s+the\s+(?:previewer|preview))?`,
    ),
    async function (this: CasebookWorld) {
      await openImagePreview(this, await this.appPage());
    },
  ),
);

/** "Click the "Download" link in the bottom of the previewer": the preview's download link, kept as downloaded. */
defineStep(
  ...definition(
    sentence(
      String.raw`click\s+(?:on\s+)?the\s+(?:"Download"|“Download”|'Download'|download)\s+(?:link|button|icon)\s+(?:in|at)\s+the\s+(?:bottom\s+of\s+the\s+)?(?:previewer|preview)`,
    ),
    async function (this: CasebookWorld) {
      await downloadFromPreview(this, await this.appPage());
    },
  ),
);

/**
 * "Image should download / open in browser": the browser received a download of the previewed image, under
 * its own name and with its own bytes (Chromium downloads it, as the case notes); "should not download": it did
 * not (the download step waits for the browser's download event, so nothing arrives later).
 */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:the\s+)?image\s+should\s+(not\s+)?download(?:\s*\/\s*open\s+in\s+(?:the\s+)?browser)?`,
    ),
    async function (this: CasebookWorld, not: string | null) {
      const problem = await downloadedProblem(this);
      if (!not && problem) throw new Error(problem);
      if (not && !problem) throw new Error('the image was downloaded');
    },
  ),
);
