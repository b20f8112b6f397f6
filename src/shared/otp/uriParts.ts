/**
 * Splitting and decoding of the label and query of an otpauth:// URI. Key URI generators differ
 * in how they encode: some use percent-encoding everywhere, some use `+` for spaces as HTML forms
 * do, and some leave colons and `@` unencoded. These helpers accept all of them.
 */
import { t } from '../i18n';
import { fail, ok, type Result } from '../result';
import { cleanName } from './names';

export type PartError = 'invalid-part' | 'invalid-name';

/** Account names that are mailbox addresses keep a literal `+`, as in "alice+otp@example.com". */
const MAILBOX = /^[^\s@:]+@[^\s@:]+$/;

/** Separates issuer and account name in a label: a colon, raw or percent-encoded. */
const LABEL_SEPARATOR = /:|%3A/i;

/**
 * Percent-decodes a URI component, reading `+` as a space when `plusIsSpace` is set. `field` is
 * the translated name of the part, which the error message quotes.
 */
export function decodeComponent(
  raw: string,
  field: string,
  plusIsSpace: boolean,
): Result<string, PartError> {
  const spaced = plusIsSpace ? raw.replace(/\+/g, ' ') : raw;
  try {
    return ok(decodeURIComponent(spaced));
  } catch {
    return fail('invalid-part', t('keyPercentEncoding', field));
  }
}

export interface Label {
  /** Issuer prefix of the label, or an empty string when the label has none. */
  issuer: string;
  account: string;
}

/**
 * Splits a raw label at its first colon into issuer prefix and account name, and decodes both.
 * Spaces after the colon are dropped, as the key URI format allows "Example:%20alice".
 */
export function splitLabel(rawLabel: string): Result<Label, PartError> {
  const separator = LABEL_SEPARATOR.exec(rawLabel);
  const rawIssuer = separator === null ? '' : rawLabel.slice(0, separator.index);
  const rawAccount =
    separator === null ? rawLabel : rawLabel.slice(separator.index + separator[0].length);

  const issuer = decodeComponent(rawIssuer, t('keyFieldLabelIssuer'), true);
  if (!issuer.ok) return issuer;
  const accountField = t('keyFieldAccount');
  const plainAccount = decodeComponent(rawAccount, accountField, false);
  if (!plainAccount.ok) return plainAccount;
  const keepPlus = MAILBOX.test(plainAccount.value.trim());
  const account = keepPlus ? plainAccount : decodeComponent(rawAccount, accountField, true);
  if (!account.ok) return account;

  const cleanIssuer = cleanName(issuer.value, 'issuer');
  if (!cleanIssuer.ok) return cleanIssuer;
  const cleanAccount = cleanName(account.value, 'account');
  if (!cleanAccount.ok) return cleanAccount;
  return ok({ issuer: cleanIssuer.value, account: cleanAccount.value });
}

/**
 * Parses a query string into lower-case parameter names and decoded values. A parameter that
 * appears twice with different values is rejected, because picking one could silently choose
 * the wrong secret. Pieces without `=` are ignored like any unknown parameter.
 */
export function parseQuery(query: string): Result<Map<string, string>, PartError> {
  const parameters = new Map<string, string>();
  for (const piece of query.split('&')) {
    const equals = piece.indexOf('=');
    if (equals <= 0) continue;
    const name = decodeComponent(piece.slice(0, equals), t('keyFieldParameterName'), true);
    if (!name.ok) return name;
    const key = name.value.trim().toLowerCase();
    const value = decodeComponent(piece.slice(equals + 1), t('keyFieldParameter', key), true);
    if (!value.ok) return value;

    const previous = parameters.get(key);
    if (previous !== undefined && previous !== value.value) {
      return fail('invalid-part', t('keyParameterTwice', key));
    }
    parameters.set(key, value.value);
  }
  return ok(parameters);
}
