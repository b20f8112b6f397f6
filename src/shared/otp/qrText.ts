/**
 * Reading a scanned QR code's text as the key of a mail account, which is always a TOTP key URI.
 */
import type { KeyDraft } from '../account';
import { fail, ok, type Result } from '../result';
import { parseKeyUri } from './keyUri';

/**
 * The mail system's own wording for a QR code that is not a TOTP key URI, reused so users see the
 * message they know from the webmail. The i18n layer translates it; the Chinese text is listed in
 * docs/key-uris.md.
 */
export const INVALID_QR_MESSAGE = 'Invalid QR code format. Please retry.';

/**
 * Reads the first text that is a TOTP key URI. Texts that are not otpauth:// URIs, and HOTP keys,
 * give {@link INVALID_QR_MESSAGE}. A TOTP key URI that fails validation gives the parser's
 * message, which names the field, because retrying the scan would not help.
 */
export function readTotpQr(texts: readonly string[]): Result<KeyDraft, 'invalid-qr'> {
  let specific: string | null = null;
  for (const text of texts) {
    if (!/^\s*otpauth:\/\/totp\//i.test(text)) continue;
    const draft = parseKeyUri(text);
    if (draft.ok) return ok(draft.value);
    specific ??= draft.message;
  }
  return fail('invalid-qr', specific ?? INVALID_QR_MESSAGE);
}
