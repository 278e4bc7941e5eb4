let requestedPermission = false;

/**
 * Mattermost's showNotification: asks for permission once if needed, then raises a Notification tagged with its
 * body. Resolves to a function that closes it.
 */
export async function showNotification({ title, body, requireInteraction = false, silent = false }) {
  if (!('Notification' in window)) throw new Error('Notification API is not supported');
  if (Notification.permission !== 'granted') {
    if (requestedPermission) return () => {};
    requestedPermission = true;
    const permission = await Notification.requestPermission();
    if (permission !== 'granted') return () => {};
  }
  const notification = new Notification(title, { body, tag: body, requireInteraction, silent });
  notification.onclick = () => {
    window.focus();
    notification.close();
  };
  if (!requireInteraction) setTimeout(() => notification.close(), 5000);
  return () => notification.close();
}
