/**
 * The kinds of integration the backstage lists, with the real web app's ids and texts (integrations.tsx,
 * installed_incoming_webhooks, installed_outgoing_webhooks, installed_commands). `type` is the URL segment and the
 * confirmation page's `type=`.
 */
export const KINDS = {
  incoming: {
    type: 'incoming_webhooks',
    listPath: 'incoming_webhooks',
    optionId: 'incomingWebhooks',
    title: 'Incoming Webhooks',
    description: 'Incoming webhooks allow external integrations to send messages',
    addId: 'addIncomingWebhook',
    addText: 'Add Incoming Webhook',
    searchPlaceholder: 'Search Incoming Webhooks',
    emptyText: 'No incoming webhooks found',
    noMatch: (term) => `No incoming webhooks match ${term}`,
    deleteMessage:
      'This action permanently deletes the incoming webhook and breaks any integrations using it. Are you sure you want to delete it?',
    api: '/hooks/incoming',
  },
  outgoing: {
    type: 'outgoing_webhooks',
    listPath: 'outgoing_webhooks',
    optionId: 'outgoingWebhooks',
    title: 'Outgoing Webhooks',
    description: 'Outgoing webhooks allow external integrations to receive and respond to messages',
    addId: 'addOutgoingWebhook',
    addText: 'Add Outgoing Webhook',
    searchPlaceholder: 'Search Outgoing Webhooks',
    emptyText: 'No outgoing webhooks found',
    noMatch: (term) => `No outgoing webhooks match ${term}`,
    deleteMessage:
      'This action permanently deletes the outgoing webhook and breaks any integrations using it. Are you sure you want to delete it?',
    api: '/hooks/outgoing',
  },
  commands: {
    type: 'commands',
    listPath: 'commands/installed',
    optionId: 'slashCommands',
    title: 'Slash Commands',
    description: 'Slash commands send events to an external integration',
    addId: 'addSlashCommand',
    addText: 'Add Slash Command',
    searchPlaceholder: 'Search Slash Commands',
    emptyText: 'No slash commands found',
    noMatch: (term) => `No slash commands match ${term}`,
    deleteMessage:
      'This action permanently deletes the slash command and breaks any integrations using it. Are you sure you want to delete it?',
    api: '/commands',
  },
};

/** Where a kind's pages live under `/{team}/integrations`. */
export function pathOf(context, kind, page = '') {
  if (kind.type === 'commands') return `${context.base}/commands/${page || 'installed'}`;
  return `${context.base}/${kind.type}${page ? `/${page}` : ''}`;
}

/** The list of a kind for the team (Client4 getIncomingHooks / getOutgoingHooks / getCustomTeamCommands). */
export function listUrl(kind, teamId) {
  if (kind.type === 'commands') return `/commands?team_id=${teamId}&custom_only=true`;
  return `${kind.api}?team_id=${teamId}&per_page=200`;
}
