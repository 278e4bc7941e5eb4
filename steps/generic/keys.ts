/** Key names as testers write them → Playwright key names. */
const KEY_NAMES: [RegExp, string][] = [
  [
    /^(?:ctrl|control)\s*\/\s*(?:cmd|command|⌘)$|^(?:cmd|command|⌘)\s*\/\s*(?:ctrl|control)$/i,
    'ControlOrMeta',
  ],
  [/^(?:ctrl|control|ctl)$/i, 'Control'],
  [/^(?:cmd|command|⌘|meta|win|windows|super)$/i, 'Meta'],
  [/^(?:shift|⇧)$/i, 'Shift'],
  [/^(?:alt|option|opt|⌥)$/i, 'Alt'],
  [/^(?:enter|return|↵|⏎)$/i, 'Enter'],
  [/^(?:esc|escape)$/i, 'Escape'],
  [/^tab$/i, 'Tab'],
  [/^space(?:\s*bar)?$/i, 'Space'],
  [/^(?:backspace|back space)$/i, 'Backspace'],
  [/^(?:delete|del)$/i, 'Delete'],
  [/^(?:(?:arrow[\s-]?)?up(?:\s+arrow)?|↑)$/i, 'ArrowUp'],
  [/^(?:(?:arrow[\s-]?)?down(?:\s+arrow)?|↓)$/i, 'ArrowDown'],
  [/^(?:(?:arrow[\s-]?)?left(?:\s+arrow)?|←)$/i, 'ArrowLeft'],
  [/^(?:(?:arrow[\s-]?)?right(?:\s+arrow)?|→)$/i, 'ArrowRight'],
  [/^(?:page\s*up|pg\s*up)$/i, 'PageUp'],
  [/^(?:page\s*down|pg\s*dn|pg\s*down)$/i, 'PageDown'],
  [/^home$/i, 'Home'],
  [/^end$/i, 'End'],
  [/^f([1-9]|1[0-2])$/i, 'F$1'],
];

/** One key as a step may write it (also used to build the step pattern). */
export const KEY = String.raw`(?:(?:ctrl|control|cmd|command|⌘)\s*/\s*(?:ctrl|control|cmd|command|⌘)|ctrl|control|ctl|cmd|command|⌘|meta|shift|⇧|alt|option|opt|⌥|enter|return|esc|escape|tab|space(?:\s*bar)?|backspace|delete|del|(?:arrow[\s-]?)?(?:up|down|left|right)(?:\s+arrow)?|page\s*up|page\s*down|pg\s*up|pg\s*dn|home|end|f[1-9]|f1[0-2]|[a-z0-9]|[[\],./;])`;

/** A key chord: CTRL+SHIFT+A, Cmd + K, Shift-Enter. */
export const CHORD = String.raw`${KEY}(?:\s*[+-]\s*${KEY})*`;

const PLATFORM = String.raw`(?:\s*\((?:on\s+)?(?:windows|win|linux|mac|macos|mac\s*os|os\s*x|windows\/linux)[^)]*\))?`;

/** "CTRL+SHIFT+A (Windows) or CMD+SHIFT+A (Mac)": one chord, or one per platform. */
export const KEYS = String.raw`${CHORD}${PLATFORM}(?:\s*(?:or|\/)\s*${CHORD}${PLATFORM})?`;

function keyName(written: string): string {
  const trimmed = written.trim();
  for (const [pattern, name] of KEY_NAMES) if (pattern.test(trimmed)) return trimmed.replace(pattern, name);
  return trimmed.length === 1 ? trimmed.toUpperCase() : trimmed;
}

/** "ctrl+shift+a" → "Control+Shift+A"; "ctrl/cmd+k" → "ControlOrMeta+K". */
export function toPlaywrightChord(chord: string): string {
  return chord
    .split(/\s*\+\s*|(?<=\w)\s*-\s*(?=\w)/)
    .filter(Boolean)
    .map(keyName)
    .join('+');
}

/** The chord for this platform from "X (Windows) or Y (Mac)"; a single chord is used everywhere. */
export function chordForPlatform(keys: string, platform: NodeJS.Platform = process.platform): string {
  const variants = keys.split(/\s+(?:or|\/)\s+/i).map((variant) => ({
    chord: variant.replace(/\([^)]*\)/g, '').trim(),
    mac: /\((?:on\s+)?(?:mac|macos|mac\s*os|os\s*x)/i.test(variant) || /\b(?:cmd|command)\b|⌘/i.test(variant),
  }));
  const wanted = platform === 'darwin';
  const chosen = variants.find((v) => v.mac === wanted) ?? variants[0];
  return toPlaywrightChord(chosen.chord);
}
