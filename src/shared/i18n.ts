import type english from '../../public/_locales/en/messages.json';

/** Name of a translated message; the compiler rejects a key missing from _locales/en. */
export type MessageKey = keyof typeof english;

/**
 * Return the message in the browser's language, falling back to English. It reads the `chrome`
 * global, which Chrome and Firefox both provide, instead of webextension-polyfill: the polyfill
 * throws on load outside an extension, and worker modules that build messages also run in
 * scripts under tsx (bench/). There the key itself is returned.
 */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  const i18n = (globalThis as { chrome?: Partial<typeof chrome> }).chrome?.i18n;
  return i18n?.getMessage(key, substitutions) || key;
}
