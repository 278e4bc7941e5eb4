/**
 * What the server knows of a file from its name and first bytes: Mattermost's FileInfo takes the extension
 * (lower case, no dot) and the MIME type from the name, and reads an image's width and height from its header.
 */
const MIME_BY_EXTENSION: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  bmp: 'image/bmp',
  tif: 'image/tiff',
  tiff: 'image/tiff',
  svg: 'image/svg+xml',
  txt: 'text/plain',
  csv: 'text/csv',
  json: 'application/json',
  xml: 'text/xml',
  pdf: 'application/pdf',
  zip: 'application/zip',
  mp4: 'video/mp4',
  webm: 'video/webm',
  mov: 'video/quicktime',
  mp3: 'audio/mpeg',
  wav: 'audio/wav',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** Images Mattermost makes a preview and a thumbnail of (app.prepareImage: not SVG, which the browser draws). */
const PREVIEWED = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/bmp', 'image/tiff']);

/** Served inline unless a download is asked for (Mattermost's web.MediaContentTypes); anything else is an attachment. */
const INLINE = new Set([...PREVIEWED, 'video/mp4', 'video/mpeg', 'video/avi', 'audio/mpeg', 'audio/wav']);

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

export function mimeTypeOf(name: string, sent: string): string {
  return MIME_BY_EXTENSION[extensionOf(name)] ?? (sent || 'application/octet-stream');
}

export function hasPreview(mimeType: string): boolean {
  return PREVIEWED.has(mimeType);
}

export function servedInline(mimeType: string): boolean {
  return INLINE.has(mimeType);
}

/** Width and height from a PNG's IHDR or a GIF's logical screen; 0 × 0 for anything else. */
export function imageSize(bytes: Buffer): { width: number; height: number } {
  const png =
    bytes.length >= 24 && bytes.readUInt32BE(0) === 0x89504e47 && bytes.toString('latin1', 12, 16) === 'IHDR';
  if (png) return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
  if (bytes.length >= 10 && bytes.toString('latin1', 0, 3) === 'GIF') {
    return { width: bytes.readUInt16LE(6), height: bytes.readUInt16LE(8) };
  }
  return { width: 0, height: 0 };
}
