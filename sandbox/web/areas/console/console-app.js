/**
 * The System Console page (`/admin_console/...`), drawn from the server's table of sections and settings
 * (`/static/areas/console/definition.json`, built from `sandbox/server/areas/console/definition.ts`). Element ids,
 * test ids, classes and texts are the real web app's (admin_sidebar, schema_admin_settings, SaveButton, FormError).
 */
import { api } from '/static/js/api.js';
import { html, render } from '/static/js/ui.js';
import { showPreviewModeBanner } from './preview-mode-banner.js';
import { SectionPage } from './section-page.js';
import { AdminSidebar } from './sidebar.js';
import { USER_DETAIL_PATH, UserDetail } from './user-detail.js';
import { UsersPage } from './users-page.js';

async function boot() {
  let me;
  try {
    me = await api('GET', '/users/me');
  } catch {
    window.location.replace(`/login?redirect_to=${encodeURIComponent(window.location.pathname)}`);
    return;
  }
  // Mattermost sends a user without the system console permission back to their default channel.
  if (!me.roles.split(' ').includes('system_admin')) {
    window.location.replace('/');
    return;
  }
  const [definition, clientConfig, teams] = await Promise.all([
    fetch('/static/areas/console/definition.json').then((response) => response.json()),
    api('GET', '/config/client?format=old'),
    api('GET', '/users/me/teams'),
  ]);
  const section = sectionAt(definition, window.location.pathname);
  if (!section) {
    window.location.replace(`/admin_console/${definition.sections[0].url}`);
    return;
  }
  document.title = `System Console - ${clientConfig.SiteName}`;
  showPreviewModeBanner(clientConfig);
  const root = document.getElementById('root');
  root.removeAttribute('role');
  render(
    html`<${ConsoleLayout} definition=${definition} section=${section} me=${me} teams=${teams} />`,
    root,
  );
}

function sectionAt(definition, pathname) {
  // A user's detail page belongs to System Console > Users (the sidebar keeps Users selected).
  if (USER_DETAIL_PATH.test(pathname)) return definition.sections.find((section) => section.page === 'users');
  const path = pathname.replace(/^\/admin_console\/?/, '').replace(/\/$/, '');
  return definition.sections.find((section) => section.url === path);
}

function ConsoleLayout({ definition, section, me, teams }) {
  const team = teams[0];
  return html`
    <div class="admin-console-layout">
      <div class="backstage-navbar" data-testid="backstage-navbar">
        <a class="backstage-navbar__back" data-testid="backstage-navbar-back" href=${team ? `/${team.name}/channels/town-square` : '/'}>
          ${team ? `Back to ${team.display_name}` : 'Back'}
        </a>
      </div>
      <div class="admin-console-body">
        <${AdminSidebar} definition=${definition} current=${section} me=${me} teams=${teams} />
        <div id="adminConsoleWrapper" class="admin-console__wrapper">
          <${SectionContent} section=${section} me=${me} />
        </div>
      </div>
    </div>
  `;
}

function SectionContent({ section, me }) {
  const detail = window.location.pathname.match(USER_DETAIL_PATH);
  if (detail) return html`<${UserDetail} userId=${detail[1]} me=${me} />`;
  if (section.page === 'users') return html`<${UsersPage} me=${me} />`;
  return html`<${SectionPage} section=${section} key=${section.url} />`;
}

boot().catch((error) => {
  document.getElementById('root').textContent = `The System Console failed to load: ${error.message}`;
});
