/**
 * When the text before the caret is an at-mention being typed, and what the list offers for it, as Mattermost's
 * AtMentionProvider decides: the "@" must start the text or follow a non-word character (so "example@" offers
 * nothing), a prefix already completed or known to match no one is not asked again, and the users come from
 * `GET /users/autocomplete` (the channel's members, then the team's others) with @here, @channel and @all.
 */
const AT_MENTION = /(?:^|\W)([@＠]([\p{L}\d\-_. ]*))$/iu;
const SPECIAL = ['here', 'channel', 'all'];

export class MentionProvider {
  constructor(api) {
    this.api = api;
    this.lastCompletedWord = '';
    this.lastPrefixWithNoResults = '';
  }

  /** The mention being typed in `pretext`: {matched: "@jo", prefix: "jo"}, or undefined. */
  mentionIn(pretext) {
    const captured = AT_MENTION.exec(pretext.toLowerCase());
    if (!captured) return undefined;
    const prefix = captured[2];
    if (this.lastCompletedWord && prefix.trim().startsWith(this.lastCompletedWord.trim())) return undefined;
    if (this.lastPrefixWithNoResults && prefix.startsWith(this.lastPrefixWithNoResults)) return undefined;
    return { matched: captured[1], prefix };
  }

  /** The groups of suggestions for `prefix` in `channel` (Channel Members, Special Mentions, Not in Channel). */
  async groupsFor(prefix, { channel, team, me }) {
    const query = new URLSearchParams({ name: prefix.trim(), in_channel: channel.id });
    if (team?.id && channel.team_id) query.set('in_team', team.id);
    const found = await this.api('GET', `/users/autocomplete?${query}`);
    const mark = (user) => ({ ...user, isCurrentUser: user.id === me.id });
    const conversation = channel.type === 'D' || channel.type === 'G';
    const special = conversation ? [] : SPECIAL.filter((name) => name.startsWith(prefix));
    const groups = [
      { key: 'members', label: 'Channel Members', items: (found.users ?? []).map(mark) },
      { key: 'specialMentions', label: 'Special Mentions', items: special.map((username) => ({ username })) },
      { key: 'nonMembers', label: 'Not in Channel', items: (found.out_of_channel ?? []).map(mark) },
    ].filter((group) => group.items.length > 0);
    this.lastPrefixWithNoResults = groups.length === 0 ? prefix : '';
    return groups;
  }

  completed(username) {
    this.lastCompletedWord = username;
    this.lastPrefixWithNoResults = '';
  }

  /** A fresh start when the box empties (a sent message, a new edit). */
  reset() {
    this.lastCompletedWord = '';
    this.lastPrefixWithNoResults = '';
  }
}
