import type { FastifyInstance } from 'fastify';
import type { SandboxContext } from '../context';
import { AppError, invalidUrlParam } from '../errors';
import { PASSWORD_RULE } from './password';

export function registerConfigRoutes(app: FastifyInstance, ctx: SandboxContext): void {
  app.get('/api/v4/config/client', { config: { public: true } }, async (request) => {
    const { format } = request.query as { format?: string };
    if (!format) {
      throw new AppError(
        'api.config.client.old_format.app_error',
        'New format for the client configuration is not supported yet. Please specify format=old in the query string.',
        501,
      );
    }
    if (format !== 'old') throw invalidUrlParam('format', 'only format=old is supported');
    // Mattermost's old-format client config: every value is a string.
    return {
      SiteName: ctx.config.siteName,
      Version: ctx.config.version,
      BuildNumber: 'sandbox',
      BuildHash: 'sandbox',
      BuildDate: '',
      BuildEnterpriseReady: 'false',
      DiagnosticsEnabled: 'false',
      EnableSignInWithEmail: 'true',
      EnableSignInWithUsername: 'true',
      EnableSignUpWithEmail: 'false',
      EnableOpenServer: 'false',
      // The password rule the web app checks new passwords against (and words its error with).
      PasswordMinimumLength: String(PASSWORD_RULE.minimumLength),
      PasswordRequireLowercase: 'false',
      PasswordRequireUppercase: 'false',
      PasswordRequireNumber: 'false',
      PasswordRequireSymbol: 'false',
      // Not a Mattermost key: the status poll interval (Constants.STATUS_INTERVAL there), configurable for tests.
      StatusIntervalMs: String(ctx.config.statusIntervalMs),
      ...Object.assign({}, ...ctx.clientConfigParts.map((part) => part())),
    };
  });
}
