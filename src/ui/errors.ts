import { ExtensionError } from '../shared/errors';
import { t, type MessageKey } from '../shared/i18n';
import type { ErrorCode } from '../shared/messages';

const MESSAGE_KEYS: Record<ErrorCode, MessageKey> = {
  forbidden: 'errorForbidden',
  'invalid-request': 'errorInvalidRequest',
  locked: 'errorLocked',
  'wrong-passphrase': 'errorWrongPassphrase',
  'rate-limited': 'errorRateLimited',
  'weak-passphrase': 'errorWeakPassphrase',
  'invalid-uri': 'errorInvalidUri',
  'invalid-qr': 'errorInvalidQr',
  duplicate: 'errorDuplicate',
  'not-found': 'errorNotFound',
  policy: 'errorPolicy',
  corrupted: 'errorCorrupted',
  unavailable: 'errorUnavailable',
  internal: 'errorInternal',
};

/** Failure found in the page itself, whose message is already in the interface's language. */
export class UserError extends Error {
  override readonly name = 'UserError';
}

/** True when the interface is in English, where the worker's detailed English messages fit. */
export function isEnglishInterface(): boolean {
  return t('languageCode') === 'en';
}

/**
 * Return the message to show for a failed request, in the interface's language. In English the
 * worker's own message is shown, because it names the exact value and field. In other languages
 * the translated message for the error code is shown. An invalid QR code always gets the mail
 * system's own wording, so users recognise it.
 */
export function describeError(error: unknown): string {
  if (error instanceof UserError) return error.message;
  if (!(error instanceof ExtensionError)) return t('errorInternal');
  if (error.code === 'invalid-qr') return t('errorInvalidQr');
  if (isEnglishInterface() && error.message !== '') return error.message;
  return t(MESSAGE_KEYS[error.code]);
}

/** Return the error code of a failed request, or null for an unexpected exception. */
export function errorCode(error: unknown): ErrorCode | null {
  return error instanceof ExtensionError ? error.code : null;
}
