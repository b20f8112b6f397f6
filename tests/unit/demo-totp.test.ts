import { describe, expect, it } from 'vitest';
import { decodeBase32, encodeBase32 } from '../../demo/base32';
import { buildKeyUri, computeTotp, createTotpSecret, verifyTotp } from '../../demo/totp';
import { codeAt, KNOWN_SECRET } from './demo-client';

// RFC 6238 Appendix B, SHA-1 rows: the ASCII key "12345678901234567890", 8 digits, 30 s.
const RFC_KEY = new TextEncoder().encode('12345678901234567890');
const RFC_VECTORS: [seconds: number, code: string][] = [
  [59, '94287082'],
  [1111111109, '07081804'],
  [1111111111, '14050471'],
  [1234567890, '89005924'],
  [2000000000, '69279037'],
  [20000000000, '65353130'],
];

// RFC 4648 section 10 test vectors.
const BASE32_VECTORS: [text: string, encoded: string][] = [
  ['', ''],
  ['f', 'MY'],
  ['fo', 'MZXQ'],
  ['foo', 'MZXW6'],
  ['foob', 'MZXW6YQ'],
  ['fooba', 'MZXW6YTB'],
  ['foobar', 'MZXW6YTBOI'],
];

const NOW = Date.UTC(2026, 0, 1, 0, 0, 10);
const STEP_MS = 30_000;

describe('computeTotp', () => {
  it.each(RFC_VECTORS)('matches RFC 6238 at %i s', (seconds, code) => {
    expect(computeTotp(RFC_KEY, seconds * 1000, 8)).toBe(code);
  });

  it('agrees with otpauth library', () => {
    const key = decodeBase32(KNOWN_SECRET) ?? new Uint8Array();
    expect(computeTotp(key, NOW)).toBe(codeAt(KNOWN_SECRET, NOW));
  });
});

describe('verifyTotp', () => {
  it.each([
    ['previous step', -1],
    ['current step', 0],
    ['next step', 1],
  ])('accepts code of %s', (_name, offset) => {
    const code = codeAt(KNOWN_SECRET, NOW + offset * STEP_MS);
    expect(verifyTotp(KNOWN_SECRET, code, NOW)).toBe(offset);
  });

  it.each([
    ['two steps early', -2],
    ['two steps late', 2],
  ])('rejects code %s', (_name, offset) => {
    const code = codeAt(KNOWN_SECRET, NOW + offset * STEP_MS);
    expect(verifyTotp(KNOWN_SECRET, code, NOW)).toBeNull();
  });

  it.each(['', '12345', '1234567', 'abcdef', '12 345'])('rejects malformed code "%s"', (code) => {
    expect(verifyTotp(KNOWN_SECRET, code, NOW)).toBeNull();
  });

  it('rejects secret outside base32', () => {
    expect(verifyTotp('NOT-BASE32!', '123456', NOW)).toBeNull();
  });
});

describe('base32', () => {
  it.each(BASE32_VECTORS)('encodes "%s" per RFC 4648', (text, encoded) => {
    expect(encodeBase32(new TextEncoder().encode(text))).toBe(encoded);
  });

  it.each(BASE32_VECTORS)('decodes "%s" per RFC 4648', (text, encoded) => {
    expect(new TextDecoder().decode(decodeBase32(encoded) ?? new Uint8Array([0]))).toBe(text);
  });

  it('decodes lower case, spaces, padding', () => {
    expect(new TextDecoder().decode(decodeBase32('mzxw 6ytb oi======') ?? undefined)).toBe(
      'foobar',
    );
  });

  it('rejects digits 0, 1 and 8', () => {
    expect(decodeBase32('MZ0W1YT8')).toBeNull();
  });
});

describe('createTotpSecret', () => {
  it('creates 160-bit secrets', () => {
    expect(decodeBase32(createTotpSecret())?.length).toBe(20);
  });

  it('creates a different secret each time', () => {
    expect(createTotpSecret()).not.toBe(createTotpSecret());
  });
});

describe('buildKeyUri', () => {
  const uri = new URL(buildKeyUri('Demo Mail', 'alice@demo.test', KNOWN_SECRET));

  it('uses otpauth totp scheme', () => {
    expect(`${uri.protocol}//${uri.host}`).toBe('otpauth://totp');
  });

  it('labels with issuer and account', () => {
    expect(decodeURIComponent(uri.pathname)).toBe('/Demo Mail:alice@demo.test');
  });

  it.each([
    ['secret', KNOWN_SECRET],
    ['issuer', 'Demo Mail'],
    ['algorithm', 'SHA1'],
    ['digits', '6'],
    ['period', '30'],
  ])('carries %s parameter', (name, value) => {
    expect(uri.searchParams.get(name)).toBe(value);
  });
});
