import { AppError } from '../../errors';
import type { ConfigJson } from './config-values';

/**
 * The checks Mattermost's server makes before it stores a config (`model.Config.IsValid` and `updateConfig` in
 * api4/config.go), with their error ids and English messages. A failing check rejects the whole write.
 */
type Check = (next: ConfigJson, previous: ConfigJson) => AppError | undefined;

const invalid = (id: string, message: string) => new AppError(id, message, 400);

const CHECKS: Check[] = [
  (next, previous) =>
    next.ServiceSettings.SiteURL === '' && previous.ServiceSettings.SiteURL !== ''
      ? invalid('api.config.update_config.clear_siteurl.app_error', 'Site URL cannot be cleared.')
      : undefined,
  (next) => {
    const url = next.ServiceSettings.SiteURL as string;
    return url !== '' && !/^https?:\/\/[^\s/]+/.test(url)
      ? invalid(
          'model.config.is_valid.site_url.app_error',
          'Site URL must be a valid URL and start with http:// or https://.',
        )
      : undefined;
  },
  (next) =>
    (next.TeamSettings.SiteName as string).length > 30
      ? invalid(
          'model.config.is_valid.sitename_length.app_error',
          'Site name must be less than or equal to 30 characters.',
        )
      : undefined,
  (next) =>
    (next.TeamSettings.CustomBrandText as string).length > 500
      ? invalid(
          'model.config.is_valid.custom_brand_text_length.app_error',
          'Custom brand text must be less than or equal to 500 characters.',
        )
      : undefined,
  (next) => {
    const size = next.FileSettings.MaxFileSize as number;
    return !Number.isInteger(size) || size <= 0
      ? invalid(
          'model.config.is_valid.max_file_size.app_error',
          'Invalid max file size for file settings. Must be a whole number greater than zero.',
        )
      : undefined;
  },
];

/** Throws the first error Mattermost would answer for storing `next` over `previous`. */
export function validateConfig(next: ConfigJson, previous: ConfigJson): void {
  for (const check of CHECKS) {
    const error = check(next, previous);
    if (error) throw error;
  }
}
