/**
 * One account of a Google Authenticator export: the OtpParameters message, with fields secret (1,
 * bytes), name (2), issuer (3), algorithm (4), digits (5), type (6) and counter (7). The exported
 * name is often "Issuer:account", so a prefix that repeats the issuer is dropped.
 */
import { Secret } from 'otpauth';
import type { Algorithm, KeyDraft, OtpType } from '../account';
import { DEFAULT_PERIOD } from './options';
import { type ProtoField, readFields } from './protobuf';
import { normalizeSecret } from './secret';
import { cleanName } from './uriParts';

/** An exported account that cannot be used, named so the user can recognize it. */
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

function readNames(fields: ProtoField[]): { issuer: string; label: string } {
  const rawIssuer = cleanName(utf8.decode(bytesField(fields, 3)), 'issuer');
  const rawName = cleanName(utf8.decode(bytesField(fields, 2)), 'account name');
  return splitName(rawName.ok ? rawName.value : '', rawIssuer.ok ? rawIssuer.value : '');
}

/** Decodes one exported account, or names it with the reason it cannot be used. */
export function decodeOtpParameters(
  bytes: Uint8Array,
): { ok: true; value: KeyDraft } | { ok: false; rejected: RejectedAccount } {
  const fields = readFields(bytes);
  const names = readNames(fields);
  const reject = (reason: string) => ({ ok: false as const, rejected: { ...names, reason } });

  const algorithmCode = varintField(fields, 4);
  const algorithm = ALGORITHMS.get(algorithmCode);
  if (algorithm === undefined) {
    const name = algorithmCode === 4n ? 'MD5' : `number ${algorithmCode}`;
    return reject(`The algorithm ${name} is not supported. Only SHA1, SHA256 and SHA512 are.`);
  }
  const digitsCode = varintField(fields, 5);
  const digits = DIGITS.get(digitsCode);
  if (digits === undefined)
    return reject(`The digit count (enum value ${digitsCode}) is not supported.`);
  const typeCode = varintField(fields, 6);
  const type = TYPES.get(typeCode);
  if (type === undefined) return reject(`The OTP type (enum value ${typeCode}) is not supported.`);

  const secretBytes = bytesField(fields, 1);
  const secret = normalizeSecret(new Secret({ buffer: secretBytes.slice().buffer }).base32);
  if (!secret.ok) return reject(secret.message);
  // An unnamed account keeps its issuer as name, so it can still be recognized in the list.
  const label = names.label || names.issuer;
  if (label === '') return reject('The account has neither a name nor an issuer.');

  const counter = BigInt.asUintN(64, varintField(fields, 7));
  if (type === 'hotp' && counter > BigInt(Number.MAX_SAFE_INTEGER)) {
    return reject('The counter is larger than 2^53 - 1, which is not supported.');
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
