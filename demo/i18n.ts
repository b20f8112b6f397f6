/** Page language, chosen by ?lang= and remembered in a cookie; English by default. */
import { EN, type TextKey } from './text-en';
import { ZH } from './text-zh';

export type Lang = 'en' | 'zh';

export type Translate = (key: TextKey, values?: Record<string, string>) => string;

/** Picks the language from the query first, then the cookie; anything else is English. */
export function pickLang(query: string | null, cookie: string | undefined): Lang {
  const choice = query ?? cookie;
  return choice === 'zh' ? 'zh' : 'en';
}

/** Returns a lookup that fills {placeholders}; a placeholder without a value stays as written. */
export function translator(lang: Lang): Translate {
  const texts: Record<TextKey, string> = lang === 'zh' ? ZH : EN;
  return (key, values = {}) =>
    texts[key].replace(/\{(\w+)\}/g, (placeholder, name: string) => values[name] ?? placeholder);
}

/** Value of the html element's lang attribute. */
export function htmlLang(lang: Lang): string {
  return lang === 'zh' ? 'zh-CN' : 'en';
}
