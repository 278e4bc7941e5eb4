import { h } from '/static/js/dom.js';
import { sectionMin } from '/static/js/modal.js';
import { preference, savePreferences } from '/static/js/preferences.js';
import { settingButtons } from '/static/js/setting-item.js';
import { applyTheme, parseTheme, THEMES } from './themes.js';

/** The stored theme: category "theme", name "" (all teams), value the theme object as JSON. */
export function storedTheme() {
  return parseTheme(preference('theme', '', ''));
}

/**
 * Theme: Mattermost's UserSettingsTheme with the premade chooser. A click on a theme previews it at once (the
 * app behind the modal changes colour); Save stores it, Cancel puts the stored theme back.
 */
export function themeSection({ session, active, onEdit, onClose }) {
  if (!active) {
    return sectionMin({ section: 'theme', title: 'Theme', describe: 'Open to manage your theme', onEdit });
  }
  let picked = storedTheme();
  const choices = Object.values(THEMES).map((theme) => {
    const id = `premadeTheme${theme.type.replace(' ', '')}`;
    const tile = h(
      'div',
      {
        id,
        className: `premade-themes__item${theme.type === picked.type ? ' active' : ''}`,
        role: 'radio',
        tabindex: '0',
        'aria-checked': String(theme.type === picked.type),
        'aria-label': theme.type,
        onclick: () => choose(theme),
        onkeydown: (event) => {
          if (event.key === 'Enter' || event.key === ' ') {
            event.preventDefault();
            choose(theme);
          }
        },
      },
      h('span', { className: 'theme-swatch', style: `background:${theme.sidebarBg}`, 'aria-hidden': 'true' }),
      h('div', { className: 'theme-label' }, theme.type),
    );
    return tile;
  });
  const choose = (theme) => {
    picked = theme;
    for (const tile of choices) {
      const on = tile.id === `premadeTheme${theme.type.replace(' ', '')}`;
      tile.classList.toggle('active', on);
      tile.setAttribute('aria-checked', String(on));
    }
    applyTheme(theme);
  };
  const error = h('div', { id: 'serverError', className: 'form-error', role: 'alert', hidden: true });
  const cancel = () => {
    applyTheme(storedTheme());
    onClose();
  };
  const submit = async (event) => {
    event.preventDefault();
    try {
      await savePreferences(session.user.id, [
        { category: 'theme', name: '', value: JSON.stringify(picked) },
      ]);
      onClose();
    } catch (failure) {
      error.textContent = failure.message;
      error.hidden = false;
    }
  };
  const form = h(
    'form',
    { className: 'section-max form-horizontal', id: 'themeSetting', onsubmit: submit },
    h('h4', { id: 'settingTitle', className: 'section-max__title' }, 'Theme'),
    h(
      'fieldset',
      {},
      h('legend', { className: 'form-legend hidden-label' }, 'Theme'),
      h(
        'div',
        { className: 'radio' },
        h(
          'label',
          {},
          h('input', { id: 'standardThemes', type: 'radio', name: 'theme', checked: true }),
          'Premade Themes',
        ),
      ),
      h('div', { className: 'premade-themes', role: 'radiogroup', 'aria-label': 'Premade Themes' }, choices),
    ),
    error,
    settingButtons(cancel),
  );
  // Closing the settings without saving drops the preview, as in Mattermost (once in the dialog).
  queueMicrotask(() =>
    form.closest('dialog')?.addEventListener('close', () => applyTheme(storedTheme()), { once: true }),
  );
  return form;
}
