import { useMilitaryTime } from './preferences.js';

/**
 * Builds an element: `h('button', {id: 'x', className: 'btn', onclick}, 'text', child)`.
 * Text always goes through text nodes, never innerHTML, so user content cannot inject markup.
 */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
    else if (name === 'className') element.className = value;
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces an element's children. */
export function setChildren(element, ...children) {
  element.replaceChildren();
  append(element, children);
}

/** "November 29, 2026, 1:05 PM", the way Mattermost shows session times. */
export function formatDateTime(timestamp) {
  const date = new Date(timestamp);
  const day = date.toLocaleDateString('en-US', { month: 'long', day: '2-digit', year: 'numeric' });
  return `${day}, ${formatTime(timestamp)}`;
}

/** "4:05 PM", or "16:05" when the user chose the 24-hour clock (Settings > Display > Clock Display). */
export function formatTime(timestamp) {
  // hourCycle h23, not hour12: false, which some engines render as "24:05" just after midnight.
  const clock = useMilitaryTime() ? { hour: '2-digit', hourCycle: 'h23' } : { hour: 'numeric', hour12: true };
  return new Date(timestamp).toLocaleTimeString('en-US', { ...clock, minute: '2-digit' });
}

/** Links an area's stylesheet once (an area installs on every channel page, and may install again). */
export function addStylesheet(href) {
  if (document.querySelector(`link[href="${href}"]`)) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  document.head.append(link);
}
