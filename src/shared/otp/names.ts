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

/** Returns the translated name of a field, for use inside a message. */
export function fieldName(field: NameField): string {
  return t(field === 'issuer' ? 'keyFieldIssuer' : 'keyFieldAccount');
}

function codePointOf(character: string): string {
  const codePoint = character.codePointAt(0) ?? 0;
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Trims a decoded name, collapses runs of whitespace (tabs and line breaks included) into one
 * space, and checks it. Names with bidirectional controls or other control characters are
 * rejected rather than cleaned, because silently changing a name would hide a spoofing attempt
 * and store a name that differs from the one the service shows. The message names the field and
 * the character.
 */
export function cleanName(value: string, field: NameField): Result<string, NameError> {
  const trimmed = value.trim().replace(/\s+/g, ' ');
  const bidi = BIDI_CONTROL.exec(trimmed);
  if (bidi !== null) {
    return fail('invalid-name', t('keyNameBidi', [fieldName(field), codePointOf(bidi[0])]));
  }
  const control = CONTROL_CHARACTER.exec(trimmed);
  if (control !== null) {
    return fail('invalid-name', t('keyNameControl', [fieldName(field), codePointOf(control[0])]));
  }
  const length = Array.from(trimmed).length;
  if (length > MAX_NAME_LENGTH) {
    return fail(
      'invalid-name',
      t('keyNameTooLong', [fieldName(field), String(length), String(MAX_NAME_LENGTH)]),
    );
  }
  return ok(trimmed);
}

/** Maximum length, in code points, of a rejected name quoted in a message. */
const QUOTED_NAME_LENGTH = 64;

/**
 * Returns a rejected name in a form that is safe to quote in a message: without control and
 * bidirectional characters, and shortened to {@link QUOTED_NAME_LENGTH} code points. Never store
 * the result, because it only serves to show the user which account was skipped.
 */
export function quoteName(value: string): string {
  const visible = value
    .replace(new RegExp(BIDI_CONTROL.source, 'gu'), '')
    .replace(new RegExp(CONTROL_CHARACTER.source, 'gu'), ' ')
    .trim()
    .replace(/\s+/g, ' ');
  const characters = Array.from(visible);
  if (characters.length <= QUOTED_NAME_LENGTH) return visible;
  return `${characters.slice(0, QUOTED_NAME_LENGTH).join('')}…`;
}
