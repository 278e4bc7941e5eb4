/** The profile fields Mattermost's at-mention autocomplete matches a typed prefix against. */
export interface Matchable {
  username: string;
  first_name: string;
  last_name: string;
  nickname: string;
}

// utils/constants AUTOCOMPLETE_SPLIT_CHARACTERS: "@al" finds "john.albert" from the part after the dot.
const USERNAME_SPLIT = /[._-]/;

/** Every suffix of `text` that starts after one of the separators, the whole text first. */
function suffixesAfter(text: string, separator: RegExp): string[] {
  const parts = text.split(separator);
  return parts.map((_, index) => text.slice(parts.slice(0, index).join(' ').length + (index ? 1 : 0)));
}

/**
 * What a prefix may start (at_mention_provider.tsx getProfileSuggestions): the username and its parts after
 * ".", "-", "_"; first name, last name and nickname and their words; "first last". Never the email.
 */
export function mentionKeys(profile: Matchable): string[] {
  const keys = suffixesAfter(profile.username.toLowerCase(), USERNAME_SPLIT);
  for (const field of [profile.first_name, profile.last_name, profile.nickname]) {
    keys.push(...suffixesAfter(field.toLowerCase(), / /));
  }
  keys.push(`${profile.first_name} ${profile.last_name}`.toLowerCase());
  return keys.filter((key) => key !== '');
}

/** Accents are ignored, as the web app's normalizeString does. */
function normalized(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/** Whether `prefix` (what follows the "@", any case) matches the profile; an empty prefix matches everyone. */
export function matchesMention(profile: Matchable, prefix: string): boolean {
  const wanted = normalized(prefix.toLowerCase());
  return mentionKeys(profile).some((key) => normalized(key).startsWith(wanted));
}
