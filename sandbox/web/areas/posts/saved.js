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
    // Called at install, before the page knows the user: "me" is the signed-in user. All preferences, as the web
    // app loads them: the category's own endpoint answers 404 while it is empty (a console error on every page).
    const preferences = await this.host.api('GET', '/users/me/preferences').catch(() => []);
    this.ids = new Set(
      preferences.filter((p) => p.category === FLAGGED_POST && p.value === 'true').map((p) => p.name),
    );
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
