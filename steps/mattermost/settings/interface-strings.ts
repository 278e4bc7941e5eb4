/**
 * A few strings of Mattermost's web app in each interface language a case names, as its translation files give
 * them (`webapp/channels/src/i18n/<locale>.json`; English: the components' `defaultMessage`). They are on every
 * channel page — the message box placeholder (`create_post.write`, `#post_textbox`) and the sidebar's category
 * headings (`sidebar.types.*`, `#SidebarContainer`) — so they tell which language the interface is in.
 */
export type InterfaceStrings = {
  'create_post.write': string;
  'sidebar.types.channels': string;
  'sidebar.types.direct_messages': string;
};

export const INTERFACE_STRINGS: Record<string, InterfaceStrings> = {
  en: {
    'create_post.write': 'Write to {channelDisplayName}',
    'sidebar.types.channels': 'CHANNELS',
    'sidebar.types.direct_messages': 'DIRECT MESSAGES',
  },
  de: {
    'create_post.write': 'In {channelDisplayName} schreiben',
    'sidebar.types.channels': 'KANÄLE',
    'sidebar.types.direct_messages': 'DIREKTNACHRICHTEN',
  },
  nl: {
    'create_post.write': 'Schrijven naar {channelDisplayName}',
    'sidebar.types.channels': 'KANALEN',
    'sidebar.types.direct_messages': 'DIRECTE BERICHTEN',
  },
  pl: {
    'create_post.write': 'Napisz na {channelDisplayName}',
    'sidebar.types.channels': 'KANAŁY',
    'sidebar.types.direct_messages': 'BEZPOŚREDNIO',
  },
  'pt-BR': {
    'create_post.write': 'Escrever para {channelDisplayName}',
    'sidebar.types.channels': 'CANAIS',
    'sidebar.types.direct_messages': 'MENSAGENS DIRETAS',
  },
  ru: {
    'create_post.write': 'Написать в {channelDisplayName}',
    'sidebar.types.channels': 'КАНАЛЫ',
    'sidebar.types.direct_messages': 'ЛИЧНЫЕ СООБЩЕНИЯ',
  },
  ko: {
    'create_post.write': '{channelDisplayName}에 글쓰기',
    'sidebar.types.channels': '채널',
    'sidebar.types.direct_messages': '개인 메시지',
  },
  ja: {
    'create_post.write': '{channelDisplayName}へ投稿する',
    'sidebar.types.channels': 'チャンネル',
    'sidebar.types.direct_messages': 'ダイレクトメッセージ',
  },
};

/** The recorded strings of `locale`, or an error saying where to take them from. */
export function interfaceStrings(locale: string): InterfaceStrings {
  const strings = INTERFACE_STRINGS[locale];
  if (!strings) {
    throw new Error(
      `no interface strings are recorded for the locale "${locale}": add its create_post.write and sidebar.types.* messages from Mattermost's webapp/channels/src/i18n/${locale}.json to steps/mattermost/settings/interface-strings.ts`,
    );
  }
  return strings;
}

/** The placeholder template as a pattern: the channel's name may be anything. */
export function placeholderPattern(template: string): RegExp {
  const [before, after] = template
    .split('{channelDisplayName}')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${before}.+${after}$`);
}
