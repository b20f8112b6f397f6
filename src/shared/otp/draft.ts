/**
 * Validation of a key typed in by hand. It applies the same normalization and rules as the key
 * URI parser, never throws, and reports every invalid field at once so a form can mark them all.
 */
import type { KeyDraft } from '../account';
import {
  DEFAULT_PERIOD,
  parseAlgorithm,
  parseCounter,
  parseDigits,
  parsePeriod,
  parseType,
} from './options';
import { normalizeSecret } from './secret';
import { cleanName } from './uriParts';

/** Form fields of manual entry. Advanced options may be left out and then get their defaults. */
export interface DraftInput {
  issuer: string;
  /** Account name, such as the mailbox address. */
  label: string;
  /** Setup key in base32, in any letter case, with or without spaces, hyphens and padding. */
  secret: string;
  type?: string;
  algorithm?: string;
  digits?: string | number;
  period?: string | number;
  counter?: string | number;
}

export type DraftField = keyof DraftInput;

/** Outcome of {@link validateDraft}: the draft, or one plain-language message per invalid field. */
export type DraftValidation =
  | { ok: true; value: KeyDraft }
  | {
      ok: false;
      error: 'invalid-uri';
      message: string;
      fields: Partial<Record<DraftField, string>>;
    };

/** Maximum length of an issuer or account name, far above any real one. */
export const MAX_NAME_LENGTH = 256;

function checkName(
  value: string,
  field: string,
  required: boolean,
): { value: string; error?: string } {
  const cleaned = cleanName(value, field);
  if (!cleaned.ok) return { value: '', error: cleaned.message };
  if (required && cleaned.value === '') {
    return { value: '', error: `The ${field} is missing. Enter the mailbox address or user name.` };
  }
  if (cleaned.value.length > MAX_NAME_LENGTH) {
    return { value: '', error: `The ${field} is longer than ${MAX_NAME_LENGTH} characters.` };
  }
  return { value: cleaned.value };
}

/**
 * Validates a manually entered key and returns the normalized draft, or every invalid field with
 * its reason. The counter is read for `hotp` keys only, and a missing one is an error.
 */
export function validateDraft(input: DraftInput): DraftValidation {
  const fields: Partial<Record<DraftField, string>> = {};

  const issuer = checkName(input.issuer, 'issuer', false);
  if (issuer.error !== undefined) fields.issuer = issuer.error;
  const label = checkName(input.label, 'account name', true);
  if (label.error !== undefined) fields.label = label.error;

  const secret = normalizeSecret(input.secret);
  if (!secret.ok) fields.secret = secret.message;
  const type = parseType(input.type ?? 'totp');
  if (!type.ok) fields.type = type.message;
  const algorithm = parseAlgorithm(input.algorithm ?? 'SHA1');
  if (!algorithm.ok) fields.algorithm = algorithm.message;
  const digits = parseDigits(input.digits ?? 6);
  if (!digits.ok) fields.digits = digits.message;
  const period = parsePeriod(input.period ?? DEFAULT_PERIOD);
  if (!period.ok) fields.period = period.message;

  const isHotp = type.ok && type.value === 'hotp';
  const counter = isHotp ? parseCounter(input.counter ?? '') : parseCounter(0);
  if (!counter.ok) {
    const missing = input.counter === undefined || input.counter === '';
    fields.counter = missing
      ? 'The counter is missing. A counter-based (hotp) key needs the current counter value.'
      : counter.message;
  }

  const failed = Object.keys(fields).length > 0;
  if (
    failed ||
    !secret.ok ||
    !type.ok ||
    !algorithm.ok ||
    !digits.ok ||
    !period.ok ||
    !counter.ok
  ) {
    return { ok: false, error: 'invalid-uri', message: Object.values(fields).join(' '), fields };
  }
  return {
    ok: true,
    value: {
      type: type.value,
      secret: secret.value,
      algorithm: algorithm.value,
      digits: digits.value,
      period: period.value,
      counter: counter.value,
      issuer: issuer.value,
      label: label.value,
    },
  };
}
