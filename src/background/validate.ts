import { ExtensionError } from '../shared/errors';
import { t } from '../shared/i18n';

/**
 * Guards for message payloads. Every payload comes from another context and is checked before
 * use, so a malformed message gets a plain error instead of reaching the vault.
 */
function invalid(message: string): never {
  throw new ExtensionError('invalid-request', message);
}

export function expectRecord(payload: unknown): Record<string, unknown> {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    invalid(t('requestNotObject'));
  }
  return payload as Record<string, unknown>;
}

export function expectString(
  record: Record<string, unknown>,
  key: string,
  maxLength = 4096,
): string {
  const value = record[key];
  if (typeof value !== 'string') invalid(t('requestNotText', key));
  if (value.length > maxLength) invalid(t('requestTooLong', [key, String(maxLength)]));
  return value;
}

export function expectOptionalString(
  record: Record<string, unknown>,
  key: string,
  maxLength = 4096,
): string | undefined {
  return record[key] === undefined || record[key] === null
    ? undefined
    : expectString(record, key, maxLength);
}

export function expectInteger(record: Record<string, unknown>, key: string): number {
  const value = record[key];
  if (typeof value !== 'number' || !Number.isSafeInteger(value))
    invalid(t('requestNotInteger', key));
  return value;
}

export function expectOneOf<T extends string>(
  record: Record<string, unknown>,
  key: string,
  allowed: readonly T[],
): T {
  const value = record[key];
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    invalid(t('requestNotOneOf', [key, allowed.join(', ')]));
  }
  return value as T;
}
