/**
 * The Preview Mode banner (the web app's ConfigurationAnnouncementBar): while System Console > Notifications has
 * Enable Email Notifications false and Enable Preview Mode Banner true, a dismissable `.announcement-bar` says
 * "Preview Mode: Email notifications have not been configured." on every page, the System Console's included.
 * Its X hides it for this page only, as TextDismissableBar without a stored dismissal does.
 */
import { dismissableBar } from './dismissable-bar.js';

export const PREVIEW_MODE_TEXT = 'Preview Mode: Email notifications have not been configured.';

export function showPreviewModeBanner(config) {
  document.querySelector('.announcement-bar--preview-mode')?.remove();
  if (config.SendEmailNotifications === 'true' || config.EnablePreviewModeBanner !== 'true') return;
  const message = document.createElement('div');
  message.textContent = PREVIEW_MODE_TEXT;
  dismissableBar({
    className: 'announcement-bar announcement-bar--preview-mode',
    colors: { background: '#2389d7', text: '#ffffff' },
    message,
    dismissable: true,
  });
}
