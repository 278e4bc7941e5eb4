import { mentions } from './mention-keys.js';
import { showNotification } from './notify.js';

/**
 * Mattermost's desktop notification for a new post (sendDesktopNotification): never for one's own posts or
 * for the channel being viewed in a focused window; then by the user's "Send desktop notifications" level:
 * all posts, only mentions of the user (its mention keys, `mention-keys.js`) and direct messages, or never.
 */
export function notifyAboutPost({ post, senderName, channelName, channelType, me, currentChannelId }) {
  if (post.user_id === me.id) return;
  if (post.channel_id === currentChannelId && document.hasFocus()) return;
  const level = me.notify_props?.desktop ?? 'mention';
  if (level === 'none') return;
  if (level === 'mention' && !mentions(post.message, me) && channelType !== 'D') return;
  showNotification({ title: channelName, body: `${senderName}: ${post.message}` }).catch(() => {});
}
