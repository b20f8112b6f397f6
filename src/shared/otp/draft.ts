/**
 * Validation of a key typed in by hand. It applies the same normalization and rules as the key
 * URI parser, never throws, and reports every invalid field at once so a form can mark them all.
 */
import type { KeyDraft } from '../account';
import { t } from '../i18n';
import {
  DEFAULT_PERIOD,
  parseAlgorithm,
  parseCounter,
  parseDigits,
  parsePeriod,
  parseType,
} from './options';
import { normalizeSecret } from './secret';
import { joinSentences } from './sentences';
import { cleanName, type NameField } from './names';

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

function checkName(value: string, field: NameField): { value: string; error?: string } {
  const cleaned = cleanName(value, field);
  if (!cleaned.ok) return { value: '', error: cleaned.message };
  if (field === 'account' && cleaned.value === '') {
    return { value: '', error: t('keyAccountMissing') };
  }
  return { value: cleaned.value };
}

/**
 * Validates a manually entered key and returns the normalized draft, or every invalid field with
 * its reason. The counter is read for `hotp` keys only, and a missing one is an error.
 */
export function validateDraft(input: DraftInput): DraftValidation {
  const fields: Partial<Record<DraftField, string>> = {};

  const issuer = checkName(input.issuer, 'issuer');
  if (issuer.error !== undefined) fields.issuer = issuer.error;
  const label = checkName(input.label, 'account');
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
    fields.counter = missing ? t('keyCounterMissing') : counter.message;
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
    return {
      ok: false,
      error: 'invalid-uri',
      message: joinSentences(Object.values(fields)),
      fields,
    };
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
