import { ExtensionError } from '../shared/errors';

/**
 * Guards for message payloads. Every payload comes from another context and is checked before
 * use, so a malformed message gets a plain error instead of reaching the vault.
 */
function invalid(detail: string): never {
  throw new ExtensionError('invalid-request', `The request is invalid: ${detail}.`);
}

export function expectRecord(payload: unknown): Record<string, unknown> {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    invalid('expected an object');
  }
  return payload as Record<string, unknown>;
}

export function expectString(
  record: Record<string, unknown>,
  key: string,
  maxLength = 4096,
): string {
  const value = record[key];
  if (typeof value !== 'string') invalid(`"${key}" must be text`);
  if (value.length > maxLength) invalid(`"${key}" is longer than ${maxLength} characters`);
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
    invalid(`"${key}" must be a whole number`);
  return value;
}

export function expectOneOf<T extends string>(
  record: Record<string, unknown>,
  key: string,
  allowed: readonly T[],
): T {
  const value = record[key];
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    invalid(`"${key}" must be one of ${allowed.join(', ')}`);
  }
  return value as T;
}
