import { randomBytes } from 'node:crypto';

// Mattermost ids and tokens are 26 characters of this base32 alphabet (128 random bits).
const ALPHABET = 'ybndrfg8ejkmcpqxot1uwisza345h769';
export const ID_PATTERN = /^[a-z0-9]{26}$/;

/** A fresh random Mattermost-style id; also used for session tokens and CSRF tokens. */
export function newId(): string {
  const bytes = randomBytes(17); // 136 bits, enough for 26 five-bit characters
  let bits = 0;
  let value = 0;
  let id = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5 && id.length < 26) {
      bits -= 5;
      id += ALPHABET[(value >> bits) & 31];
    }
    value &= (1 << bits) - 1;
  }
  return id;
}
