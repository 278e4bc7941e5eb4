/** What the web app shows of a FileInfo: its URLs (Client4's routes), size, type label and kind. */

export const fileUrl = (file) => `/api/v4/files/${file.id}`;
/** Mattermost's getFileDownloadUrl: the bytes as an attachment, whatever their type. */
export const downloadUrl = (file) => `/api/v4/files/${file.id}?download=1`;
export const previewUrl = (file) => (file.has_preview_image ? `${fileUrl(file)}/preview` : fileUrl(file));
export const thumbnailUrl = (file) => (file.has_preview_image ? `${fileUrl(file)}/thumbnail` : fileUrl(file));

export const isImage = (file) => file.has_preview_image || file.mime_type === 'image/svg+xml';

/** "PNG", "TXT": the extension as the attachment shows it (post-image__type). */
export const typeLabel = (file) => (file.extension || '').toUpperCase();

/** Mattermost's fileSizeToString: "0B", "512B", "6KB", "2MB". */
export function sizeLabel(bytes) {
  const units = [
    [1024 ** 3, 'GB'],
    [1024 ** 2, 'MB'],
    [1024, 'KB'],
  ];
  for (const [size, unit] of units) if (bytes >= size) return `${Math.floor(bytes / size)}${unit}`;
  return `${bytes}B`;
}

/** The label of a file's thumbnail in a post ("file thumbnail photo.png", lower case as in Mattermost). */
export const thumbnailLabel = (file) => `file thumbnail ${file.name.toLowerCase()}`;
