import type { FastifyReply } from 'fastify';

/** A page of its own that an area's web app renders into `#root` (the System Console, the Integrations pages). */
export interface AppPage {
  /** The tab title before the app sets its own. */
  title: string;
  /** Style sheets beyond /static/css/base.css. */
  styles: string[];
  /** The app's ES module. */
  script: string;
  /** The body's class, which the area's style sheet keys on. */
  bodyClass: string;
}

/** Bare module names the web app's ES modules import, mapped to the vendored copies under /static/vendor. */
const IMPORT_MAP = JSON.stringify({
  imports: {
    preact: '/static/vendor/preact.mjs',
    'preact/hooks': '/static/vendor/preact-hooks.mjs',
    htm: '/static/vendor/htm.mjs',
  },
});

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string);

/** The HTML shell of an area's page: one place for the head every such page shares. */
export function appPageHtml(page: AppPage): string {
  const styles = ['/static/css/base.css', ...page.styles]
    .map((href) => `<link rel="stylesheet" href="${escapeHtml(href)}" />`)
    .join('\n    ');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(page.title)}</title>
    ${styles}
    <script type="importmap">${IMPORT_MAP}</script>
    <script type="module" src="${escapeHtml(page.script)}"></script>
  </head>
  <body class="${escapeHtml(page.bodyClass)}">
    <div id="root" role="status">Loading…</div>
  </body>
</html>
`;
}

/** Answers with the page, never cached (the app reads the session and config at load). */
export function sendAppPage(reply: FastifyReply, page: AppPage): FastifyReply {
  return reply.header('Cache-Control', 'no-store').type('text/html; charset=utf-8').send(appPageHtml(page));
}
