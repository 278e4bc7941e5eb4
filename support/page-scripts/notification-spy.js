// Injected into every document of a browser session before the app's scripts (context.addInitScript).
// Playwright has no notification API, so window.Notification is replaced by a subclass that still shows the
// real notification and reports each one to Node through the exposed binding __casebookOnNotification, which,
// unlike page state, survives reloads and navigations. Plain JS on purpose: it is injected as text.
(() => {
  const Native = window.Notification;
  if (!Native || Native.casebookSpy) return;
  // chrome-headless-shell has no notification service: Notification.permission reads "denied" even when the
  // context granted it (the permissions API and requestPermission() say "granted", and notifications are still
  // created). Report the granted state, as the full browser does, so apps that check it before every
  // notification behave as they would for a tester.
  let grantedToContext = false;
  navigator.permissions?.query({ name: 'notifications' }).then(
    (status) => {
      grantedToContext = status.state === 'granted';
      status.onchange = () => {
        grantedToContext = status.state === 'granted';
      };
    },
    () => {},
  );
  class CapturedNotification extends Native {
    static casebookSpy = true;
    static get permission() {
      return grantedToContext && Native.permission === 'denied' ? 'granted' : Native.permission;
    }
    static requestPermission(callback) {
      return Native.requestPermission(callback);
    }
    constructor(title, options = {}) {
      super(title, options);
      const report = window.__casebookOnNotification;
      if (typeof report !== 'function') return;
      report({
        title: String(title),
        body: String(options.body ?? ''),
        tag: String(options.tag ?? ''),
        requireInteraction: Boolean(options.requireInteraction),
        url: location.href,
        at: Date.now(),
      });
    }
  }
  window.Notification = CapturedNotification;
})();
