/**
 * Base32 secrets (RFC 4648, section 6) as people and issuers actually write them: in lower case,
 * in groups separated by spaces or hyphens, with or without `=` padding.
 */
import { Secret } from 'otpauth';
import { fail, ok, type Result } from '../result';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/**
 * Minimum secret length. RFC 4226, section 4 requires 128 bits and recommends 160, but many
 * services still issue 16-character (80-bit) setup keys.
 */
export const MIN_SECRET_BITS = 80;

/** Upper bound that keeps a pasted text from turning into megabytes of key material. */
export const MAX_SECRET_LENGTH = 1024;

const SEPARATORS = /[\s-]+/g;

/** Describes a character for an error message. Invisible characters are shown by code point. */
function describeCharacter(character: string): string {
  const codePoint = character.codePointAt(0) ?? 0;
  if (codePoint < 0x21 || (codePoint >= 0x7f && codePoint <= 0xa0)) {
    return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
  }
  return `"${character}"`;
}

/** Hint for the characters that people mistake for base32 ones. */
function confusionHint(character: string): string {
  if (character === '0') return ' A zero is usually the letter O.';
  if (character === '1') return ' A one is usually the letter I or L.';
  if (character === '8') return ' An eight is usually the letter B.';
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
    return fail(
      'invalid-secret',
      'The secret is missing. Enter the setup key shown by the service.',
    );
  }
  if (compact.length > MAX_SECRET_LENGTH) {
    return fail(
      'invalid-secret',
      `The secret is ${compact.length} characters long, more than the maximum of ${MAX_SECRET_LENGTH}. Check that only the setup key was pasted.`,
    );
  }

  const unpadded = compact.replace(/=+$/, '');
  let index = 0;
  // Iterates by code point, so a pasted emoji or CJK character is reported whole.
  for (const character of unpadded) {
    index += 1;
    if (ALPHABET.includes(character)) continue;
    const where = `at position ${index}`;
    if (character === '=') {
      return fail(
        'invalid-secret',
        `The secret contains padding ("=") ${where}, but padding may only appear at the end.`,
      );
    }
    return fail(
      'invalid-secret',
      `The secret contains ${describeCharacter(character)} ${where}, which is not a base32 character. Base32 uses only the letters A to Z and the digits 2 to 7.${confusionHint(character)}`,
    );
  }

  const bits = Math.floor((unpadded.length * 5) / 8) * 8;
  if (bits < MIN_SECRET_BITS) {
    return fail(
      'invalid-secret',
      `The secret is too short: it holds ${bits} bits, but at least ${MIN_SECRET_BITS} bits (16 base32 characters) are required. Check that the whole setup key was copied.`,
    );
  }
  // Re-encoding drops trailing bits that fill no byte, which the HMAC never uses, so spellings of
  // one key that differ only there get one canonical form.
  return ok(Secret.fromBase32(unpadded).base32);
}
