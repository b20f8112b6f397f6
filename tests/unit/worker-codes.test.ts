import { describe, expect, it } from 'vitest';
import type { Account, Algorithm } from '../../src/shared/account';
import { generateCode } from '../../src/shared/otp/codes';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import { codesFor, computeCode, forgetCodeKeys } from '../../src/background/codes';
import { referenceBase32Encode } from './otp-reference';

const SEEDS: Record<Algorithm, string> = {
  SHA1: '12345678901234567890',
  SHA256: '12345678901234567890123456789012',
  SHA512: '1234567890123456789012345678901234567890123456789012345678901234',
};

function account(algorithm: Algorithm, overrides: Partial<Account> = {}): Account {
  return {
    id: `id-${algorithm}`,
    issuer: 'Demo Mail',
    label: 'alice@demo.test',
    type: 'totp',
    secret: referenceBase32Encode(Buffer.from(SEEDS[algorithm], 'ascii')),
    algorithm,
    digits: 8,
    period: 30,
    counter: 0,
    createdAt: 0,
    ...overrides,
  };
}

// RFC 6238, Appendix B: 8-digit codes, 30-second steps.
const RFC_6238: [seconds: number, algorithm: Algorithm, code: string][] = [
  [59, 'SHA1', '94287082'],
  [59, 'SHA256', '46119246'],
  [59, 'SHA512', '90693936'],
  [1111111109, 'SHA1', '07081804'],
  [1234567890, 'SHA256', '91819424'],
  [2000000000, 'SHA512', '38618901'],
  [20000000000, 'SHA1', '65353130'],
];

const TIMES = [0, 29_999, 30_000, 1_234_567_890_123, 1_767_225_600_000, 20_000_000_000_000];

describe('computeCode', () => {
  it.each(RFC_6238)('RFC 6238 vector at %i s, %s', async (seconds, algorithm, code) => {
    forgetCodeKeys();
    expect((await computeCode(account(algorithm), seconds * 1000)).code).toBe(code);
  });

  it.each([
    [6, 30, 'SHA1'],
    [7, 45, 'SHA256'],
    [8, 60, 'SHA512'],
    [10, 30, 'SHA1'],
    [6, 1, 'SHA256'],
  ] as const)('matches otpauth: %i digits, %i s, %s', async (digits, period, algorithm) => {
    const parameters = account(algorithm, { digits, period, id: `${digits}-${period}` });
    for (const nowMs of TIMES) {
      const expected = generateCode(parameters, nowMs);
      const actual = await computeCode(parameters, nowMs);
      expect(actual.code).toBe(expected.code);
      expect(actual.validFrom).toBe(expected.validFrom);
      expect(actual.validUntil).toBe(expected.validUntil);
    }
  });

  it.each([0, 1, 9, 2 ** 32 - 1, 2 ** 32, 2 ** 40 + 12345])(
    'HOTP matches otpauth, counter %i',
    async (counter) => {
      const parameters = account('SHA1', { type: 'hotp', digits: 6, counter, id: `h${counter}` });
      const expected = generateCode(parameters, 1_700_000_000_000);
      const actual = await computeCode(parameters, 1_700_000_000_000);
      expect(actual.code).toBe(expected.code);
      expect(actual.validUntil).toBe(Number.MAX_SAFE_INTEGER);
    },
  );
});

describe('codesFor', () => {
  it('codes follow list order', async () => {
    const accounts = (['SHA1', 'SHA256', 'SHA512'] as const).map((algorithm) => account(algorithm));
    const codes = await codesFor(accounts, { ...DEFAULT_SETTINGS, maxClockDriftSeconds: 0 });
    expect(codes.map((code) => code.accountId)).toEqual(accounts.map((entry) => entry.id));
  });

  it('cached key follows new id', async () => {
    // A different account under a new id must not reuse the key cached for an earlier one.
    const nowMs = 1_767_225_600_000;
    const first = account('SHA1', { id: 'same-algorithm-a' });
    const second = account('SHA1', {
      id: 'same-algorithm-b',
      secret: referenceBase32Encode(Buffer.from('abcdefghijabcdefghij', 'ascii')),
    });
    const firstCode = await computeCode(first, nowMs);
    const secondCode = await computeCode(second, nowMs);
    expect(firstCode.code).toBe(generateCode(first, nowMs).code);
    expect(secondCode.code).toBe(generateCode(second, nowMs).code);
  });
});
