/**
 * Rules for issuer and account names, shared by the key URI parser, manual entry and the
 * Google Authenticator export reader, so a name is accepted or rejected the same way wherever
 * it comes from.
 */
import { t } from '../i18n';
import { fail, ok, type Result } from '../result';

export type NameError = 'invalid-name';

/** Name field that a message refers to. */
export type NameField = 'issuer' | 'account';

/** Maximum length of an issuer or account name in code points, far above any real one. */
export const MAX_NAME_LENGTH = 256;

/** C0 and C1 control characters, such as NUL, BEL or ESC. */
const CONTROL_CHARACTER = /\p{Cc}/u;

/**
 * Unicode bidirectional controls (Unicode Standard Annex 9): embeddings and overrides
 * U+202A-U+202E, isolates U+2066-U+2069, the marks U+200E, U+200F and the Arabic letter mark
 * U+061C. An override makes "moc.liam" display as "mail.com", so a QR code could show the user
 * a name other than the one stored.
 */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/u;

/**
 * Invisible format characters (Unicode category Cf), such as the zero-width space U+200B, the
 * word joiner U+2060, the byte order mark U+FEFF and the soft hyphen U+00AD. They make "n8x" and
 * "n8\u200Bx" look the same although they are different names.
 */
const FORMAT_CHARACTER = /\p{Cf}/u;

/**
 * Zero-width non-joiner U+200C and joiner U+200D, which are format characters that some scripts
 * need: Persian writes ZWNJ inside common words, Indic scripts use both after a virama to pick a
 * conjunct or half form, and ZWJ builds emoji sequences. They are allowed only between two
 * characters of those scripts or two emoji, where they change the shape of the text, and are
 * rejected next to Latin letters or digits, where they are invisible.
 */
const JOINER = /[\u200C\u200D]/u;
const JOINING_CONTEXT =
  /^(?:[\p{scx=Arab}\p{scx=Syrc}\p{scx=Nkoo}\p{scx=Mong}\p{scx=Deva}\p{scx=Beng}\p{scx=Guru}\p{scx=Gujr}\p{scx=Orya}\p{scx=Taml}\p{scx=Telu}\p{scx=Knda}\p{scx=Mlym}\p{scx=Sinh}\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}]|\uFE0F)$/u;

/** Returns the first format character that may not stand where it is, or null. */
function findFormatCharacter(name: string): string | null {
  const characters = Array.from(name);
  for (const [index, character] of characters.entries()) {
    if (!FORMAT_CHARACTER.test(character)) continue;
    const before = characters[index - 1] ?? '';
    const after = characters[index + 1] ?? '';
    const joins =
      JOINER.test(character) && JOINING_CONTEXT.test(before) && JOINING_CONTEXT.test(after);
    if (!joins) return character;
  }
  return null;
}

/** Returns the translated name of a field, for use inside a message. */
export function fieldName(field: NameField): string {
  return t(field === 'issuer' ? 'keyFieldIssuer' : 'keyFieldAccount');
}

function codePointOf(character: string): string {
  const codePoint = character.codePointAt(0) ?? 0;
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Trims a decoded name, collapses runs of spaces into one space, and checks it. Names with
 * bidirectional controls, other invisible format characters or control characters (line feed,
 * carriage return and tab included) are rejected rather than cleaned. Silently changing a name
 * would hide a spoofing attempt and store a name that differs from the one the service shows.
 * The message names the field and the character.
 */
export function cleanName(value: string, field: NameField): Result<string, NameError> {
  const trimmed = value.trim();
  const bidi = BIDI_CONTROL.exec(trimmed);
  if (bidi !== null) {
    return fail('invalid-name', t('keyNameBidi', [fieldName(field), codePointOf(bidi[0])]));
  }
  const invisible = findFormatCharacter(trimmed);
  if (invisible !== null) {
    return fail('invalid-name', t('keyNameInvisible', [fieldName(field), codePointOf(invisible)]));
  }
  const control = CONTROL_CHARACTER.exec(trimmed);
  if (control !== null) {
    return fail('invalid-name', t('keyNameControl', [fieldName(field), codePointOf(control[0])]));
  }
  const collapsed = trimmed.replace(/\s+/g, ' ');
  const length = Array.from(collapsed).length;
  if (length > MAX_NAME_LENGTH) {
    return fail(
      'invalid-name',
      t('keyNameTooLong', [fieldName(field), String(length), String(MAX_NAME_LENGTH)]),
    );
  }
  return ok(collapsed);
}

/** Maximum length, in code points, of a rejected name quoted in a message. */
const QUOTED_NAME_LENGTH = 64;

/**
 * Returns a rejected name in a form that is safe to quote in a message: without control,
 * bidirectional and other format characters, and shortened to {@link QUOTED_NAME_LENGTH} code points. Never store
 * the result, because it only serves to show the user which account was skipped.
 */
export function quoteName(value: string): string {
  const visible = value
    .replace(new RegExp(BIDI_CONTROL.source, 'gu'), '')
    .replace(new RegExp(FORMAT_CHARACTER.source, 'gu'), '')
    .replace(new RegExp(CONTROL_CHARACTER.source, 'gu'), ' ')
    .trim()
    .replace(/\s+/g, ' ');
  const characters = Array.from(visible);
  if (characters.length <= QUOTED_NAME_LENGTH) return visible;
  return `${characters.slice(0, QUOTED_NAME_LENGTH).join('')}…`;
}
