import type { FastifyInstance, FastifyRequest } from 'fastify';
import { authOf } from '../../auth/authenticate';
import type { SandboxContext } from '../../context';
import { forbidden, invalidBodyParam } from '../../errors';
import { type ConfigJson, mergeConfig, readPath } from './config-values';
import type { ConfigStore } from './store';
import { validateConfig } from './validate';

/** Mattermost's permission for reading and writing the whole config (api4/config.go). */
const MANAGE_SYSTEM = 'manage_system';

function requireSystemAdmin(request: FastifyRequest): void {
  if (!authOf(request).isAdmin) throw forbidden(MANAGE_SYSTEM);
}

/**
 * `GET /api/v4/config`, `PUT /api/v4/config` (the whole config; missing settings fall back to their defaults, as
 * the server sets defaults on what it unmarshals) and `PUT /api/v4/config/patch` (only the settings sent): system
 * admins only; each write is validated as a whole before the one row is replaced.
 */
export function registerConfigApi(
  api: FastifyInstance,
  store: ConfigStore,
  defaults: () => ConfigJson,
): void {
  api.get('/api/v4/config', async (request) => {
    requireSystemAdmin(request);
    return store.get();
  });

  api.put('/api/v4/config', async (request) => write(request, store, defaults()));

  api.put('/api/v4/config/patch', async (request) => write(request, store, store.get()));
}

function write(request: FastifyRequest, store: ConfigStore, base: ConfigJson): ConfigJson {
  requireSystemAdmin(request);
  const { config, badKey } = mergeConfig(base, request.body);
  if (badKey) throw invalidBodyParam('config', `${badKey} has the wrong type`);
  validateConfig(config, store.get());
  store.save(config);
  return config;
}

/** The client-config keys the stored config decides (old format: every value a string). */
export function clientConfigPart(ctx: SandboxContext, store: ConfigStore): () => Record<string, string> {
  return () => {
    const config = store.get();
    const text = (key: string) => String(readPath(config, key) ?? '');
    const siteName = text('TeamSettings.SiteName') || ctx.config.siteName;
    return {
      SiteName: siteName,
      SiteURL: text('ServiceSettings.SiteURL'),
      CustomDescriptionText: text('TeamSettings.CustomDescriptionText'),
      EnableCustomBrand: text('TeamSettings.EnableCustomBrand'),
      CustomBrandText: text('TeamSettings.CustomBrandText'),
      HelpLink: text('SupportSettings.HelpLink'),
      TermsOfServiceLink: text('SupportSettings.TermsOfServiceLink'),
      PrivacyPolicyLink: text('SupportSettings.PrivacyPolicyLink'),
      AboutLink: text('SupportSettings.AboutLink'),
      ReportAProblemLink: text('SupportSettings.ReportAProblemLink'),
      AppDownloadLink: text('NativeAppSettings.AppDownloadLink'),
      AndroidAppDownloadLink: text('NativeAppSettings.AndroidAppDownloadLink'),
      IosAppDownloadLink: text('NativeAppSettings.IosAppDownloadLink'),
      EnableGifPicker: text('ServiceSettings.EnableGifPicker'),
      EnableEmojiPicker: text('ServiceSettings.EnableEmojiPicker'),
      EnableCustomEmoji: text('ServiceSettings.EnableCustomEmoji'),
      SendEmailNotifications: text('EmailSettings.SendEmailNotifications'),
      EnablePreviewModeBanner: text('EmailSettings.EnablePreviewModeBanner'),
      MaxFileSize: text('FileSettings.MaxFileSize'),
      ExperimentalTimezone: text('DisplaySettings.ExperimentalTimezone'),
      // Decided here now that the console stores it (the channels area's fixed 'true' comes first and is overridden).
      ExperimentalViewArchivedChannels: text('TeamSettings.ExperimentalViewArchivedChannels'),
      EnableBanner: text('AnnouncementSettings.EnableBanner'),
      BannerText: text('AnnouncementSettings.BannerText'),
      BannerColor: text('AnnouncementSettings.BannerColor'),
      BannerTextColor: text('AnnouncementSettings.BannerTextColor'),
      AllowBannerDismissal: text('AnnouncementSettings.AllowBannerDismissal'),
    };
  };
}
