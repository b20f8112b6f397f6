import { ExtensionError } from '../shared/errors';
import { t, type MessageKey } from '../shared/i18n';
import type { ErrorCode } from '../shared/messages';

/** The mail system's message for an unreadable QR code, as the English catalog has it. */
const INVALID_QR_ENGLISH = 'Invalid QR code format. Please retry.';

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

/** True when the interface is in English. */
export function isEnglishInterface(): boolean {
  return t('languageCode') === 'en';
}

/**
 * Return the mail system's own wording for a QR code it cannot read, so users recognise it,
 * followed by the worker's reason when there is one. The reason is compared with the English
 * wording too, because some worker messages are still built in English.
 */
function describeInvalidQr(detail: string): string {
  const wording = t('errorInvalidQr');
  if (detail === '' || detail === wording || detail === INVALID_QR_ENGLISH) return wording;
  return `${wording} ${detail}`;
}

/**
 * Return the message to show for a failed request. The worker builds its messages in the
 * browser's language, which is also the interface's, so its own message is shown: it names the
 * exact value and field. The message for the error code serves only when the worker sent none.
 */
export function describeError(error: unknown): string {
  if (error instanceof UserError) return error.message;
  if (!(error instanceof ExtensionError)) return t('errorInternal');
  if (error.code === 'invalid-qr') return describeInvalidQr(error.message);
  return error.message === '' ? t(MESSAGE_KEYS[error.code]) : error.message;
}

/** Return the error code of a failed request, or null for an unexpected exception. */
export function errorCode(error: unknown): ErrorCode | null {
  return error instanceof ExtensionError ? error.code : null;
}
