import fs from 'node:fs';
import type { FastifyInstance } from 'fastify';

/**
 * The emoji names a post's `:name:` may use, from emoji-datasource (the data Mattermost's own emoji map is built
 * from): every short name with its code points, served to the web app as `/static/areas/posts/emoji-names.js`
 * (`export default {"+1": "1F44D", …}`), so the browser renders only names Mattermost knows and leaves the rest
 * as text.
 */
interface DatasourceEmoji {
  short_names: string[];
  unified: string;
}

export function emojiNamesModule(): string {
  const file = require.resolve('emoji-datasource/emoji.json');
  const emoji = JSON.parse(fs.readFileSync(file, 'utf8')) as DatasourceEmoji[];
  const names: Record<string, string> = {};
  for (const { short_names: shortNames, unified } of emoji) {
    for (const name of shortNames) names[name] = unified;
  }
  return `export default ${JSON.stringify(names)};\n`;
}

export function registerEmojiNames(app: FastifyInstance): void {
  const module = emojiNamesModule();
  app.get('/static/areas/posts/emoji-names.js', (_request, reply) =>
    reply.type('text/javascript; charset=utf-8').send(module),
  );
}
