// The app's regions for F6 / Ctrl+F6 navigation and screen readers (Mattermost's `a11y__region` elements),
// named as Mattermost names them (i18n "accessibility.sections.*"), in the order F6 visits them (MM-T1460:
// message list, message input, team menu, channel sidebar, channel header). A few locales carry their
// translations; the others fall back to English, as Mattermost does for a missing key.
const NAMES = {
  en: {
    centerContent: 'message list main region',
    centerFooter: 'message input complementary region',
    lhsHeader: 'team menu region',
    lhsList: 'channel sidebar region',
    channelHeader: 'channel header region',
  },
  de: {
    centerContent: 'Nachrichtenlisten-Hauptregion',
    centerFooter: 'Nachrichteneingabe-Nebenbereich',
    lhsHeader: 'Team-Menü-Bereich',
    lhsList: 'Kanalseitenleisten-Bereich',
    channelHeader: 'Kanalkopf-Bereich',
  },
  nl: {
    centerContent: 'hoofdregio van berichtenlijst',
    centerFooter: 'aanvullende regio van input van berichten',
    lhsList: 'kanaal zijbalk regio',
    channelHeader: 'kanaalhoofdingregio',
  },
  ja: {
    centerContent: 'メッセージリストの主要領域',
    centerFooter: 'メッセージ入力領域',
    lhsHeader: 'チームメニュー領域',
    lhsList: 'チャンネルサイドバー領域',
    channelHeader: 'チャンネルヘッダー領域',
  },
};

const REGIONS = [
  ['centerContent', '#postListContent'],
  ['centerFooter', '#create_post'],
  ['lhsHeader', '.sidebar-header'],
  ['lhsList', '#sidebarChannels'],
  ['channelHeader', '.channel-header'],
];

/** Marks the regions (name, tabindex -1, sort order) in the user's language. */
export function markRegions(locale) {
  REGIONS.forEach(([key, selector], order) => {
    const element = document.querySelector(selector);
    if (!element) return;
    element.classList.add('a11y__region');
    element.setAttribute('aria-label', NAMES[locale]?.[key] ?? NAMES.en[key]);
    element.dataset.a11ySortOrder = String(order);
    if (!element.hasAttribute('tabindex')) element.tabIndex = -1;
  });
}

/** F6 / Ctrl+F6: the next region after the one holding the focus (Shift: the previous one), wrapping around. */
export function focusNextRegion(step) {
  const regions = [...document.querySelectorAll('.a11y__region')]
    .filter((region) => region.offsetParent !== null)
    .sort((a, b) => Number(a.dataset.a11ySortOrder) - Number(b.dataset.a11ySortOrder));
  if (regions.length === 0) return;
  const current = regions.findIndex((region) => region.contains(document.activeElement));
  const next =
    current < 0 ? (step > 0 ? 0 : regions.length - 1) : (current + step + regions.length) % regions.length;
  for (const region of regions) region.classList.remove('a11y--active');
  regions[next].classList.add('a11y--active');
  regions[next].focus();
}
