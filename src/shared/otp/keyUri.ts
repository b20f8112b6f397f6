/**
 * Key URIs in Google Authenticator's format, otpauth://TYPE/LABEL?PARAMETERS, described at
 * https://github.com/google/google-authenticator/wiki/Key-Uri-Format. Parsing normalizes before
 * it validates, so the variants that real issuers produce are accepted (see docs/key-uris.md).
 */
import { HOTP, Secret, TOTP } from 'otpauth';
import type { KeyDraft, OtpParameters } from '../account';
import { t } from '../i18n';
import { fail, ok, type Result } from '../result';
import {
  DEFAULT_PERIOD,
  parseAlgorithm,
  parseCounter,
  parseDigits,
  parsePeriod,
  parseType,
} from './options';
import { normalizeSecret } from './secret';
import { cleanName } from './names';
import { parseQuery, splitLabel } from './uriParts';

/**
 * Maximum length of a key URI, almost twice the 4,296 characters that the largest QR code
 * contains, so no real key URI is rejected and a pasted file cannot keep the parser busy.
 */
export const MAX_URI_LENGTH = 8192;

const KEY_URI = /^otpauth:\/\/([^/?#]*)\/([^?#]*)(?:\?([^#]*))?(?:#.*)?$/is;

/** Message for text that is not an otpauth:// URI at all, chosen by what the text looks like. */
function describeWrongScheme(text: string): string {
  if (/^otpauth-migration:/i.test(text)) return t('keyUriIsExport');
  if (/^otpauth:/i.test(text)) return t('keyUriMalformed');
  return t('keyUriNotKey');
}

/** Reads the optional parameters, applying defaults where the key URI format defines them. */
function readOptions(
  type: OtpParameters['type'],
  parameters: Map<string, string>,
): Result<Omit<OtpParameters, 'secret'>, 'invalid-option'> {
  const algorithm = parseAlgorithm(parameters.get('algorithm') ?? 'SHA1');
  if (!algorithm.ok) return algorithm;
  const digits = parseDigits(parameters.get('digits') ?? '6');
  if (!digits.ok) return digits;
  const period = parsePeriod(parameters.get('period') ?? String(DEFAULT_PERIOD));
  if (!period.ok) return period;

  let counter = 0;
  if (type === 'hotp') {
    const raw = parameters.get('counter');
    if (raw === undefined) return fail('invalid-option', t('keyUriCounterMissing'));
    const parsed = parseCounter(raw);
    if (!parsed.ok) return parsed;
    counter = parsed.value;
  }
  return ok({
    type,
    algorithm: algorithm.value,
    digits: digits.value,
    period: period.value,
    counter,
  });
}

/**
 * Parses a key URI into a draft account. Accepts `totp` and `hotp` in any letter case, secrets in
 * any common spelling, and issuers from the `issuer` parameter or, failing that, from the label
 * prefix. Unknown parameters are ignored. Each rejection names the field and the reason.
 */
export function parseKeyUri(uri: string): Result<KeyDraft, 'invalid-uri'> {
  const text = uri.trim();
  if (text.length > MAX_URI_LENGTH) {
    return fail('invalid-uri', t('keyUriTooLong', [String(text.length), String(MAX_URI_LENGTH)]));
  }
  const match = KEY_URI.exec(text);
  if (match === null) return fail('invalid-uri', describeWrongScheme(text));
  const [, rawType = '', rawLabel = '', query = ''] = match;

  const type = parseType(rawType);
  if (!type.ok) return fail('invalid-uri', type.message);
  const label = splitLabel(rawLabel);
  if (!label.ok) return fail('invalid-uri', label.message);
  if (label.value.account === '') return fail('invalid-uri', t('keyUriAccountMissing'));
  const parameters = parseQuery(query);
  if (!parameters.ok) return fail('invalid-uri', parameters.message);

  const rawSecret = parameters.value.get('secret');
  if (rawSecret === undefined) return fail('invalid-uri', t('keyUriSecretMissing'));
  const secret = normalizeSecret(rawSecret);
  if (!secret.ok) return fail('invalid-uri', secret.message);

  const issuerParameter = cleanName(parameters.value.get('issuer') ?? '', 'issuer');
  if (!issuerParameter.ok) return fail('invalid-uri', issuerParameter.message);
  const options = readOptions(type.value, parameters.value);
  if (!options.ok) return fail('invalid-uri', options.message);

  return ok({
    ...options.value,
    secret: secret.value,
    issuer: issuerParameter.value || label.value.issuer,
    label: label.value.account,
  });
}

/**
 * Builds the key URI of a draft, for export to a phone app. The issuer goes both into the label
 * prefix and into the `issuer` parameter, as the key URI format recommends. Expects a draft that
 * passed {@link validateDraft} or {@link parseKeyUri}.
 */
export function buildKeyUri(draft: KeyDraft): string {
  const common = {
    issuer: draft.issuer,
    label: draft.label,
    secret: Secret.fromBase32(draft.secret),
    algorithm: draft.algorithm,
    digits: draft.digits,
  };
  const otp =
    draft.type === 'hotp'
      ? new HOTP({ ...common, counter: draft.counter })
      : new TOTP({ ...common, period: draft.period });
  return otp.toString();
}
