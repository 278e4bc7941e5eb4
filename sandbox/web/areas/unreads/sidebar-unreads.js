import { h } from '/static/js/dom.js';

/** The unread marks of the sidebar's channel items, read from the user's channel memberships. */
export class SidebarUnreads {
  constructor(host, state) {
    this.host = host;
    this.state = state;
    this.counts = new Map();
  }

  get channels() {
    return this.state.channels;
  }

  itemOf(channel) {
    return document.getElementById(`sidebarItem_${channel.name}`);
  }

  /** Reads every membership of the team, and the channels' message totals, and marks the items. */
  async refresh() {
    const team = `/users/me/teams/${this.state.team.id}`;
    const [members, channels] = await Promise.all([
      this.host.api('GET', `${team}/channels/members`),
      this.host.api('GET', `${team}/channels`),
    ]);
    this.counts = new Map(members.map((member) => [member.channel_id, member]));
    this.totals = new Map(channels.map((channel) => [channel.id, channel.total_msg_count]));
    for (const channel of this.channels) this.mark(channel);
  }

  /** Mattermost: a channel is unread when its message total passes what the member has read. */
  isUnread(channel) {
    const member = this.counts.get(channel.id);
    const total = this.totals?.get(channel.id) ?? channel.total_msg_count;
    return Boolean(member) && channel.id !== this.state.channel.id && total > member.msg_count;
  }

  mentions(channel) {
    if (channel.id === this.state.channel.id) return 0;
    return this.counts.get(channel.id)?.mention_count ?? 0;
  }

  mark(channel) {
    const link = this.itemOf(channel);
    if (!link) return;
    const mentions = this.mentions(channel);
    const unread = this.isUnread(channel) || mentions > 0;
    link.classList.toggle('unread-title', unread);
    link.closest('li')?.classList.toggle('unread', unread);
    link.querySelector('#unreadMentions')?.remove();
    // The real link names its channel and count in an aria-label; here the link keeps the channel's name.
    if (mentions > 0)
      link.append(
        h('span', { id: 'unreadMentions', className: 'badge', 'aria-hidden': 'true' }, String(mentions)),
      );
  }

  /** Views the channel: it is read up to now (Mattermost's viewMyChannel). */
  async view(channelId) {
    await this.host.api('POST', '/channels/members/me/view', { channel_id: channelId });
  }

  /** Marks the channel's latest post of someone else unread (the menu's "Mark as Unread"). */
  async markUnread(channel) {
    const { order, posts } = await this.host.api('GET', `/channels/${channel.id}/posts?per_page=30`);
    const me = this.state.user.id;
    const latest = order.map((id) => posts[id]).find((post) => post.user_id !== me) ?? posts[order[0]];
    if (!latest) return;
    const unread = await this.host.api('POST', `/users/me/posts/${latest.id}/set_unread`);
    this.counts.set(channel.id, { ...this.counts.get(channel.id), ...unread });
    await this.refresh();
  }

  async markRead(channel) {
    await this.view(channel.id);
    await this.refresh();
  }

  /** A post elsewhere makes its channel unread; one in the open channel is read at once. */
  async onPosted(event) {
    const channelId = event.broadcast?.channel_id;
    if (channelId === this.state.channel.id) {
      await this.view(channelId);
      return;
    }
    if (this.channels.some((item) => item.id === channelId)) await this.refresh();
  }
}
