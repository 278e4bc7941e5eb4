import { logOut } from '/static/js/session.js';
import { html, useEffect, useState } from '/static/js/ui.js';

/**
 * The System Console header's menu (admin_sidebar_header + AdminNavbarDropdown): the "Menu Icon" button opens the
 * "Admin Console Menu" with "Switch to <team>" for each of the admin's teams (or "Team Selection" without one),
 * the external links of an unlicensed server, and Log Out. "About <site>" is left out: the sandbox has no About
 * dialog to open.
 */
const LINKS = [
  // The text Cypress' main_menu_spec (MM-T910) finds; the href is the self-hosted (not cloud) one.
  { text: "Administrator's Guide", url: 'https://docs.mattermost.com/guides/administration.html' },
  {
    text: 'Troubleshooting Forum',
    url: 'https://forum.mattermost.com/t/how-to-use-the-troubleshooting-forum/150',
  },
  // Unlicensed servers link out; licensed ones open the Commercial Support dialog instead.
  { text: 'Commercial Support', url: 'https://mattermost.com/support/' },
];

const byDisplayName = (a, b) => a.display_name.localeCompare(b.display_name);

function TeamItems({ teams }) {
  if (teams.length === 0) {
    return html`<li role="menuitem"><a href="/select_team">Team Selection</a></li>`;
  }
  return [...teams]
    .sort(byDisplayName)
    .map(
      (team) =>
        html`<li role="menuitem" key=${team.name}><a href=${`/${team.name}`}>Switch to ${team.display_name}</a></li>`,
    );
}

export function NavbarMenu({ teams }) {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    if (!open) return undefined;
    const close = (event) => {
      if (event.key === 'Escape') setOpen(false);
    };
    document.addEventListener('keydown', close);
    return () => document.removeEventListener('keydown', close);
  }, [open]);
  return html`
    <div class="AdminSidebarHeader__menu">
      <button type="button" class="style--none" aria-label="Menu Icon" aria-haspopup="menu" aria-expanded=${open}
        onClick=${() => setOpen(!open)}>
        <span class="menu-icon" aria-hidden="true">☰</span>
      </button>
      ${
        open
          ? html`<ul class="dropdown-menu" role="menu" aria-label="Admin Console Menu">
              <${TeamItems} teams=${teams} />
              <li class="menu-divider" role="separator"></li>
              ${LINKS.map(
                (link) => html`<li role="menuitem" key=${link.text}>
                  <a href=${link.url} target="_blank" rel="noopener noreferrer">${link.text}</a>
                </li>`,
              )}
              <li class="menu-divider" role="separator"></li>
              <li role="menuitem"><button type="button" class="style--none" onClick=${logOut}>Log Out</button></li>
            </ul>`
          : null
      }
    </div>
  `;
}
