import type { PageReport } from '../../shared/messages';
import { contextText, type Field } from './detect';
import { ATTACH_WORDS, CLIENT_PASSWORD_WORDS, CODE_WORDS, DELETE_WORDS } from './words';

export type PageKind = PageReport['page'];

/** Maximum length of form text read, so that a page wrapped in one giant form costs little. */
const MAX_FORM_TEXT = 4000;

/**
 * Text that names the page: its title, its main headings and the form around the field. Side
 * menus are left out on purpose, because the Account Security menu lists "Attach", "Delete" and
 * "Client security password" on every one of its pages.
 */
function pageText(field: Field | undefined): string {
  // Looked up by tag name, which skips selector matching on large pages. The order of h1 and h2
  // does not matter to the word tests.
  const headings = ['h1', 'h2'].flatMap((tag) =>
    Array.from(document.getElementsByTagName(tag), (heading) => heading.textContent),
  );
  const input = field?.boxes[0];
  const form = input?.form?.textContent ?? (input === undefined ? '' : contextText(input, 600));
  return `${document.title} ${headings.join(' ')} ${form.slice(0, MAX_FORM_TEXT)}`.toLowerCase();
}

/**
 * Keep the fields that are code fields on this page: 'weak' ones count only when the page is
 * about codes and no field is labelled plainly.
 */
export function codeFields(fields: readonly Field[]): Field[] {
  const strong = fields.filter((field) => field.kind === 'code');
  if (strong.length > 0) return strong;
  const weak = fields.filter((field) => field.kind === 'weak');
  return weak.length > 0 && CODE_WORDS.test(pageText(weak[0])) ? weak : [];
}

/**
 * Guess the kind of mailbox page from its code and SMS fields and its text. QR candidates do not
 * count: logos and avatars pass the same size test.
 */
export function pageKind(fields: readonly Field[]): PageKind {
  const codes = codeFields(fields);
  const sms = fields.find((field) => field.kind === 'sms');
  if (codes.length === 0 && sms === undefined) return 'other';

  const text = pageText(codes[0] ?? sms);
  if (CLIENT_PASSWORD_WORDS.test(text)) return 'client-password';
  if (codes.length === 0) return sms === undefined ? 'other' : 'sms-only';
  if (DELETE_WORDS.test(text)) return 'delete';
  if (ATTACH_WORDS.test(text)) return 'attach';
  return 'logon';
}
