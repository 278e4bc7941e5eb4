/**
 * The announcement banner the System Console's Site Configuration > Announcement Banner configures (client config
 * EnableBanner, BannerText, BannerColor, BannerTextColor, AllowBannerDismissal), as the web app's
 * TextDismissableBar draws it: `.announcement-bar` with the text in `.announcement-bar__text` and, when dismissal
 * is allowed, `.announcement-bar__close`. A dismissal is remembered in localStorage under `__announcement__<text>`
 * as the web app does, so a new text shows again and logging out (which clears localStorage) brings it back.
 */
import { dismissableBar } from './dismissable-bar.js';

const DISMISSED_PREFIX = '__announcement__';

export function showAnnouncementBanner(config) {
  // Only its own bar: the Preview Mode banner (preview-mode-banner.js) is also an `.announcement-bar`.
  document.querySelector('.announcement-bar:not(.announcement-bar--preview-mode)')?.remove();
  const text = config.BannerText ?? '';
  if (config.EnableBanner !== 'true' || text === '') return;
  if (localStorage.getItem(DISMISSED_PREFIX + text) === 'true') return;
  const message = document.createElement('div');
  // One line, cut with an ellipsis; the full text in the tooltip (the web app's singleline markdown).
  Object.assign(message.style, { whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' });
  message.textContent = text;
  message.title = text;
  dismissableBar({
    className: 'announcement-bar',
    colors: { background: config.BannerColor, text: config.BannerTextColor },
    gap: '8px',
    message,
    dismissable: config.AllowBannerDismissal === 'true',
    onDismiss: () => localStorage.setItem(DISMISSED_PREFIX + text, 'true'),
  });
}
