import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Client4 } from '@mattermost/client';
import type { AdminConfig } from '@mattermost/types/config';
import { ACCOUNTS, clientError, loggedInClient, startTestSandbox } from '../../../testing/fixtures';

describe('System Console config API (GET/PUT /api/v4/config, PUT /api/v4/config/patch)', () => {
  let sandbox: Awaited<ReturnType<typeof startTestSandbox>>;
  let admin: Client4;
  let user: Client4;

  before(async () => {
    sandbox = await startTestSandbox({ passwordCost: 'fast' });
    admin = await loggedInClient(sandbox.url, ACCOUNTS.admin);
    user = await loggedInClient(sandbox.url, ACCOUNTS.user1);
  });
  after(() => sandbox.close());

  it('gives a system admin the config with Mattermost defaults and the Site URL it is reached at', async () => {
    const config = await admin.getConfig();
    assert.equal(config.TeamSettings.SiteName, 'Mattermost');
    assert.equal(config.TeamSettings.EnableCustomBrand, false);
    assert.equal(config.ServiceSettings.EnableGifPicker, true);
    assert.equal(config.FileSettings.MaxFileSize, 104857600);
    assert.equal(config.ServiceSettings.SiteURL, sandbox.url);
  });

  it('refuses a user who is not a system admin (403) for reading and writing', async () => {
    for (const action of [
      () => user.getConfig(),
      () => user.updateConfig({} as AdminConfig),
      () => user.patchConfig({ TeamSettings: { SiteName: 'Hijacked' } } as Partial<AdminConfig>),
    ]) {
      const error = await clientError(action);
      assert.equal(error.status_code, 403);
      assert.equal(error.server_error_id, 'api.context.permissions.app_error');
    }
    assert.equal((await admin.getConfig()).TeamSettings.SiteName, 'Mattermost');
  });

  it('patches only the settings sent, and the client config follows (SiteName)', async () => {
    const patched = await admin.patchConfig({
      TeamSettings: { SiteName: 'Casebook Chat', CustomBrandText: 'Hello' },
    } as Partial<AdminConfig>);
    assert.equal(patched.TeamSettings.SiteName, 'Casebook Chat');
    assert.equal(patched.SupportSettings.HelpLink, 'https://mattermost.com/pl/help/');
    assert.equal((await user.getClientConfig()).SiteName, 'Casebook Chat');
    await admin.patchConfig({
      TeamSettings: { SiteName: 'Mattermost', CustomBrandText: '' },
    } as Partial<AdminConfig>);
  });

  it('gives every user the announcement banner the console configures (client config)', async () => {
    const before = await user.getClientConfig();
    assert.equal(before.EnableBanner, 'false');
    assert.equal(before.AllowBannerDismissal, 'true');
    await admin.patchConfig({
      AnnouncementSettings: { EnableBanner: true, BannerText: 'Maintenance at noon', BannerColor: '#ff0000' },
    } as Partial<AdminConfig>);
    const after = await user.getClientConfig();
    assert.equal(after.EnableBanner, 'true');
    assert.equal(after.BannerText, 'Maintenance at noon');
    assert.equal(after.BannerColor, '#ff0000');
    assert.equal(after.BannerTextColor, '#333333');
    await admin.patchConfig({
      AnnouncementSettings: { EnableBanner: false, BannerText: '', BannerColor: '#f2a93b' },
    } as Partial<AdminConfig>);
  });

  it('lets the console turn off viewing archived channels (client config ExperimentalViewArchivedChannels)', async () => {
    const viewArchived = async () =>
      ((await user.getClientConfig()) as unknown as Record<string, string>).ExperimentalViewArchivedChannels;
    assert.equal(await viewArchived(), 'true');
    await admin.patchConfig({
      TeamSettings: { ExperimentalViewArchivedChannels: false },
    } as unknown as Partial<AdminConfig>);
    assert.equal(await viewArchived(), 'false');
    await admin.patchConfig({
      TeamSettings: { ExperimentalViewArchivedChannels: true },
    } as unknown as Partial<AdminConfig>);
  });

  it('replaces the whole config on PUT (settings left out fall back to their defaults)', async () => {
    const config = await admin.getConfig();
    config.ServiceSettings.EnableGifPicker = false;
    const saved = await admin.updateConfig(config);
    assert.equal(saved.ServiceSettings.EnableGifPicker, false);
    const reset = await admin.updateConfig({ ServiceSettings: { SiteURL: sandbox.url } } as AdminConfig);
    assert.equal(reset.ServiceSettings.EnableGifPicker, true);
  });

  it('rejects bad values with Mattermost errors and stores nothing of a rejected write', async () => {
    const cases: [Partial<AdminConfig>, string, string][] = [
      [
        {
          FileSettings: { MaxFileSize: -1048576 },
          TeamSettings: { SiteName: 'Partly written' },
        } as Partial<AdminConfig>,
        'model.config.is_valid.max_file_size.app_error',
        'Invalid max file size for file settings. Must be a whole number greater than zero.',
      ],
      [
        { ServiceSettings: { SiteURL: '' } } as Partial<AdminConfig>,
        'api.config.update_config.clear_siteurl.app_error',
        'Site URL cannot be cleared.',
      ],
      [
        { TeamSettings: { SiteName: 'x'.repeat(31) } } as Partial<AdminConfig>,
        'model.config.is_valid.sitename_length.app_error',
        'Site name must be less than or equal to 30 characters.',
      ],
      [
        { TeamSettings: { SiteName: 42 } } as unknown as Partial<AdminConfig>,
        'api.context.invalid_body_param.app_error',
        'Invalid or missing config in request body.',
      ],
    ];
    for (const [patch, id, message] of cases) {
      const error = await clientError(() => admin.patchConfig(patch));
      assert.equal(error.status_code, 400, id);
      assert.equal(error.server_error_id, id);
      assert.equal(error.message, message);
    }
    const config = await admin.getConfig();
    assert.equal(config.TeamSettings.SiteName, 'Mattermost');
    assert.equal(config.FileSettings.MaxFileSize, 104857600);
  });
});
