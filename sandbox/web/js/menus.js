/** A button that opens a `role=menu` list; closes on Escape, outside clicks and item choice. */
// Plain items and the radio items of a choice (the account menu's statuses).
const MENU_ITEMS = '[role="menuitem"], [role="menuitemradio"]';

export function bindMenu(button, menu) {
  const close = () => {
    menu.hidden = true;
    button.setAttribute('aria-expanded', 'false');
  };
  const open = () => {
    menu.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    menu.querySelector('[role="menuitem"]')?.focus();
  };
  button.addEventListener('click', (event) => {
    event.stopPropagation();
    if (menu.hidden) open();
    else close();
  });
  menu.addEventListener('click', (event) => {
    if (event.target.closest(MENU_ITEMS)) close();
  });
  menu.addEventListener('keydown', (event) => moveFocus(menu, event, close, button));
  document.addEventListener('click', (event) => {
    if (!menu.hidden && !menu.contains(event.target)) close();
  });
  return { open, close };
}

function moveFocus(menu, event, close, button) {
  const items = [...menu.querySelectorAll(MENU_ITEMS)];
  const index = items.indexOf(document.activeElement);
  if (event.key === 'Escape') {
    close();
    button.focus();
  } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    event.preventDefault();
    const step = event.key === 'ArrowDown' ? 1 : -1;
    items[(index + step + items.length) % items.length]?.focus();
  }
}

/**
 * A new item `id` for the main menu (#sidebarDropdownMenu), for the area that owns it to place; undefined when the
 * page has no main menu or already has that item.
 */
export function newMainMenuItem(id, label, onClick) {
  const menu = document.getElementById('sidebarDropdownMenu');
  if (!menu || menu.querySelector(`#${id}`)) return undefined;
  const item = document.createElement('button');
  item.type = 'button';
  item.setAttribute('role', 'menuitem');
  item.id = id;
  item.textContent = label;
  item.addEventListener('click', onClick);
  return { menu, item };
}
