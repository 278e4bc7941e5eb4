/**
 * The backstage Integrations pages (`/{team}/integrations/...`): the kinds of integration, then for incoming
 * webhooks, outgoing webhooks and slash commands a list, an add form, an edit form and the "Setup Successful"
 * page. Ids, classes and texts are the real web app's (components/integrations, components/backstage).
 */
import { api } from '/static/js/api.js';
import { html, render } from '/static/js/ui.js';
import { ConfirmIntegration } from './confirm.js';
import { EditPage } from './forms.js';
import { KINDS } from './kinds.js';
import { InstalledList } from './lists.js';

async function boot() {
  const [, teamName, , ...rest] = window.location.pathname.split('/');
  let me;
  try {
    me = await api('GET', '/users/me');
  } catch {
    window.location.replace(`/login?redirect_to=${encodeURIComponent(window.location.pathname)}`);
    return;
  }
  const team = await api('GET', `/teams/name/${encodeURIComponent(teamName)}`);
  const [config, channels] = await Promise.all([
    api('GET', '/config/client?format=old'),
    api('GET', `/users/me/teams/${team.id}/channels`),
  ]);
  document.title = `Integrations - ${team.display_name} ${config.SiteName}`;
  const context = { me, team, config, channels, base: `/${team.name}/integrations` };
  const root = document.getElementById('root');
  root.removeAttribute('role');
  root.textContent = '';
  render(html`<${Backstage} context=${context} path=${rest.filter(Boolean)} />`, root);
}

function Backstage({ context, path }) {
  return html`
    <div class="backstage-navbar" data-testid="backstage-navbar">
      <a class="backstage-navbar__back" href=${`/${context.team.name}/channels/town-square`}>
        ${`Back to ${context.team.display_name}`}
      </a>
    </div>
    <div class="backstage-body">
      <${Sidebar} base=${context.base} />
      <${Page} context=${context} path=${path} />
    </div>
  `;
}

function Sidebar({ base }) {
  return html`
    <nav class="backstage-sidebar" aria-label="Integrations">
      <ul>
        <li class="category-title"><a href=${base}>Integrations</a></li>
        ${Object.values(KINDS).map(
          (kind) =>
            html`<li><a id=${`${kind.optionId}Sidebar`} href=${`${base}/${kind.listPath}`}>${kind.title}</a></li>`,
        )}
      </ul>
    </nav>
  `;
}

/** Which page the URL names: "", "<kind>", "<kind>/add", "<kind>/edit?id=", "confirm?type=&id=". */
function Page({ context, path }) {
  const params = new URLSearchParams(window.location.search);
  const [first, second, third] = path;
  if (!first) return html`<${Home} base=${context.base} />`;
  if (first === 'confirm' || second === 'confirm') {
    const kind = Object.values(KINDS).find((k) => k.type === params.get('type'));
    if (kind) return html`<${ConfirmIntegration} context=${context} kind=${kind} id=${params.get('id')} />`;
  }
  const kind = Object.values(KINDS).find((k) => k.type === first);
  if (!kind) return html`<div class="backstage-content"><p>This page does not exist.</p></div>`;
  const action = first === 'commands' ? (third ?? (second === 'installed' ? undefined : second)) : second;
  if (first === 'commands' && !second) {
    window.location.replace(`${context.base}/commands/installed`);
    return null;
  }
  if (action === 'add') return html`<${EditPage} context=${context} kind=${kind} />`;
  if (action === 'edit') return html`<${EditPage} context=${context} kind=${kind} id=${params.get('id')} />`;
  return html`<${InstalledList} context=${context} kind=${kind} />`;
}

function Home({ base }) {
  return html`
    <div class="backstage-content row">
      <div class="backstage-header"><h1>Integrations</h1></div>
      <div class="integrations-list">
        ${Object.values(KINDS).map(
          (kind) => html`
            <a id=${kind.optionId} class="integration-option" href=${`${base}/${kind.listPath}`}>
              <div class="integration-option__title">${kind.title}</div>
              <div class="integration-option__description">${kind.description}</div>
            </a>
          `,
        )}
      </div>
    </div>
  `;
}

boot().catch((error) => {
  const root = document.getElementById('root');
  root.textContent = `Unable to load the integrations: ${error.message}`;
});
