import { tinyPng } from '../../../sandbox/testing/images';

/** A file a step makes on the spot and attaches (no binary fixture is kept: the bytes come from here). */
export interface TestFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

const text = (name: string, content = 'casebook test file\n'): TestFile => ({
  name,
  mimeType: 'text/plain',
  buffer: Buffer.from(content),
});

/**
 * The file a line describes: "a file that has a space in its name", "a file with a `.demo` extension", "a PDF
 * file", "an image"; anything else is a small text file.
 */
export function describedFile(description: string): TestFile {
  const extension = /\x60\.?([\w-]+)\x60\s+extension/i.exec(description)?.[1];
  if (extension) return { ...text(`casebook-file.${extension}`), mimeType: 'application/octet-stream' };
  if (/space\s+in\s+(?:its|the)\s+(?:file\s*)?name/i.test(description))
    return text('casebook file with spaces.txt');
  if (/\bpdf\b/i.test(description)) {
    return {
      name: 'casebook-document.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n%%EOF\n'),
    };
  }
  if (/\b(?:image|picture|png)\b/i.test(description)) return testImage();
  return text('casebook-file.txt');
}

/** A 64 × 48 PNG (not SVG): big enough to show as a thumbnail, small enough to upload at once. */
export function testImage(name = 'casebook-image.png'): TestFile {
  return { name, mimeType: 'image/png', buffer: tinyPng(64, 48) };
}

/**
 * A file of a kind the mobile cases name ("a file with image file type"): image → PNG, document → PDF, video →
 * MP4 (a file of that type, not a playable video), unsupported → an `.ipa` package.
 */
export function fileOfType(type: string): TestFile {
  switch (type.toLowerCase()) {
    case 'image':
      return testImage();
    case 'document':
      return describedFile('a PDF file');
    case 'video':
      return { name: 'casebook-video.mp4', mimeType: 'video/mp4', buffer: Buffer.from('casebook video') };
    case 'unsupported':
      return {
        name: 'casebook-app.ipa',
        mimeType: 'application/octet-stream',
        buffer: Buffer.from('casebook app'),
      };
    default:
      throw new Error(`no test file of type "${type}": image, document, video or unsupported`);
  }
}
