import { h } from '/static/js/dom.js';

/**
 * ~channel mentions in a post's text, the way Mattermost's text formatting links them (autolinkChannelMentions):
 * `a.mention-link[data-channel-mention="<name>"]` to `/<team>/channels/<name>`, reading `~<Display Name>`.
 * A name the viewer cannot see stays text; trailing ".", "-" or "_" are tried off when the whole name is unknown
 * ("~town-square." links Town Square). Never inside code, links or other mentions.
 */
const CHANNEL_MENTION = /\B~([a-z0-9.\-_]+)/gi;

export async function linkChannelMentions(textElement, team, channelNamed) {
  const walker = document.createTreeWalker(textElement, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement.closest('code, .post-code, a, .mention--highlight')
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  const texts = [];
  while (walker.nextNode()) texts.push(walker.currentNode);
  for (const text of texts) await linkIn(text, team, channelNamed);
}

async function linkIn(text, team, channelNamed) {
  const message = text.data;
  const nodes = [];
  let at = 0;
  for (const match of message.matchAll(CHANNEL_MENTION)) {
    const channel = await knownChannel(match[1].toLowerCase(), channelNamed);
    if (!channel) continue;
    nodes.push(message.slice(at, match.index), channelLink(team, channel));
    at = match.index + 1 + channel.name.length;
  }
  if (nodes.length === 0 || !text.isConnected) return;
  nodes.push(message.slice(at));
  text.replaceWith(...nodes.filter((node) => node !== '').map(toNode));
}

/** The channel the name means, trying it without its trailing punctuation as Mattermost does. */
async function knownChannel(name, channelNamed) {
  for (let candidate = name; candidate; candidate = candidate.replace(/[.\-_]$/, '')) {
    const channel = await channelNamed(candidate);
    if (channel) return channel;
    if (!/[.\-_]$/.test(candidate)) break;
  }
  return undefined;
}

function channelLink(team, channel) {
  return h(
    'a',
    {
      className: 'mention-link',
      href: `/${team.name}/channels/${channel.name}`,
      'data-channel-mention': channel.name,
    },
    `~${channel.display_name}`,
  );
}

function toNode(part) {
  return typeof part === 'string' ? document.createTextNode(part) : part;
}
