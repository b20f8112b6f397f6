/**
 * One account of a Google Authenticator export: the OtpParameters message, with fields secret (1,
 * bytes), name (2), issuer (3), algorithm (4), digits (5), type (6) and counter (7). The exported
 * name is often "Issuer:account", so a prefix that repeats the issuer is dropped.
 */
import { Secret } from 'otpauth';
import type { Algorithm, KeyDraft, OtpType } from '../account';
import { t } from '../i18n';
import { fail, ok, type Result } from '../result';
import { DEFAULT_PERIOD } from './options';
import { type ProtoField, readFields } from './protobuf';
import { normalizeSecret } from './secret';
import { cleanName, quoteName } from './names';

/**
 * An exported account that cannot be used, named so the user can recognize it. The names are
 * only for display: an invalid one is passed through {@link quoteName}.
 */
export interface RejectedAccount {
  issuer: string;
  label: string;
  reason: string;
}

/** Algorithm enum of the export format; 0 is "unspecified" and means SHA1. MD5 (4) is rejected. */
const ALGORITHMS: ReadonlyMap<bigint, Algorithm> = new Map([
  [0n, 'SHA1'],
  [1n, 'SHA1'],
  [2n, 'SHA256'],
  [3n, 'SHA512'],
]);

/** Digit count enum; 0 is "unspecified" and means 6. */
const DIGITS: ReadonlyMap<bigint, number> = new Map([
  [0n, 6],
  [1n, 6],
  [2n, 8],
]);

/** OTP type enum; 0 is "unspecified" and means TOTP, as in Google Authenticator. */
const TYPES: ReadonlyMap<bigint, OtpType> = new Map([
  [0n, 'totp'],
  [1n, 'hotp'],
  [2n, 'totp'],
]);

const utf8 = new TextDecoder('utf-8');

function varintField(fields: ProtoField[], number: number): bigint {
  const field = fields.findLast((candidate) => candidate.number === number);
  return field?.wireType === 0 ? field.value : 0n;
}

function bytesField(fields: ProtoField[], number: number): Uint8Array {
  const field = fields.findLast((candidate) => candidate.number === number);
  return field?.wireType === 2 ? field.value : new Uint8Array(0);
}

/** Splits "Issuer:account" when the prefix is the issuer, or when there is no issuer at all. */
function splitName(name: string, issuer: string): { issuer: string; label: string } {
  const colon = name.indexOf(':');
  if (colon === -1) return { issuer, label: name.trim() };
  const prefix = name.slice(0, colon).trim();
  const rest = name.slice(colon + 1).trim();
  if (issuer === '') return { issuer: prefix, label: rest };
  if (prefix.toLowerCase() === issuer.toLowerCase()) return { issuer, label: rest };
  return { issuer, label: name.trim() };
}

type Names = { issuer: string; label: string };

/**
 * Reads issuer and name with the same rules as a key URI. A name that breaks them rejects the
 * account, and the rejection quotes a safe form of both names.
 */
function readNames(fields: ProtoField[]): Result<Names, 'invalid-name'> & { quoted: Names } {
  const rawIssuer = utf8.decode(bytesField(fields, 3));
  const rawName = utf8.decode(bytesField(fields, 2));
  const invalid = (message: string) => ({
    ...fail('invalid-name', message),
    quoted: splitName(quoteName(rawName), quoteName(rawIssuer)),
  });
  const issuer = cleanName(rawIssuer, 'issuer');
  if (!issuer.ok) return invalid(issuer.message);
  const name = cleanName(rawName, 'account');
  if (!name.ok) return invalid(name.message);
  const names = splitName(name.value, issuer.value);
  return { ...ok(names), quoted: names };
}

/** Decodes one exported account, or names it with the reason it cannot be used. */
export function decodeOtpParameters(
  bytes: Uint8Array,
): { ok: true; value: KeyDraft } | { ok: false; rejected: RejectedAccount } {
  const fields = readFields(bytes);
  const read = readNames(fields);
  const reject = (reason: string) => ({ ok: false as const, rejected: { ...read.quoted, reason } });
  if (!read.ok) return reject(read.message);
  const names = read.value;

  const algorithmCode = varintField(fields, 4);
  const algorithm = ALGORITHMS.get(algorithmCode);
  if (algorithm === undefined) {
    const name = algorithmCode === 4n ? 'MD5' : `#${algorithmCode}`;
    return reject(t('importAlgorithmUnsupported', name));
  }
  const digitsCode = varintField(fields, 5);
  const digits = DIGITS.get(digitsCode);
  if (digits === undefined) return reject(t('importDigitsUnsupported', String(digitsCode)));
  const typeCode = varintField(fields, 6);
  const type = TYPES.get(typeCode);
  if (type === undefined) return reject(t('importTypeUnsupported', String(typeCode)));

  const secretBytes = bytesField(fields, 1);
  const secret = normalizeSecret(new Secret({ buffer: secretBytes.slice().buffer }).base32);
  if (!secret.ok) return reject(secret.message);
  // An unnamed account keeps its issuer as name, so it can still be recognized in the list.
  const label = names.label || names.issuer;
  if (label === '') return reject(t('importNoName'));

  const counter = BigInt.asUintN(64, varintField(fields, 7));
  if (type === 'hotp' && counter > BigInt(Number.MAX_SAFE_INTEGER)) {
    return reject(t('importCounterTooLarge'));
  }
  return {
    ok: true,
    value: {
      issuer: names.issuer,
      label,
      type,
      secret: secret.value,
      algorithm,
      digits,
      period: DEFAULT_PERIOD,
      counter: type === 'hotp' ? Number(counter) : 0,
    },
  };
}
