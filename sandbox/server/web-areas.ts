import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';

/**
 * The browser half of the areas: every `sandbox/web/areas/<name>/index.js` is listed by
 * `/static/js/area-modules.js`, which the web app imports and installs one by one (`js/host.js`). Preact and htm
 * are served from the installed packages under `/static/vendor/` and named in the pages' import map, so area
 * components are plain ES modules: no build step between editing the sandbox and running a case.
 */
const VENDOR: Record<string, [specifier: string, esModule: string]> = {
  'preact.mjs': ['preact', 'preact.mjs'],
  'preact-hooks.mjs': ['preact/hooks', 'hooks.mjs'],
  'htm.mjs': ['htm', 'htm.mjs'],
  // Post markdown (areas/posts/markdown.js): the parser family Mattermost's web app renders posts with.
  'marked.mjs': ['marked', 'marked.esm.js'],
};

export function registerWebAreas(app: FastifyInstance, webRoot: string): void {
  const modules = webAreaModules(path.join(webRoot, 'areas'));
  const listing = `export default ${JSON.stringify(modules)};\n`;
  app.get('/static/js/area-modules.js', (_request, reply) =>
    reply.header('Cache-Control', 'no-store').type('text/javascript; charset=utf-8').send(listing),
  );
  for (const [name, [specifier, esModule]] of Object.entries(VENDOR)) {
    // The packages' exports maps name only their entry points; the ES module sits beside the CommonJS one.
    const source = fs.readFileSync(path.join(path.dirname(require.resolve(specifier)), esModule), 'utf8');
    app.get(`/static/vendor/${name}`, (_request, reply) =>
      reply.type('text/javascript; charset=utf-8').send(source),
    );
  }
}

/** `/static/areas/<name>/index.js` for each area folder of the web app that has an `index.js`, in name order. */
export function webAreaModules(areasDir: string): string[] {
  if (!fs.existsSync(areasDir)) return [];
  return fs
    .readdirSync(areasDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(areasDir, entry.name, 'index.js')))
    .map((entry) => `/static/areas/${entry.name}/index.js`)
    .sort();
}
