import { randomBytes, type ScryptOptions, scrypt, timingSafeEqual } from 'node:crypto';

/**
 * scrypt cost. N=2^15, r=8, p=1 uses 32 MiB and ~65 ms per hash on the project's 2-core machine: twice Node's
 * default cost (2^14), so 200 concurrent logins finish in seconds. The parameters travel with every hash, so
 * they can be raised later without breaking stored passwords.
 */
export const SCRYPT_PARAMS: ScryptParams = { N: 2 ** 15, r: 8, p: 1 };
/**
 * For a throwaway server under test (`npm run bdd` starts one per run): ~1 ms per hash instead of ~65, as Django's
 * and Rails' test settings do, so seeding and every scenario's login stop costing CPU the browser needs.
 */
export const FAST_SCRYPT_PARAMS: ScryptParams = { N: 2 ** 10, r: 8, p: 1 };

export interface ScryptParams {
  N: number;
  r: number;
  p: number;
}

/** `standard` for a sandbox people use; `fast` for one a test run starts and throws away. */
export type PasswordCost = 'standard' | 'fast';

export const scryptParamsFor = (cost: PasswordCost): ScryptParams =>
  cost === 'fast' ? FAST_SCRYPT_PARAMS : SCRYPT_PARAMS;
const KEY_LENGTH = 32;
const PREFIX = 'scrypt';

function derive(password: string, salt: Buffer, params: ScryptOptions): Promise<Buffer> {
  const maxmem = 256 * (params.N ?? 0) * (params.r ?? 0) + 1024 * 1024;
  return new Promise((resolve, reject) => {
    scrypt(password, salt, KEY_LENGTH, { ...params, maxmem }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

/** `scrypt$N$r$p$<salt b64>$<key b64>` */
export async function hashPassword(password: string, params = SCRYPT_PARAMS): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, params);
  const { N, r, p } = params;
  return [PREFIX, N, r, p, salt.toString('base64'), key.toString('base64')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [prefix, n, r, p, salt, key] = stored.split('$');
  if (prefix !== PREFIX || !key) return false;
  const expected = Buffer.from(key, 'base64');
  const actual = await derive(password, Buffer.from(salt, 'base64'), { N: +n, r: +r, p: +p });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
