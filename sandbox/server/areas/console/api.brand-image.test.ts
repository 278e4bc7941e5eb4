import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ACCOUNTS, clientError, loggedInClient, startTestSandbox } from '../../../testing/fixtures';

// The smallest valid PNG (1×1, transparent): what is sent must come back byte for byte.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

describe('brand image (POST/GET/DELETE /api/v4/brand/image)', () => {
  let sandbox: Awaited<ReturnType<typeof startTestSandbox>>;
  const image = () => fetch(`${sandbox.url}/api/v4/brand/image`);

  before(async () => {
    sandbox = await startTestSandbox({ passwordCost: 'fast' });
  });
  after(() => sandbox.close());

  it('answers 404 to anyone while no image was uploaded', async () => {
    assert.equal((await image()).status, 404);
  });

  it('keeps the image a system admin uploads and serves it without a session, until deleted', async () => {
    const admin = await loggedInClient(sandbox.url, ACCOUNTS.admin);
    await admin.uploadBrandImage(new File([PNG], 'brand.png', { type: 'image/png' }));
    const served = await image();
    assert.equal(served.status, 200);
    assert.equal(served.headers.get('content-type'), 'image/png');
    assert.deepEqual(Buffer.from(await served.arrayBuffer()), PNG);
    await admin.deleteBrandImage();
    assert.equal((await image()).status, 404);
  });

  it('refuses a user who is no system admin (403) and a file that is no image (400)', async () => {
    const user = await loggedInClient(sandbox.url, ACCOUNTS.user1);
    const refused = await clientError(() =>
      user.uploadBrandImage(new File([PNG], 'brand.png', { type: 'image/png' })),
    );
    assert.equal(refused.status_code, 403);
    assert.equal((await clientError(() => user.deleteBrandImage())).status_code, 403);
    const admin = await loggedInClient(sandbox.url, ACCOUNTS.admin);
    const text = await clientError(() =>
      admin.uploadBrandImage(new File(['hello'], 'brand.txt', { type: 'text/plain' })),
    );
    assert.equal(text.status_code, 400);
    assert.equal((await image()).status, 404);
  });
});
