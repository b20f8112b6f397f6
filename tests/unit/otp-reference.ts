/**
 * HOTP (RFC 4226, section 5.3) and TOTP (RFC 6238, section 4) written again on node:crypto, with
 * a base32 codec of its own, so tests check otpauth and our parser against an implementation
 * that shares no code with them.
 */
import { createHmac } from 'node:crypto';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** Decodes canonical base32 (upper case, no padding), dropping trailing bits. */
export function referenceBase32Decode(text: string): Buffer {
  let bits = '';
  for (const character of text) {
    const value = ALPHABET.indexOf(character);
    if (value === -1) throw new Error(`not base32: ${character}`);
    bits += value.toString(2).padStart(5, '0');
  }
  const bytes: number[] = [];
  for (let start = 0; start + 8 <= bits.length; start += 8) {
    bytes.push(parseInt(bits.slice(start, start + 8), 2));
  }
  return Buffer.from(bytes);
}

/** Encodes bytes as base32 without padding. */
export function referenceBase32Encode(bytes: Uint8Array): string {
  const bits = [...bytes].map((byte) => byte.toString(2).padStart(8, '0')).join('');
  let text = '';
  for (let start = 0; start < bits.length; start += 5) {
    text += ALPHABET.charAt(parseInt(bits.slice(start, start + 5).padEnd(5, '0'), 2));
  }
  return text;
}

/** Computes an HOTP value with dynamic truncation, for a counter up to 2^53 - 1. */
export function referenceHotp(
  key: Uint8Array,
  counter: number,
  digits: number,
  algorithm: 'SHA1' | 'SHA256' | 'SHA512' = 'SHA1',
): string {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const digest = createHmac(algorithm.toLowerCase(), key).update(message).digest();
  const offset = (digest[digest.length - 1] ?? 0) & 0x0f;
  const binary = digest.readUInt32BE(offset) & 0x7fffffff;
  return String(binary % 10 ** digits).padStart(digits, '0');
}

/** Computes a TOTP value at a time given in milliseconds since the epoch. */
export function referenceTotp(
  key: Uint8Array,
  timeMs: number,
  digits: number,
  periodSeconds: number,
  algorithm: 'SHA1' | 'SHA256' | 'SHA512' = 'SHA1',
): string {
  const counter = Math.floor(timeMs / 1000 / periodSeconds);
  return referenceHotp(key, counter, digits, algorithm);
}
