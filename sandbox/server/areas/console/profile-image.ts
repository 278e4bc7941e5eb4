import type { FastifyInstance } from 'fastify';
import type { SandboxContext } from '../../context';
import { notFound } from '../../errors';
import { userIdParam } from '../../routes/params';

/** Mattermost's default profile image colours (a user's is picked by their id, as the server hashes it). */
const COLOURS = ['#2f81b7', '#1a9c5d', '#c43133', '#a35e9f', '#de7921', '#3e4a5c', '#0e8a8a', '#7a5b20'];

function colourOf(userId: string): string {
  let sum = 0;
  for (const char of userId) sum = (sum + char.charCodeAt(0)) % 9973;
  return COLOURS[sum % COLOURS.length];
}

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`);

/**
 * `GET /api/v4/users/{id}/image`: a user without an uploaded picture gets Mattermost's default one, a square of a
 * colour with the username's first letter (Mattermost draws a PNG; an SVG of the same square is served here). The
 * web app rounds it with CSS, which is what cases about the image's shape look at.
 */
export function registerProfileImageRoute(api: FastifyInstance, ctx: SandboxContext): void {
  api.get('/api/v4/users/:user_id/image', async (request, reply) => {
    const userId = userIdParam(request);
    const user = ctx.stores.users.byId(userId);
    if (!user) throw notFound('app.user.missing_account.const', 'Unable to find the user.');
    const letter = escapeXml((user.username[0] ?? '?').toUpperCase());
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="128" height="128" viewBox="0 0 128 128"><rect width="128" height="128" fill="${colourOf(user.id)}"/><text x="64" y="86" font-family="sans-serif" font-size="64" fill="#fff" text-anchor="middle">${letter}</text></svg>`;
    return reply.header('Cache-Control', 'max-age=300, private').type('image/svg+xml').send(svg);
  });
}
