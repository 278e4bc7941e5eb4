import type { Locator } from 'playwright';
import { registerState, type StateReading } from './vocabulary';

/**
 * States every web app shows the same way (ARIA and the DOM), so they are read from the element itself:
 * the checked state from `checked`/`aria-checked`/`aria-pressed`, selection from `aria-selected`/
 * `aria-current` or an `active`/`selected` class, and so on. An area whose widget shows a state differently
 * registers its own state name.
 */

interface Facts {
  checked: string | null;
  selected: string | null;
  disabled: boolean;
  expanded: string | null;
  focused: boolean;
  readOnly: boolean;
  classes: string;
  fontWeight: number;
}

async function factsOf(target: Locator): Promise<Facts> {
  return target.evaluate((element) => {
    const el = element as HTMLInputElement;
    const checked =
      el.type === 'checkbox' || el.type === 'radio'
        ? String(el.checked)
        : (el.getAttribute('aria-checked') ?? el.getAttribute('aria-pressed'));
    const current = el.getAttribute('aria-current');
    const disabled =
      el.disabled === true ||
      el.getAttribute('aria-disabled') === 'true' ||
      el.closest('fieldset[disabled]') !== null;
    const active = document.activeElement;
    // No helper functions in here: the page runs this code as written (a bundler's helpers do not exist there).
    return {
      checked,
      selected: el.getAttribute('aria-selected') ?? (current && current !== 'false' ? 'true' : null),
      disabled,
      expanded: el.getAttribute('aria-expanded'),
      focused: active === el || (active !== null && el.contains(active)),
      readOnly:
        el.readOnly === true ||
        el.getAttribute('aria-readonly') === 'true' ||
        (el.isContentEditable === false && el.getAttribute('contenteditable') === 'false'),
      classes: String(el.className ?? ''),
      fontWeight: Number(getComputedStyle(el).fontWeight) || 400,
    };
  });
}

function reading(holds: boolean, actual: string): StateReading {
  return { holds, actual };
}

const hasClass = (classes: string, pattern: RegExp) => pattern.test(classes);

registerState({
  names: ['checked', 'ticked', 'toggled on', 'switched on', 'turned on'],
  opposites: ['unchecked', 'not checked', 'unticked', 'toggled off', 'switched off', 'turned off'],
  async check(target) {
    const { checked } = await factsOf(target);
    if (checked === null) return reading(false, 'it has no checked state (not a checkbox, radio or toggle)');
    return reading(checked === 'true', `checked=${checked}`);
  },
});

registerState({
  names: ['selected', 'active', 'highlighted', 'current'],
  opposites: ['unselected', 'not selected', 'deselected', 'inactive'],
  async check(target) {
    const { selected, checked, classes } = await factsOf(target);
    const byClass = hasClass(classes, /(?:^|[\s_-])(?:active|selected|highlighted|current)(?:$|[\s_-])/i);
    const holds = selected === 'true' || checked === 'true' || byClass;
    return reading(holds, `aria-selected=${selected}, checked=${checked}, class="${classes}"`);
  },
});

registerState({
  names: ['disabled', 'greyed out', 'grayed out', 'not clickable'],
  opposites: ['enabled'],
  async check(target) {
    const { disabled } = await factsOf(target);
    return reading(disabled, disabled ? 'disabled' : 'enabled');
  },
});

registerState({
  names: ['expanded'],
  opposites: ['collapsed'],
  async check(target) {
    const { expanded } = await factsOf(target);
    if (expanded === null) return reading(false, 'it has no aria-expanded state');
    return reading(expanded === 'true', `aria-expanded=${expanded}`);
  },
});

registerState({
  names: ['focused', 'in focus', 'focussed'],
  opposites: ['unfocused', 'not focused', 'blurred'],
  async check(target) {
    const { focused } = await factsOf(target);
    return reading(focused, focused ? 'it has the focus' : 'the focus is elsewhere');
  },
});

registerState({
  names: ['read-only', 'read only', 'readonly', 'not editable', 'uneditable'],
  opposites: ['editable'],
  async check(target) {
    const { readOnly, disabled } = await factsOf(target);
    return reading(readOnly || disabled, readOnly ? 'read-only' : disabled ? 'disabled' : 'editable');
  },
});

registerState({
  names: ['bold', 'bolded', 'in bold'],
  opposites: ['not bold', 'unbolded', 'not bolded', 'regular weight'],
  async check(target) {
    const { fontWeight } = await factsOf(target);
    return reading(fontWeight >= 600, `font-weight ${fontWeight}`);
  },
});
