/**
 * Base32 secrets (RFC 4648, section 6) as people and issuers actually write them: in lower case,
 * in groups separated by spaces or hyphens, with or without `=` padding.
 */
import { Secret } from 'otpauth';
import { t } from '../i18n';
import { fail, ok, type Result } from '../result';
import { joinSentences } from './sentences';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/**
 * Minimum secret length. RFC 4226, section 4 requires 128 bits and recommends 160, but many
 * services still issue 16-character (80-bit) setup keys.
 */
export const MIN_SECRET_BITS = 80;

/** Upper bound that keeps a pasted text from turning into megabytes of key material. */
export const MAX_SECRET_LENGTH = 1024;

const SEPARATORS = /[\s-]+/g;

/**
 * Describes a character for an error message, in the quotation marks of the user's language.
 * Invisible characters are shown by code point.
 */
function describeCharacter(character: string): string {
  const codePoint = character.codePointAt(0) ?? 0;
  if (codePoint < 0x21 || (codePoint >= 0x7f && codePoint <= 0xa0)) {
    const code = `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
    return t('keyCodePointCharacter', code);
  }
  return t('keyQuotedCharacter', character);
}

/** Hint for the characters that people mistake for base32 ones, or '' for other characters. */
function confusionHint(character: string): string {
  if (character === '0') return t('keySecretHintZero');
  if (character === '1') return t('keySecretHintOne');
  if (character === '8') return t('keySecretHintEight');
  return '';
}

/**
 * Normalizes a base32 secret to the canonical form stored in `OtpParameters.secret`: upper case,
 * without separators, padding or trailing bits that fill no byte. Rejects characters outside
 * base32, padding in the middle and secrets shorter than {@link MIN_SECRET_BITS} bits. The
 * message names the problem and the fix.
 */
export function normalizeSecret(raw: string): Result<string, 'invalid-secret'> {
  const compact = raw.replace(SEPARATORS, '').toUpperCase();
  if (compact === '') {
    return fail('invalid-secret', t('keySecretMissing'));
  }
  if (compact.length > MAX_SECRET_LENGTH) {
    return fail(
      'invalid-secret',
      t('keySecretTooLong', [String(compact.length), String(MAX_SECRET_LENGTH)]),
    );
  }

  const unpadded = compact.replace(/=+$/, '');
  let index = 0;
  // Iterates by code point, so a pasted emoji or CJK character is reported whole.
  for (const character of unpadded) {
    index += 1;
    if (ALPHABET.includes(character)) continue;
    const position = String(index);
    if (character === '=') return fail('invalid-secret', t('keySecretPadding', position));
    const message = t('keySecretCharacter', [describeCharacter(character), position]);
    return fail('invalid-secret', joinSentences([message, confusionHint(character)]));
  }

  const bits = Math.floor((unpadded.length * 5) / 8) * 8;
  if (bits < MIN_SECRET_BITS) {
    return fail('invalid-secret', t('keySecretTooShort', [String(bits), String(MIN_SECRET_BITS)]));
  }
  // Re-encoding drops trailing bits that fill no byte, which the HMAC never uses, so spellings of
  // one key that differ only there get one canonical form.
  return ok(Secret.fromBase32(unpadded).base32);
}
