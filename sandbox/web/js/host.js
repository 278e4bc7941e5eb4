import { api } from './api.js';

/**
 * What the channel page offers its areas (`sandbox/web/areas/<name>/index.js`, each exporting `install(host)`):
 * the REST client, the signed-in user, and events the page emits as it works, so that an area adds its part
 * (a post menu, the right-hand sidebar, a header button) without the page knowing the area.
 *
 * `host.state` holds {team, channels, channel, user, postList, config (the client config)} from before the first
 * post renders;
 * `host.session.user` is the signed-in user as the settings last saved it.
 * Events: `ready` (the same state) once the channel view is usable; `post`
 * {post, element, author} for each post element rendered; `searchResult` {post, element} for each message search
 * result shown; `websocket` (the server event) for each live event.
 * `host.onSend(handler)`: handler({message, channel, postList, textbox, error}) resolves true when it took the
 * message the user sent from the message box (a slash command), so it is not posted as text.
 * `host.addDraftPart(part)`: part {fields(), hasContent(), clear()} adds to the message being written (attached
 * files): its fields go into the new post, a draft with content is sent without text, and it is cleared once posted.
 * `host.beforeReveal(handler)`: handler(state) is awaited before the view appears, for what must be on screen
 * from the first look (the sidebar's unread marks: an absence checked at once must not precede them).
 */
export class AreaHost {
  constructor() {
    this.api = api;
    this.listeners = new Map();
    this.state = {};
    this.senders = [];
    this.draftParts = [];
    this.revealHandlers = [];
  }

  addDraftPart(part) {
    this.draftParts.push(part);
  }

  /** The fields the areas add to the post being sent ({file_ids}). */
  draftFields() {
    return Object.assign({}, ...this.draftParts.map((part) => part.fields()));
  }

  draftHasContent() {
    return this.draftParts.some((part) => part.hasContent());
  }

  clearDraft() {
    for (const part of this.draftParts) part.clear();
  }

  beforeReveal(handler) {
    this.revealHandlers.push(handler);
  }

  /** Runs the areas' beforeReveal handlers; one that fails is reported and the view still appears. */
  async reveal(state) {
    for (const handler of this.revealHandlers) {
      try {
        await handler(state);
      } catch (error) {
        console.error('area beforeReveal handler failed', error);
      }
    }
  }

  onSend(handler) {
    this.senders.push(handler);
  }

  /** Offers a message to the areas' send handlers in turn; true when one took it. */
  async send(message) {
    for (const handler of this.senders) if (await handler(message)) return true;
    return false;
  }

  on(event, listener) {
    if (!this.listeners.has(event)) this.listeners.set(event, []);
    this.listeners.get(event).push(listener);
  }

  emit(event, payload) {
    if (event === 'ready') Object.assign(this.state, payload);
    for (const listener of this.listeners.get(event) ?? []) {
      try {
        listener(payload);
      } catch (error) {
        // One broken area must not take the channel view down with it; the console names it.
        console.error(`area listener for "${event}" failed`, error);
      }
    }
  }
}

/** Imports and installs every area the server lists; an area that fails to load is reported, not fatal. */
export async function installAreas(host) {
  const { default: modules } = await import('/static/js/area-modules.js');
  for (const url of modules) {
    try {
      const area = await import(url);
      await area.install(host);
    } catch (error) {
      console.error(`sandbox area ${url} failed to install`, error);
    }
  }
}
