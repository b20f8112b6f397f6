/**
 * The extension's message catalogs for unit tests, with placeholders filled the way Chrome's
 * i18n.getMessage fills them: $NAME$ takes its placeholder's content, in which $1 to $9 stand
 * for the substitutions.
 */
import { readFileSync } from 'node:fs';

export interface CatalogEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

export type Catalog = Record<string, CatalogEntry>;

/** Read public/_locales/LOCALE/messages.json. */
export function readCatalog(locale: string): Catalog {
  return JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8')) as Catalog;
}

/** Return the entry's message with its placeholders filled, or '' for a missing entry. */
export function formatMessage(
  entry: CatalogEntry | undefined,
  substitutions?: string | readonly (string | number)[],
): string {
  if (entry === undefined) return '';
  const values = typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []);
  const fill = (text: string) =>
    text.replace(/\$(\d)/g, (_whole, index: string) => String(values[Number(index) - 1] ?? ''));
  return entry.message
    .replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
      const content = entry.placeholders?.[name.toLowerCase()]?.content;
      return content === undefined ? whole : fill(content);
    })
    .replace(/\$\$/g, '$');
}
