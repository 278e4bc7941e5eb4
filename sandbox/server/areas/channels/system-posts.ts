import type { SandboxContext } from '../../context';
import type { ChannelRow } from '../../db/channels';
import type { UserRow } from '../../db/users';

type Changed = 'header' | 'purpose' | 'display_name';

/**
 * The system messages Mattermost posts when a channel's header, purpose or display name changes
 * (app/channel.go PostUpdateChannel*Message): the post is the changer's, its type says what changed, its props
 * keep the old and new values (the web app renders from them) and its message is the server's English text.
 */
const KINDS: Record<
  Changed,
  { type: string; oldProp: string; newProp: string; noun: string; removed: string }
> = {
  header: {
    type: 'system_header_change',
    oldProp: 'old_header',
    newProp: 'new_header',
    noun: 'channel header',
    removed: 'removed the channel header',
  },
  purpose: {
    type: 'system_purpose_change',
    oldProp: 'old_purpose',
    newProp: 'new_purpose',
    noun: 'channel purpose',
    removed: 'removed the channel purpose',
  },
  display_name: {
    type: 'system_displayname_change',
    oldProp: 'old_displayname',
    newProp: 'new_displayname',
    noun: 'channel display name',
    removed: 'removed the channel display name',
  },
};

/** The English message of a change, as Mattermost's server words it (from: … to: …, "to:" alone when new). */
export function changeMessage(field: Changed, username: string, before: string, after: string): string {
  const kind = KINDS[field];
  if (!after) return `${username} ${kind.removed} (was: ${before})`;
  if (!before) return `${username} updated the ${kind.noun} to: ${after}`;
  return `${username} updated the ${kind.noun} from: ${before} to: ${after}`;
}

/** Posts one system message per changed field and sends it to the channel's members. */
export function postChangeMessages(
  ctx: SandboxContext,
  before: ChannelRow,
  after: ChannelRow,
  user: UserRow,
): void {
  for (const field of Object.keys(KINDS) as Changed[]) {
    if (before[field] === after[field]) continue;
    const kind = KINDS[field];
    const post = ctx.stores.posts.create({
      channel_id: after.id,
      user_id: user.id,
      message: changeMessage(field, user.username, before[field], after[field]),
      type: kind.type,
      props: { username: user.username, [kind.oldProp]: before[field], [kind.newProp]: after[field] },
    });
    ctx.stores.channels.recordPost(after.id, post.create_at);
    ctx.hub.publishPost(after, post, user);
  }
}

/** Mattermost's system_change_chan_privacy post, worded by the new privacy. */
export function postPrivacyMessage(ctx: SandboxContext, channel: ChannelRow, user: UserRow): void {
  const message =
    channel.type === 'P'
      ? 'This channel has been converted to a Private Channel.'
      : 'This channel has been converted to a Public Channel and can be joined by any team member.';
  const post = ctx.stores.posts.create({
    channel_id: channel.id,
    user_id: user.id,
    message,
    type: 'system_change_chan_privacy',
    props: { username: user.username },
  });
  ctx.stores.channels.recordPost(channel.id, post.create_at);
  ctx.hub.publishPost(channel, post, user);
}
