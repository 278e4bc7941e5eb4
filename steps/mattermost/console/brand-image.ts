import { createHash, randomBytes } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import type { Page } from 'playwright';
import { requireBaseUrl } from '../../../support/config';
import type { CasebookWorld } from '../../../support/world';
import { asUser } from '../other-user';
import type { SettingFact } from './table';

/**
 * The Custom Brand Image setting is a file, not a config value: a value of it is named by the SHA-256 of the
 * image's bytes, so "the value shown" (the console's preview), "the value saved" (`GET /api/v4/brand/image`) and
 * "the value entered" compare as the texts of other settings do.
 */
const BRAND_IMAGE = '/api/v4/brand/image';

const chosen = new Map<string, Buffer>();

const digest = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A 16×16 PNG of one random colour: a real image the server can decode, different at every call. */
function randomPng(): Buffer {
  const side = 16;
  const header = Buffer.alloc(13);
  header.writeUInt32BE(side, 0);
  header.writeUInt32BE(side, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  const colour = randomBytes(3);
  const row = Buffer.concat([Buffer.from([0]), ...Array.from({ length: side }, () => colour)]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: side }, () => row)));
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', pixels),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A new image to upload, by its name (the digest). */
export function newBrandImage(): string {
  const bytes = randomPng();
  const name = digest(bytes);
  chosen.set(name, bytes);
  return name;
}

/** Picks the image named `name` in the setting's file input, as a tester picks a file. */
export async function chooseBrandImage(page: Page, setting: SettingFact, name: string): Promise<void> {
  const bytes = chosen.get(name);
  if (!bytes) throw new Error(`no image "${name}" was made for ${setting.label} in this run`);
  await page
    .locator(`[data-testid="${setting.key}"] input[type="file"]`)
    .setInputFiles({ name: 'casebook-brand.png', mimeType: 'image/png', buffer: bytes });
}

/** The digest of the image the setting's preview shows, or '' when it shows none. */
export async function shownBrandImage(page: Page, setting: SettingFact): Promise<string> {
  const image = page.locator(`[data-testid="${setting.key}"] img`);
  if ((await image.count()) === 0) return '';
  const bytes = await image.first().evaluate(async (img: HTMLImageElement) => {
    const response = await fetch(img.src, { cache: 'no-store' });
    return response.ok ? [...new Uint8Array(await response.arrayBuffer())] : [];
  });
  return bytes.length ? digest(Uint8Array.from(bytes)) : '';
}

/** The digest of the brand image the server keeps, or '' when it has none (404). */
export async function storedBrandImage(page: Page): Promise<string> {
  const response = await page.request.get(BRAND_IMAGE, { headers: { 'Cache-Control': 'no-store' } });
  if (response.status() === 404) return '';
  if (!response.ok()) throw new Error(`${BRAND_IMAGE} answered ${response.status()}`);
  return digest(await response.body());
}

const cleanupRegistered = new WeakSet<CasebookWorld>();

/** A scenario that uploads a brand image removes it afterwards, once (the sandbox starts without one). */
export function removeBrandImageAfter(world: CasebookWorld): void {
  if (cleanupRegistered.has(world)) return;
  cleanupRegistered.add(world);
  world.onCleanup(() =>
    asUser(requireBaseUrl(world.config), world.credentials('admin'), (admin) =>
      admin.send('DELETE', BRAND_IMAGE),
    ),
  );
}
