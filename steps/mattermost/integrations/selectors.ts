/** Ids of the real backstage pages (components/integrations, components/backstage). */
export const BACKSTAGE = {
  menuItem: '#integrations',
  list: '.backstage-list',
  listItem: '.backstage-list__item',
  itemName: '.item-details__name',
  saveCommand: '#saveCommand',
  saveWebhook: '#saveWebhook',
  formError: '.backstage-form__footer .has-error',
  confirmModal: '#confirmModal',
  confirmButton: '#confirmModalButton',
  doneButton: '#doneButton',
  formTitle: '#formTitle',
} as const;

/**
 * The fields of the integration forms by the names cases give them (today's label, older labels, shorthand), with
 * the real control ids: commands (AbstractCommand) first, webhooks (AbstractIncomingWebhook / …Outgoing…) after.
 */
export const FIELDS: { names: RegExp; css: string[]; what: string }[] = [
  { names: /^(?:command\s+)?trigger\s+word$/i, css: ['#trigger'], what: 'trigger word' },
  { names: /^(?:request\s+)?url$/i, css: ['#url', '#callbackUrls'], what: 'request URL' },
  { names: /^callback\s+urls?$/i, css: ['#callbackUrls'], what: 'callback URL' },
  { names: /^(?:display\s+name|title)$/i, css: ['#displayName'], what: 'title' },
  { names: /^description$/i, css: ['#description'], what: 'description' },
  { names: /^(?:response\s+)?username$/i, css: ['#username'], what: 'username' },
  {
    names: /^(?:response\s+icon|icon\s+url|profile\s+picture)$/i,
    css: ['#iconUrl', '#iconURL'],
    what: 'icon URL',
  },
  { names: /^(?:autocomplete\s+)?hint$/i, css: ['#autocompleteHint'], what: 'autocomplete hint' },
  {
    names: /^autocomplete\s+description$/i,
    css: ['#autocompleteDescription'],
    what: 'autocomplete description',
  },
];

/** The words of FIELDS as one alternation for step patterns. */
export const FIELD_NAME = String.raw`(?:command\s+trigger\s+word|trigger\s+word|request\s+url|callback\s+urls?|url|display\s+name|title|description|response\s+username|username|response\s+icon|icon\s+url|profile\s+picture|autocomplete\s+hint|hint|autocomplete\s+description)`;
