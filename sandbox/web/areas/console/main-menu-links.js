/**
 * Main menu items that System Console settings switch on (Mattermost's main_menu.tsx): "Custom Emoji"
 * (`#customEmojis`, a link to the team's /emoji page, shown while Site Configuration > Emoji > Enable Custom Emoji
 * is true) and "Download Apps" (`#nativeAppLink`, an external link to Customization > Mattermost Apps Download
 * Page Link, shown while that link is set). They are added while the page announces `ready`, from the client
 * config it already read, so a menu opened at once never shows a stale list.
 */
export function addSettingLinks({ team, config }) {
  const menu = document.getElementById('sidebarDropdownMenu');
  if (!menu || !config) return;
  const before = menu.querySelector('#systemConsole') ?? menu.querySelector('#logout');
  if (config.EnableCustomEmoji === 'true') {
    menu.insertBefore(menuLink('customEmojis', 'Custom Emoji', `/${team.name}/emoji`), before);
  }
  if (config.AppDownloadLink) {
    const download = menuLink('nativeAppLink', 'Download Apps', config.AppDownloadLink);
    download.target = '_blank';
    download.rel = 'noopener noreferrer';
    menu.insertBefore(download, before);
  }
}

function menuLink(id, text, href) {
  const item = document.createElement('a');
  item.setAttribute('role', 'menuitem');
  item.id = id;
  item.href = href;
  item.textContent = text;
  item.style.textDecoration = 'none';
  return item;
}
