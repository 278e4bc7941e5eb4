import { html, useState } from '/static/js/ui.js';
import { NavbarMenu } from './navbar-menu.js';

/** Whether a section matches the "Find settings" filter: its name, or a label or help text of its settings. */
function matches(section, filter) {
  if (!filter) return true;
  const needle = filter.toLowerCase();
  const texts = [section.name, ...section.settings.flatMap((setting) => [setting.label, setting.help])];
  return texts.some((text) => text.toLowerCase().includes(needle));
}

/** The console's left-hand side: header, "Find settings", categories (test id = category id) and section links. */
export function AdminSidebar({ definition, current, me, teams }) {
  const [filter, setFilter] = useState('');
  const categories = definition.categories
    .map((category) => ({
      category,
      sections: definition.sections.filter(
        (section) => section.category === category.id && matches(section, filter),
      ),
    }))
    .filter(({ sections }) => sections.length > 0);
  return html`
    <div class="admin-sidebar" data-testid="admin-sidebar">
      <div id="admin-sidebar-header" class="AdminSidebarHeader">
        <div class="header__info">
          <div class="team__name">System Console</div>
          <div class="user__name">@${me.username}</div>
        </div>
        <${NavbarMenu} teams=${teams} />
      </div>
      <div class="filter-container">
        <input
          id="adminSidebarFilter"
          class="filter"
          type="text"
          placeholder="Find settings"
          aria-label="Find settings"
          value=${filter}
          onInput=${(event) => setFilter(event.currentTarget.value)}
        />
      </div>
      <div class="nav-pills__container">
        <ul class="nav nav-pills nav-stacked">
          ${categories.map(({ category, sections }) => html`<${Category} category=${category} sections=${sections} current=${current} />`)}
        </ul>
      </div>
    </div>
  `;
}

function Category({ category, sections, current }) {
  return html`
    <li class="sidebar-category" data-testid=${category.id}>
      <div class="sidebar-category-title">
        <div class="category-title">${category.title}</div>
      </div>
      <ul class="sidebar-category-sections">
        ${sections.map(
          (section) => html`
            <li class="sidebar-section" key=${section.url}>
              <a
                class=${`sidebar-section-title${section === current ? ' sidebar-section-title--active' : ''}`}
                id=${`sidebarItem_${section.url.split('/').pop()}`}
                href=${`/admin_console/${section.url}`}
              >
                <div class="sidebar-section-title-text">${section.name}</div>
              </a>
            </li>
          `,
        )}
      </ul>
    </li>
  `;
}
