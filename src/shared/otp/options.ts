/**
 * Rules for the advanced options of a key: algorithm, digits, period and counter. The key URI
 * parser and manual entry share them, so both accept and reject the same values.
 */
import type { Algorithm, OtpType } from '../account';
import { t } from '../i18n';
import { fail, ok, type Result } from '../result';

export type OptionError = 'invalid-option';

export const MIN_DIGITS = 6;
export const MAX_DIGITS = 8;
export const DEFAULT_PERIOD = 30;

const ALGORITHMS: readonly Algorithm[] = ['SHA1', 'SHA256', 'SHA512'];

/** Reads an integer written in decimal digits only, so "1e3", "0x10" and "3.0" are rejected. */
function readInteger(value: string | number): number | null {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? value : null;
  const trimmed = value.trim();
  if (!/^\+?\d{1,16}$/.test(trimmed)) return null;
  const parsed = Number(trimmed);
  return Number.isSafeInteger(parsed) ? parsed : null;
}

/** Parses the OTP type, in any letter case. */
export function parseType(value: string): Result<OtpType, OptionError> {
  const type = value.trim().toLowerCase();
  if (type === 'totp' || type === 'hotp') return ok(type);
  return fail('invalid-option', t('keyTypeInvalid', value));
}

/** Parses the HMAC algorithm in any letter case, with or without a hyphen ("sha-256"). */
export function parseAlgorithm(value: string): Result<Algorithm, OptionError> {
  const name = value.trim().toUpperCase().replace('-', '');
  const algorithm = ALGORITHMS.find((candidate) => candidate === name);
  if (algorithm !== undefined) return ok(algorithm);
  return fail('invalid-option', t('keyAlgorithmInvalid', value));
}

/** Parses the code length. RFC 4226, section 5.3 requires at least 6 digits and allows 7 or 8. */
export function parseDigits(value: string | number): Result<number, OptionError> {
  const digits = readInteger(value);
  if (digits !== null && digits >= MIN_DIGITS && digits <= MAX_DIGITS) return ok(digits);
  return fail(
    'invalid-option',
    t('keyDigitsInvalid', [String(value), String(MIN_DIGITS), String(MAX_DIGITS)]),
  );
}

/** Parses the TOTP time step in seconds: any positive whole number. */
export function parsePeriod(value: string | number): Result<number, OptionError> {
  const period = readInteger(value);
  if (period !== null && period > 0) return ok(period);
  return fail('invalid-option', t('keyPeriodInvalid', String(value)));
}

/** Parses the HOTP counter: a whole number from 0 up to 2^53 - 1. */
export function parseCounter(value: string | number): Result<number, OptionError> {
  const counter = readInteger(value);
  if (counter !== null && counter >= 0) return ok(counter);
  return fail('invalid-option', t('keyCounterInvalid', String(value)));
}
