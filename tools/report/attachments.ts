// Binary evidence (screenshots, Playwright traces, videos…) is written as files next to the report instead of
// being inlined: the reporter would copy each base64 image into the page three times, and a trace is only
// useful as a file for `npx playwright show-trace`. Text attachments stay inline (see reporter-json.ts).
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Attachment } from './model';

export interface SavedAttachment {
  /** relative to the report folder, '/'-separated */
  file: string;
  name: string;
  mediaType: string;
  kind: 'image' | 'trace' | 'video' | 'file';
}

const EXTENSIONS: Record<string, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/webp': 'webp',
  'image/avif': 'avif',
  'video/webm': 'webm',
  'application/zip': 'zip',
};
const INLINE_TEXT_LIMIT = 64 * 1024;

/** Text small enough to read in the report's log viewer. */
export function isInlineText(attachment: Attachment): boolean {
  const textual = /^text\/|^application\/(json|xml)$|\+(json|xml)$/.test(attachment.mediaType);
  return textual && attachment.body.length <= (INLINE_TEXT_LIMIT * 4) / 3;
}

function kindOf(attachment: Attachment): SavedAttachment['kind'] {
  if (/^image\/(png|jpeg|webp|avif)$/.test(attachment.mediaType)) return 'image';
  if (attachment.mediaType.startsWith('video/')) return 'video';
  return /trace/i.test(attachment.fileName ?? '') && attachment.mediaType === 'application/zip'
    ? 'trace'
    : 'file';
}

function safeFileName(attachment: Attachment, kind: SavedAttachment['kind']): string {
  const extension = EXTENSIONS[attachment.mediaType] ?? 'bin';
  const given = path
    .basename(attachment.fileName ?? '')
    .replace(/[^\w.-]+/g, '-')
    .replace(/^[-.]+/, '');
  const name = given.slice(-60) || `${kind === 'image' ? 'screenshot' : kind}.${extension}`;
  return name.includes('.') ? name : `${name}.${extension}`;
}

export class AttachmentWriter {
  constructor(private readonly reportDir: string) {}

  save(attachment: Attachment): SavedAttachment {
    const bytes = Buffer.from(attachment.body, 'base64');
    const kind = kindOf(attachment);
    const name = safeFileName(attachment, kind);
    // Content-addressed: the same screenshot attached twice is written once. A folder per file keeps the
    // name as given, which is what a browser offers when downloading from a file:// report.
    const digest = createHash('sha1').update(bytes).digest('hex').slice(0, 12);
    const file = `attachments/${digest}/${name}`;
    const target = path.join(this.reportDir, file);
    if (!fs.existsSync(target)) {
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, bytes);
    }
    return { file, name, mediaType: attachment.mediaType, kind };
  }
}
