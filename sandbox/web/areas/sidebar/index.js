import { addStylesheet, h } from '/static/js/dom.js';
import { bindMenu } from '/static/js/menus.js';
import { openDeleteCategoryModal, openEditCategoryModal } from './modals.js';

/**
 * The sidebar's categories (Mattermost's SidebarCategory): Favorites (shown while it holds a channel) and the
 * user's custom categories above Channels and Direct Messages, each a `.SidebarChannelGroup` whose header button
 * is named by the category and whose "<name> category options" button opens the "Edit category menu" (Rename,
 * Delete, Create New Category). The page's channel items move into the category that holds them.
 */
export function install(host) {
  host.on('ready', (state) => {
    addStylesheet('/static/areas/sidebar/sidebar.css');
    const sidebar = new CategorySidebar(host, state);
    sidebar.refresh().catch((error) => console.error('sidebar categories failed to load', error));
  });
}

class CategorySidebar {
  constructor(host, state) {
    this.host = host;
    this.team = state.team;
    this.channelsList = document.getElementById('sidebarChannels');
    this.directList = document.getElementById('sidebarDirectMessages');
    this.groups = h('div', { id: 'sidebarCategories', className: 'SidebarCategories' });
    document.getElementById('channelsHeading').before(this.groups);
    // Each channel's item and its home list, in the order the page rendered them.
    this.items = state.channels.map((channel) => ({ channel, home: null, element: null }));
    for (const item of this.items) {
      item.element = document.getElementById(`sidebarItem_${channel(item).name}`)?.closest('li') ?? null;
      item.home = item.element?.parentElement ?? null;
    }
  }

  get path() {
    return `/users/me/teams/${this.team.id}/channels/categories`;
  }

  async refresh() {
    const { categories } = await this.host.api('GET', this.path);
    for (const item of this.items) if (item.element && item.home) item.home.append(item.element);
    const shown = categories.filter(
      (c) => c.type === 'custom' || (c.type === 'favorites' && c.channel_ids.length),
    );
    this.groups.replaceChildren(...shown.map((category) => this.group(category)));
  }

  group(category) {
    const list = h('ul', { className: 'NavGroupContent' });
    for (const id of category.channel_ids) {
      const item = this.items.find((candidate) => channel(candidate).id === id);
      if (item?.element) list.append(item.element);
    }
    const name = category.type === 'favorites' ? 'Favorites' : category.display_name;
    return h(
      'div',
      {
        className: 'SidebarChannelGroup a11y__section',
        'data-category-id': category.id,
        'data-testid': `sidebarCategory_${category.type}`,
      },
      h(
        'div',
        { className: 'SidebarChannelGroupHeader' },
        h(
          'button',
          {
            type: 'button',
            className: 'SidebarChannelGroupHeader_groupButton',
            'aria-label': name,
            'aria-expanded': 'true',
          },
          h('i', { className: 'icon icon-chevron-down', 'aria-hidden': 'true' }, '▾'),
          h('div', { className: 'SidebarChannelGroupHeader_text' }, name),
        ),
        this.menu(category, name),
      ),
      h('div', { className: 'SidebarChannelGroup_content' }, list),
    );
  }

  menu(category, name) {
    const button = h(
      'button',
      {
        type: 'button',
        id: `SidebarCategoryMenu-Button-${category.id}`,
        className: 'SidebarMenu_menuButton',
        'aria-label': `${name} category options`,
        'aria-haspopup': 'menu',
        'aria-expanded': 'false',
      },
      '⋮',
    );
    const item = (id, text, onclick) => h('button', { type: 'button', role: 'menuitem', id, onclick }, text);
    const items = [];
    if (category.type === 'custom') {
      items.push(
        item(`rename-${category.id}`, 'Rename Category', () => this.rename(category)),
        item(`delete-${category.id}`, 'Delete Category', () => this.remove(category)),
        h('hr', { className: 'menu-divider' }),
      );
    }
    items.push(item(`create-${category.id}`, 'Create New Category', () => this.create()));
    const menu = h(
      'div',
      {
        id: `SidebarChannelMenu-MenuList-${category.id}`,
        className: 'dropdown-menu',
        role: 'menu',
        'aria-label': 'Edit category menu',
        hidden: true,
      },
      ...items,
    );
    bindMenu(button, menu);
    return h('div', { className: 'SidebarMenu MenuWrapper' }, button, menu);
  }

  create() {
    openEditCategoryModal({
      onSave: async (displayName) => {
        await this.host.api('POST', this.path, { display_name: displayName, channel_ids: [] });
        await this.refresh();
      },
    });
  }

  rename(category) {
    openEditCategoryModal({
      initialName: category.display_name,
      onSave: async (displayName) => {
        await this.host.api('PUT', `${this.path}/${category.id}`, { ...category, display_name: displayName });
        await this.refresh();
      },
    });
  }

  remove(category) {
    openDeleteCategoryModal({
      category,
      onDelete: async () => {
        await this.host.api('DELETE', `${this.path}/${category.id}`);
        await this.refresh();
      },
    });
  }
}

const channel = (item) => item.channel;
