/**
 * TOTP of RFC 6238 over HOTP of RFC 4226, written on node:crypto alone so that the demo
 * mailbox checks the extension's codes independently of the otpauth library it uses.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { decodeBase32, encodeBase32 } from './base32';

/** Time step of the mailbox's codes, in seconds. */
export const TOTP_PERIOD_SECONDS = 30;
export const TOTP_DIGITS = 6;
/** Steps accepted on either side of the current one, for clock drift and typing time. */
export const TOTP_DRIFT_STEPS = 1;

/** Computes the HOTP value of RFC 4226 section 5.3 with HMAC-SHA1. */
export function computeHotp(key: Uint8Array, counter: number, digits: number): string {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const digest = createHmac('sha1', key).update(message).digest();
  // Dynamic truncation: the low nibble of the last byte picks four bytes of the digest.
  const offset = (digest.at(-1) ?? 0) & 0x0f;
  const binary = digest.readUInt32BE(offset) & 0x7fffffff;
  return String(binary % 10 ** digits).padStart(digits, '0');
}

/** Computes the TOTP code of a raw key at a time in milliseconds since the epoch. */
export function computeTotp(
  key: Uint8Array,
  timeMs: number,
  digits = TOTP_DIGITS,
  periodSeconds = TOTP_PERIOD_SECONDS,
): string {
  const counter = Math.floor(timeMs / 1000 / periodSeconds);
  return computeHotp(key, counter, digits);
}

/**
 * Checks a 6-digit code against a base32 secret at a time in milliseconds.
 * Returns the matching step offset (-1, 0 or 1), or null when the code does not match,
 * is not six digits, or the secret is not valid base32.
 *
 * NOTE: a code is accepted again within its window, although RFC 6238 section 5.2 requires verifiers
 * to reject a second use. So an attach followed at once by a logon passes with the same code.
 */
export function verifyTotp(secret: string, code: string, timeMs: number): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const key = decodeBase32(secret);
  if (key === null || key.length === 0) return null;
  const counter = Math.floor(timeMs / 1000 / TOTP_PERIOD_SECONDS);
  for (let offset = -TOTP_DRIFT_STEPS; offset <= TOTP_DRIFT_STEPS; offset++) {
    if (counter + offset < 0) continue;
    const expected = computeHotp(key, counter + offset, TOTP_DIGITS);
    if (timingSafeEqual(Buffer.from(expected), Buffer.from(code))) return offset;
  }
  return null;
}

/** Creates a fresh 160-bit secret, the HMAC-SHA1 key length that RFC 4226 recommends. */
export function createTotpSecret(): string {
  return encodeBase32(randomBytes(20));
}

/** Builds the key URI that authenticator apps read from the attach page's QR code. */
export function buildKeyUri(issuer: string, account: string, secret: string): string {
  const label = `${encodeURIComponent(issuer)}:${encodeURIComponent(account)}`;
  const query = new URLSearchParams({
    secret,
    issuer,
    algorithm: 'SHA1',
    digits: String(TOTP_DIGITS),
    period: String(TOTP_PERIOD_SECONDS),
  });
  return `otpauth://totp/${label}?${query.toString()}`;
}
