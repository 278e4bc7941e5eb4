// Injected into every document of a browser session before the app's scripts (context.addInitScript).
// Playwright has no notification API, so window.Notification is replaced by a subclass that still shows the
// real notification and reports each one to Node through the exposed binding __casebookOnNotification, which,
// unlike page state, survives reloads and navigations. Plain JS on purpose: it is injected as text.
(() => {
  const Native = window.Notification;
  if (!Native || Native.casebookSpy) return;
  class CapturedNotification extends Native {
    static casebookSpy = true;
    static get permission() {
      return Native.permission;
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
