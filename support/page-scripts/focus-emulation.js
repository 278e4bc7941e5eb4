// Injected into every document of a browser session before the app's scripts (context.addInitScript).
// Headless Playwright pages always report themselves visible and focused, even in a background tab, so a
// tab's visibility is emulated here: document.visibilityState / hidden / hasFocus() follow a per-tab flag
// kept in sessionStorage (it survives the reloads an app does while in the background), and switching it
// fires the visibilitychange and focus/blur events a real browser fires. Plain JS: it is injected as text.
(() => {
  const KEY = '__casebook_tab_visibility';
  const stored = () => {
    try {
      return sessionStorage.getItem(KEY);
    } catch {
      return null;
    }
  };
  let visible = stored() !== 'hidden';
  Object.defineProperty(Document.prototype, 'visibilityState', {
    configurable: true,
    get: () => (visible ? 'visible' : 'hidden'),
  });
  Object.defineProperty(Document.prototype, 'hidden', { configurable: true, get: () => !visible });
  Document.prototype.hasFocus = () => visible;
  window.__casebookSetTabVisible = (next) => {
    try {
      sessionStorage.setItem(KEY, next ? 'visible' : 'hidden');
    } catch {
      // storage can be unavailable (opaque origins): the flag then lasts until the next navigation
    }
    if (next === visible) return;
    visible = next;
    document.dispatchEvent(new Event('visibilitychange'));
    window.dispatchEvent(new Event(next ? 'focus' : 'blur'));
  };
})();
