/**
 * Splitting and decoding of the label and query of an otpauth:// URI. Key URI generators differ
 * in how they encode: some use percent-encoding everywhere, some use `+` for spaces as HTML forms
 * do, and some leave colons and `@` unencoded. These helpers accept all of them.
 */
import { fail, ok, type Result } from '../result';

export type PartError = 'invalid-part';

/** Account names that are mailbox addresses keep a literal `+`, as in "alice+otp@example.com". */
const MAILBOX = /^[^\s@:]+@[^\s@:]+$/;

/** Separates issuer and account name in a label: a colon, raw or percent-encoded. */
const LABEL_SEPARATOR = /:|%3A/i;

/** Matches C0 and C1 control characters, which must not reach the popup's account list. */
const CONTROL_CHARACTER = /\p{Cc}/u;

/** Percent-decodes a URI component, reading `+` as a space when `plusIsSpace` is set. */
export function decodeComponent(
  raw: string,
  field: string,
  plusIsSpace: boolean,
): Result<string, PartError> {
  const spaced = plusIsSpace ? raw.replace(/\+/g, ' ') : raw;
  try {
    return ok(decodeURIComponent(spaced));
  } catch {
    return fail(
      'invalid-part',
      `The ${field} contains invalid percent-encoding. Each "%" must start a valid UTF-8 escape such as "%20".`,
    );
  }
}

/** Trims a decoded name and rejects control characters. */
export function cleanName(value: string, field: string): Result<string, PartError> {
  const trimmed = value.trim().replace(/\s+/g, ' ');
  if (CONTROL_CHARACTER.test(trimmed)) {
    return fail('invalid-part', `The ${field} contains a control character, which is not allowed.`);
  }
  return ok(trimmed);
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

  const issuer = decodeComponent(rawIssuer, 'issuer in the label', true);
  if (!issuer.ok) return issuer;
  const plainAccount = decodeComponent(rawAccount, 'account name', false);
  if (!plainAccount.ok) return plainAccount;
  const keepPlus = MAILBOX.test(plainAccount.value.trim());
  const account = keepPlus ? plainAccount : decodeComponent(rawAccount, 'account name', true);
  if (!account.ok) return account;

  const cleanIssuer = cleanName(issuer.value, 'issuer');
  if (!cleanIssuer.ok) return cleanIssuer;
  const cleanAccount = cleanName(account.value, 'account name');
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
    const name = decodeComponent(piece.slice(0, equals), 'parameter name', true);
    if (!name.ok) return name;
    const key = name.value.trim().toLowerCase();
    const value = decodeComponent(piece.slice(equals + 1), `parameter "${key}"`, true);
    if (!value.ok) return value;

    const previous = parameters.get(key);
    if (previous !== undefined && previous !== value.value) {
      return fail(
        'invalid-part',
        `The parameter "${key}" appears twice with different values. Keep only the right one.`,
      );
    }
    parameters.set(key, value.value);
  }
  return ok(parameters);
}
