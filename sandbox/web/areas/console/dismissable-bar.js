/**
 * The web app's TextDismissableBar, which both the announcement banner and the Preview Mode banner are:
 * `.announcement-bar` (role status) at the top of the page, the text in `.announcement-bar__text` and, when it may be
 * dismissed, `.announcement-bar__close` ("×", aria-label Close), which removes the bar and calls `onDismiss`.
 */
export function dismissableBar({ className, colors, gap, message, dismissable, onDismiss }) {
  const bar = document.createElement('div');
  bar.className = className;
  bar.setAttribute('role', 'status');
  Object.assign(bar.style, {
    backgroundColor: colors.background,
    color: colors.text,
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    ...(gap ? { gap } : {}),
    padding: '4px 32px',
    position: 'relative',
  });
  message.classList.add('announcement-bar__text');
  bar.append(message);
  if (dismissable) bar.append(closeButton(bar, onDismiss));
  document.body.prepend(bar);
  return bar;
}

function closeButton(bar, onDismiss) {
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
    onDismiss?.();
    bar.remove();
  });
  return close;
}
