/**
 * Translated text for the content scripts, in the browser's language. The bare extension API is
 * used, as in runtime.ts, so that content scripts need not bundle webextension-polyfill.
 */
import type { MessageKey } from '../shared/i18n';

interface I18nApi {
  getMessage(key: string, substitutions?: string | string[]): string;
}

const scope = globalThis as { browser?: { i18n?: I18nApi }; chrome?: { i18n?: I18nApi } };

/** Return the message in the browser's language, or the key when the API is missing. */
export function message(key: MessageKey, substitutions?: string | string[]): string {
  return (scope.browser ?? scope.chrome)?.i18n?.getMessage(key, substitutions) || key;
}
