/**
 * The announcement banner the System Console's Site Configuration > Announcement Banner configures (client config
 * EnableBanner, BannerText, BannerColor, BannerTextColor, AllowBannerDismissal), as the web app's
 * TextDismissableBar draws it: `.announcement-bar` with the text in `.announcement-bar__text` and, when dismissal
 * is allowed, `.announcement-bar__close`. A dismissal is remembered in localStorage under `__announcement__<text>`
 * as the web app does, so a new text shows again and logging out (which clears localStorage) brings it back.
 */
const DISMISSED_PREFIX = '__announcement__';

export function showAnnouncementBanner(config) {
  // Only its own bar: the Preview Mode banner (preview-mode-banner.js) is also an `.announcement-bar`.
  document.querySelector('.announcement-bar:not(.announcement-bar--preview-mode)')?.remove();
  const text = config.BannerText ?? '';
  if (config.EnableBanner !== 'true' || text === '') return;
  if (localStorage.getItem(DISMISSED_PREFIX + text) === 'true') return;
  const bar = document.createElement('div');
  bar.className = 'announcement-bar';
  bar.setAttribute('role', 'status');
  Object.assign(bar.style, {
    backgroundColor: config.BannerColor,
    color: config.BannerTextColor,
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    gap: '8px',
    padding: '4px 32px',
    position: 'relative',
  });
  const message = document.createElement('div');
  message.className = 'announcement-bar__text';
  // One line, cut with an ellipsis; the full text in the tooltip (the web app's singleline markdown).
  Object.assign(message.style, { whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' });
  message.textContent = text;
  message.title = text;
  bar.append(message);
  if (config.AllowBannerDismissal === 'true') bar.append(closeButton(text, bar));
  document.body.prepend(bar);
}

function closeButton(text, bar) {
  const close = document.createElement('a');
  close.href = '#';
  close.className = 'announcement-bar__close';
  close.setAttribute('aria-label', 'Close');
  close.textContent = '×';
  Object.assign(close.style, {
    color: 'inherit',
    position: 'absolute',
    right: '12px',
    textDecoration: 'none',
  });
  close.addEventListener('click', (event) => {
    event.preventDefault();
    localStorage.setItem(DISMISSED_PREFIX + text, 'true');
    bar.remove();
  });
  return close;
}
