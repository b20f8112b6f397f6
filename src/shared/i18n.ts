import browser from 'webextension-polyfill';
import type english from '../../public/_locales/en/messages.json';

/** Name of a translated message; the compiler rejects a key missing from _locales/en. */
export type MessageKey = keyof typeof english;

/** Return the message in the browser's language, falling back to English. */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}
