import { api } from './api.js';

/**
 * The signed-in user's preferences (`/api/v4/users/me/preferences`, Mattermost's PreferenceType rows), loaded
 * once before the channel view renders so that timestamps, names and the theme come out right the first time.
 * Parts of the page that depend on a preference subscribe with `onPreferencesChanged`.
 */
const rows = new Map();
const listeners = [];
const keyOf = (category, name) => `${category}\u0000${name}`;

export async function loadPreferences() {
  rows.clear();
  for (const row of await api('GET', '/users/me/preferences')) rows.set(keyOf(row.category, row.name), row);
}

export function preference(category, name, fallback) {
  return rows.get(keyOf(category, name))?.value ?? fallback;
}

/** Saves `{category, name, value}` entries for the signed-in user, then tells the listeners. */
export async function savePreferences(userId, entries) {
  const list = entries.map((entry) => ({ user_id: userId, ...entry }));
  await api('PUT', `/users/${userId}/preferences`, list);
  for (const row of list) rows.set(keyOf(row.category, row.name), row);
  for (const listener of listeners) listener(list);
}

export function onPreferencesChanged(listener) {
  listeners.push(listener);
}

// Mattermost's display_settings names and their defaults (Preferences in mattermost-redux).
export const DISPLAY = 'display_settings';

export function useMilitaryTime() {
  return preference(DISPLAY, 'use_military_time', 'false') === 'true';
}

/** A user as the Teammate Name Display preference shows them (username, nickname/full name, full name). */
export function displayNameOf(user) {
  if (!user) return 'someone';
  const full = `${user.first_name ?? ''} ${user.last_name ?? ''}`.trim();
  const format = preference(DISPLAY, 'name_format', 'username');
  if (format === 'nickname_full_name') return user.nickname || full || user.username;
  if (format === 'full_name') return full || user.username;
  return user.username;
}
