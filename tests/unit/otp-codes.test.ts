import { describe, expect, it } from 'vitest';
import type { Algorithm, OtpParameters } from '../../src/shared/account';
import { generateCode } from '../../src/shared/otp/codes';
import { referenceBase32Encode, referenceHotp, referenceTotp } from './otp-reference';

const SEEDS: Record<Algorithm, string> = {
  SHA1: '12345678901234567890',
  SHA256: '12345678901234567890123456789012',
  SHA512: '1234567890123456789012345678901234567890123456789012345678901234',
};

function totp(algorithm: Algorithm, digits = 8, period = 30): OtpParameters {
  const secret = referenceBase32Encode(Buffer.from(SEEDS[algorithm], 'ascii'));
  return { type: 'totp', secret, algorithm, digits, period, counter: 0 };
}

// RFC 6238, Appendix B: 8-digit codes, 30-second steps, seeds of 20, 32 and 64 ASCII bytes.
const RFC_6238: [seconds: number, algorithm: Algorithm, code: string][] = [
  [59, 'SHA1', '94287082'],
  [59, 'SHA256', '46119246'],
  [59, 'SHA512', '90693936'],
  [1111111109, 'SHA1', '07081804'],
  [1111111109, 'SHA256', '68084774'],
  [1111111109, 'SHA512', '25091201'],
  [1111111111, 'SHA1', '14050471'],
  [1111111111, 'SHA256', '67062674'],
  [1111111111, 'SHA512', '99943326'],
  [1234567890, 'SHA1', '89005924'],
  [1234567890, 'SHA256', '91819424'],
  [1234567890, 'SHA512', '93441116'],
  [2000000000, 'SHA1', '69279037'],
  [2000000000, 'SHA256', '90698825'],
  [2000000000, 'SHA512', '38618901'],
  [20000000000, 'SHA1', '65353130'],
  [20000000000, 'SHA256', '77737706'],
  [20000000000, 'SHA512', '47863826'],
];

// RFC 4226, Appendix D: 6-digit HOTP values for counters 0 to 9.
const RFC_4226 = [
  '755224',
  '287082',
  '359152',
  '969429',
  '338314',
  '254676',
  '287922',
  '162583',
  '399871',
  '520489',
];

describe('generateCode', () => {
  it.each(RFC_6238)('RFC 6238 vector at %i s, %s', (seconds, algorithm, code) => {
    expect(generateCode(totp(algorithm), seconds * 1000).code).toBe(code);
  });

  it.each(RFC_6238)('reference agrees at %i s, %s', (seconds, algorithm, code) => {
    const key = Buffer.from(SEEDS[algorithm], 'ascii');
    expect(referenceTotp(key, seconds * 1000, 8, 30, algorithm)).toBe(code);
  });

  it.each(RFC_4226.map((code, counter) => [counter, code] as const))(
    'RFC 4226 vector, counter %i',
    (counter, code) => {
      const parameters: OtpParameters = { ...totp('SHA1', 6), type: 'hotp', counter };
      expect(generateCode(parameters, 0).code).toBe(code);
    },
  );

  it.each([
    [59_000, 30, 30_000, 60_000],
    [60_000, 30, 60_000, 90_000],
    [1_700_000_123_456, 30, 1_700_000_100_000, 1_700_000_130_000],
    [1_700_000_123_456, 60, 1_700_000_100_000, 1_700_000_160_000],
    [1_700_000_123_456, 7, 1_700_000_120_000, 1_700_000_127_000],
  ])('TOTP window at %i ms, period %i', (nowMs, period, validFrom, validUntil) => {
    const code = generateCode(totp('SHA1', 6, period), nowMs);
    expect(code.validFrom).toBe(validFrom);
    expect(code.validUntil).toBe(validUntil);
  });

  it.each([
    [6, 30, 'SHA1'],
    [7, 45, 'SHA256'],
    [8, 60, 'SHA512'],
    [6, 1, 'SHA256'],
  ] as const)('matches reference: %i digits, %i s, %s', (digits, period, algorithm) => {
    const key = Buffer.from(SEEDS[algorithm], 'ascii');
    const parameters = totp(algorithm, digits, period);
    for (const nowMs of [0, 1_234_567_890_123, 1_767_225_600_000]) {
      expect(generateCode(parameters, nowMs).code).toBe(
        referenceTotp(key, nowMs, digits, period, algorithm),
      );
    }
  });

  it('HOTP at large counter', () => {
    const counter = 2 ** 40 + 12345;
    const parameters: OtpParameters = { ...totp('SHA1', 6), type: 'hotp', counter };
    const key = Buffer.from(SEEDS.SHA1, 'ascii');
    expect(generateCode(parameters, 0).code).toBe(referenceHotp(key, counter, 6));
  });

  it('HOTP window has no end', () => {
    const parameters: OtpParameters = { ...totp('SHA1', 6), type: 'hotp', counter: 3 };
    const code = generateCode(parameters, 1_700_000_000_000);
    expect(code.validFrom).toBe(1_700_000_000_000);
    expect(code.validUntil).toBe(Number.MAX_SAFE_INTEGER);
  });
});
