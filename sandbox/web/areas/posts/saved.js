/**
 * The user's saved ("flagged") messages, as Mattermost keeps them: preferences of category `flagged_post` (name =
 * post id, value "true"), saved with PUT /users/{id}/preferences and removed with POST …/preferences/delete; the
 * list comes from GET /users/{id}/posts/flagged (the saved area of the server).
 */
export const FLAGGED_POST = 'flagged_post';

export class SavedPosts {
  constructor(host) {
    this.host = host;
    this.ids = new Set();
  }

  async load() {
    // Called at install, before the page knows the user: "me" is the signed-in user. 404 when the user has saved nothing (Mattermost answers so for an empty category).
    const saved = await this.host.api('GET', `/users/me/preferences/${FLAGGED_POST}`).catch(() => []);
    this.ids = new Set(saved.filter((preference) => preference.value === 'true').map((p) => p.name));
  }

  has(postId) {
    return this.ids.has(postId);
  }

  async toggle(postId) {
    const me = this.host.state.user.id;
    const preference = { user_id: me, category: FLAGGED_POST, name: postId, value: 'true' };
    if (this.ids.has(postId)) {
      await this.host.api('POST', `/users/${me}/preferences/delete`, [preference]);
      this.ids.delete(postId);
    } else {
      await this.host.api('PUT', `/users/${me}/preferences`, [preference]);
      this.ids.add(postId);
    }
  }

  async list() {
    return this.host.api('GET', `/users/${this.host.state.user.id}/posts/flagged`);
  }
}
