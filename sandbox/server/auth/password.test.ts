import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hashPassword, SCRYPT_PARAMS, scryptParamsFor, verifyPassword } from './password';

describe('password hashing', () => {
  it('hashes with a random salt and the scrypt parameters in the hash', async () => {
    const [a, b] = await Promise.all([hashPassword('Secret-1'), hashPassword('Secret-1')]);
    assert.notEqual(a, b);
    assert.ok(a.startsWith(`scrypt$${SCRYPT_PARAMS.N}$${SCRYPT_PARAMS.r}$${SCRYPT_PARAMS.p}$`));
    assert.ok(!a.includes('Secret-1'));
  });

  it('verifies the right password only', async () => {
    const hash = await hashPassword('Secret-1');
    assert.equal(await verifyPassword('Secret-1', hash), true);
    assert.equal(await verifyPassword('secret-1', hash), false);
    assert.equal(await verifyPassword('Secret-1', 'plain-text'), false);
  });

  it('verifies hashes made with other parameters', async () => {
    const hash = await hashPassword('Secret-1');
    const [, , , , salt] = hash.split('$');
    const { scryptSync } = await import('node:crypto');
    const key = scryptSync('Secret-1', Buffer.from(salt, 'base64'), 32, { N: 1024, r: 8, p: 1 });
    assert.equal(await verifyPassword('Secret-1', `scrypt$1024$8$1$${salt}$${key.toString('base64')}`), true);
  });

  it('hashes at the fast cost for throwaway servers, and each hash still verifies on its own', async () => {
    const fast = await hashPassword('Secret-1', scryptParamsFor('fast'));
    assert.ok(fast.startsWith('scrypt$1024$8$1$'));
    assert.equal(scryptParamsFor('standard'), SCRYPT_PARAMS);
    assert.equal(await verifyPassword('Secret-1', fast), true);
    assert.equal(await verifyPassword('Secret-2', fast), false);
  });
});
