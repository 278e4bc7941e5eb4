/**
 * The Preview Mode banner (the web app's ConfigurationAnnouncementBar): while System Console > Notifications has
 * Enable Email Notifications false and Enable Preview Mode Banner true, a dismissable `.announcement-bar` says
 * "Preview Mode: Email notifications have not been configured." on every page, the System Console's included.
 * Its X hides it for this page only, as TextDismissableBar without a stored dismissal does.
 */
export const PREVIEW_MODE_TEXT = 'Preview Mode: Email notifications have not been configured.';

export function showPreviewModeBanner(config) {
  document.querySelector('.announcement-bar--preview-mode')?.remove();
  if (config.SendEmailNotifications === 'true' || config.EnablePreviewModeBanner !== 'true') return;
  const bar = document.createElement('div');
  bar.className = 'announcement-bar announcement-bar--preview-mode';
  bar.setAttribute('role', 'status');
  Object.assign(bar.style, {
    backgroundColor: '#2389d7',
    color: '#ffffff',
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    padding: '4px 32px',
    position: 'relative',
  });
  const message = document.createElement('div');
  message.className = 'announcement-bar__text';
  message.textContent = PREVIEW_MODE_TEXT;
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
    bar.remove();
  });
  bar.append(message, close);
  document.body.prepend(bar);
}
