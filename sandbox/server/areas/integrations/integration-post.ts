import type { SandboxContext } from '../../context';
import type { ChannelRow } from '../../db/channels';
import type { PostRow } from '../../db/posts';
import { AppError } from '../../errors';
import { integrationSettings } from './settings';

/** What an integration (webhook, slash command response) asks to post. */
export interface IntegrationMessage {
  channel: ChannelRow;
  /** The integration's owner: the post is theirs, shown with the BOT tag. */
  userId: string;
  text: string;
  username?: string;
  iconUrl?: string;
  attachments?: unknown[];
  rootId?: string;
  /** Extra props Mattermost sets for this kind of integration (webhook_display_name, …). */
  props?: Record<string, unknown>;
}

/**
 * Posts an integration's message as Mattermost does (app.CreateWebhookPost): `from_webhook: "true"`, the payload's
 * username and icon only when the System Console allows overriding them, attachments kept in props.
 */
export function postFromIntegration(ctx: SandboxContext, message: IntegrationMessage): PostRow {
  const settings = integrationSettings(ctx.stores.db);
  const props: Record<string, unknown> = { ...message.props, from_webhook: 'true' };
  if (settings.EnablePostUsernameOverride && message.username) props.override_username = message.username;
  if (settings.EnablePostIconOverride && message.iconUrl) props.override_icon_url = message.iconUrl;
  if (message.attachments?.length) props.attachments = message.attachments;
  if (message.channel.delete_at > 0) {
    throw new AppError(
      'api.post.create_post.can_not_post_to_deleted.error',
      'Can not post to deleted channel.',
      400,
    );
  }
  const author = ctx.stores.users.byId(message.userId);
  if (!author) throw new AppError('web.incoming_webhook.user.app_error', "Couldn't find the user.", 400);
  const post = ctx.stores.posts.create({
    channel_id: message.channel.id,
    user_id: author.id,
    message: message.text,
    root_id: message.rootId ?? '',
    props,
  });
  ctx.stores.channels.recordPost(message.channel.id, post.create_at);
  ctx.hub.publishPost(message.channel, post, author);
  return post;
}
