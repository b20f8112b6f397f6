import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

interface Placeholder {
  content: string;
  example?: string;
}

interface Message {
  message: string;
  description?: string;
  placeholders?: Record<string, Placeholder>;
}

type Catalog = Record<string, Message>;

const LOCALES_DIR = path.resolve('public/_locales');

function readCatalog(locale: string): Catalog {
  return JSON.parse(
    readFileSync(path.join(LOCALES_DIR, locale, 'messages.json'), 'utf8'),
  ) as Catalog;
}

/** Placeholder names used in a message text ($NAME$), in lower case as Chrome compares them. */
function usedPlaceholders(text: string): string[] {
  return [
    ...new Set(
      [...text.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((match) => (match[1] ?? '').toLowerCase()),
    ),
  ].sort();
}

function definedPlaceholders(message: Message): Record<string, string> {
  const entries = Object.entries(message.placeholders ?? {}).map(
    ([name, placeholder]) => [name.toLowerCase(), placeholder.content] as const,
  );
  return Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b)));
}

const english = readCatalog('en');
const locales = readdirSync(LOCALES_DIR).filter((entry) => entry !== 'en');

describe('locale catalogs', () => {
  it('include Simplified Chinese', () => {
    expect(locales).toContain('zh_CN');
  });

  it.each(['en', ...locales])('%s has valid message names', (locale) => {
    const invalid = Object.keys(readCatalog(locale)).filter((key) => !/^[A-Za-z0-9_@]+$/.test(key));
    expect(invalid).toEqual([]);
  });

  it.each(['en', ...locales])('%s has no empty message', (locale) => {
    const catalog = readCatalog(locale);
    const empty = Object.keys(catalog).filter((key) => catalog[key]?.message.trim() === '');
    expect(empty).toEqual([]);
  });

  it.each(['en', ...locales])('%s uses only defined placeholders', (locale) => {
    const catalog = readCatalog(locale);
    const mismatched = Object.entries(catalog)
      .filter(([, message]) => {
        const defined = Object.keys(definedPlaceholders(message)).sort();
        return usedPlaceholders(message.message).join() !== defined.join();
      })
      .map(([key]) => key);
    expect(mismatched).toEqual([]);
  });

  it.each(locales)('%s has every English key', (locale) => {
    const catalog = readCatalog(locale);
    const missing = Object.keys(english).filter((key) => !(key in catalog));
    expect(missing).toEqual([]);
  });

  it.each(locales)('%s has no extra keys', (locale) => {
    const extra = Object.keys(readCatalog(locale)).filter((key) => !(key in english));
    expect(extra).toEqual([]);
  });

  it.each(locales)('%s matches English placeholders', (locale) => {
    const catalog = readCatalog(locale);
    const differing = Object.keys(english)
      .filter((key) => key in catalog)
      .filter((key) => {
        const expected = JSON.stringify(definedPlaceholders(english[key] ?? { message: '' }));
        return JSON.stringify(definedPlaceholders(catalog[key] ?? { message: '' })) !== expected;
      });
    expect(differing).toEqual([]);
  });
});
