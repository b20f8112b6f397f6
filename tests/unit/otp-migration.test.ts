import { describe, expect, it } from 'vitest';
import { decodeMigrationUri, type MigrationPayload } from '../../src/shared/otp/migration';
import { mergeMigrationBatch } from '../../src/shared/otp/migrationBatch';
import { payload, toUri } from './otp-export';
import { referenceBase32Encode } from './otp-reference';
import { unwrap } from './otp-result';

const KEY_A = Uint8Array.from([0x48, 0x65, 0x6c, 0x6c, 0x6f, 0x21, 0xde, 0xad, 0xbe, 0xef]);
const KEY_B = Uint8Array.from({ length: 20 }, (_, index) => index * 13);
const KEY_C = Uint8Array.from({ length: 32 }, (_, index) => 255 - index);

function decode(uri: string): MigrationPayload {
  const result = decodeMigrationUri(uri);
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

describe('decodeMigrationUri', () => {
  it('decodes one TOTP account', () => {
    const result = decode(
      toUri(payload([{ secret: KEY_A, name: 'alice@example.com', issuer: 'Example' }])),
    );
    expect(result.accounts).toEqual([
      {
        type: 'totp',
        secret: 'JBSWY3DPEHPK3PXP',
        algorithm: 'SHA1',
        digits: 6,
        period: 30,
        counter: 0,
        issuer: 'Example',
        label: 'alice@example.com',
      },
    ]);
  });

  it('reads batch fields', () => {
    const result = decode(toUri(payload([], { size: 3, index: 2, id: -123456 })));
    expect([result.version, result.batchSize, result.batchIndex, result.batchId]).toEqual([
      1, 3, 2, -123456,
    ]);
  });

  it.each([
    ['SHA256, 8 digits', { algorithm: 2, digits: 2 }, { algorithm: 'SHA256', digits: 8 }],
    ['SHA512', { algorithm: 3 }, { algorithm: 'SHA512' }],
    [
      'unspecified enums',
      { algorithm: 0, digits: 0, type: 0 },
      { algorithm: 'SHA1', digits: 6, type: 'totp' },
    ],
    ['HOTP with counter', { type: 1, counter: 7 }, { type: 'hotp', counter: 7 }],
    ['issuer prefix dropped', { name: 'Example:bob', issuer: 'Example' }, { label: 'bob' }],
    [
      'prefix becomes issuer',
      { name: 'ACME Co: bob', issuer: '' },
      { issuer: 'ACME Co', label: 'bob' },
    ],
    ['other prefix kept', { name: 'Team:bob', issuer: 'Example' }, { label: 'Team:bob' }],
    [
      'Chinese names',
      { name: '张三@例子.中国', issuer: '阿里邮箱' },
      { issuer: '阿里邮箱', label: '张三@例子.中国' },
    ],
    ['unnamed account', { name: '', issuer: 'Example' }, { label: 'Example' }],
  ] as const)('decodes %s', (_name, spec, expected) => {
    const result = decode(
      toUri(payload([{ secret: KEY_B, name: 'bob', issuer: 'Example', ...spec }])),
    );
    expect(result.accounts[0]).toMatchObject(expected);
  });

  it('keeps secret bytes', () => {
    const result = decode(toUri(payload([{ secret: KEY_C, name: 'carol' }])));
    expect(result.accounts[0]?.secret).toBe(referenceBase32Encode(KEY_C));
  });

  it('decodes several accounts', () => {
    const bytes = payload([
      { secret: KEY_A, name: 'alice' },
      { secret: KEY_B, name: 'bob' },
      { secret: KEY_C, name: 'carol' },
    ]);
    expect(decode(toUri(bytes)).accounts.map((draft) => draft.label)).toEqual([
      'alice',
      'bob',
      'carol',
    ]);
  });

  it('rejects MD5 with reason', () => {
    const bytes = payload([
      { secret: KEY_A, name: 'alice', issuer: 'Old', algorithm: 4 },
      { secret: KEY_B, name: 'bob' },
    ]);
    const result = decode(toUri(bytes));
    expect(result.accounts.map((draft) => draft.label)).toEqual(['bob']);
    expect(result.rejected.map(({ issuer, label }) => [issuer, label])).toEqual([['Old', 'alice']]);
    expect(result.rejected[0]?.reason).toContain('MD5 is not supported');
  });

  it.each([
    ['unknown digit count', { digits: 3 }, 'digit count'],
    ['unknown type', { type: 9 }, 'OTP type'],
    ['short secret', { secret: KEY_A.subarray(0, 9) }, 'too short'],
    ['empty secret', { secret: new Uint8Array(0) }, 'secret is missing'],
    ['RLO in name', { name: 'moc.liam\u202E' }, 'account name contains an invisible'],
    ['LRI in issuer', { issuer: '\u2066Team' }, 'issuer contains an invisible'],
    ['bell in name', { name: 'bob\u0007' }, 'control character (U+0007)'],
    ['360-character name', { name: 'n'.repeat(360) }, 'account name is 360 characters long'],
  ] as const)('rejects account with %s', (_name, spec, reason) => {
    const result = decode(toUri(payload([{ secret: KEY_B, name: 'bob', ...spec }])));
    expect(result.rejected[0]?.reason).toContain(reason);
  });

  it('quotes a rejected name safely', () => {
    const result = decode(toUri(payload([{ secret: KEY_B, name: 'moc.liam\u202E', issuer: 'X' }])));
    expect(result.rejected[0]?.label).toBe('moc.liam');
    expect(result.rejected[0]?.issuer).toBe('X');
  });

  it.each([
    ['unescaped plus', (base64: string) => base64],
    ['plus read as space', (base64: string) => base64.replace(/\+/g, ' ')],
    ['URL-safe alphabet', (base64: string) => base64.replace(/\+/g, '-').replace(/\//g, '_')],
    ['missing padding', (base64: string) => base64.replace(/=+$/, '')],
  ])('accepts base64 with %s', (_name, mangle) => {
    // This key makes the base64 text contain both "+" and "/".
    const secret = Uint8Array.from({ length: 20 }, () => 0xfb);
    const base64 = Buffer.from(payload([{ secret, name: 'dave' }])).toString('base64');
    expect(base64).toMatch(/[+/]/);
    const result = decodeMigrationUri(`otpauth-migration://offline?data=${mangle(base64)}`);
    expect(unwrap(result).accounts[0]?.label).toBe('dave');
  });

  it.each([
    [
      'other scheme',
      'otpauth://totp/a?secret=JBSWY3DPEHPK3PXP',
      'not a Google Authenticator export',
    ],
    ['missing data', 'otpauth-migration://offline?foo=1', 'contains no data'],
    ['invalid base64', 'otpauth-migration://offline?data=%%%', 'not valid base64'],
    ['wrong base64 length', 'otpauth-migration://offline?data=CgAB1', 'not valid base64'],
    ['truncated field', toUri(Uint8Array.from([0x0a, 0x05, 0x01])), 'damaged'],
    ['overlong varint', toUri(Uint8Array.from(Array(11).fill(0xff))), 'damaged'],
    ['group wire type', toUri(Uint8Array.from([0x0b])), 'damaged'],
    ['field number zero', toUri(Uint8Array.from([0x00, 0x01])), 'damaged'],
    ['index beyond size', toUri(payload([], { size: 2, index: 2, id: 1 })), 'code 3 of 2'],
  ])('rejects %s', (_name, uri, reason) => {
    const result = decodeMigrationUri(uri);
    expect(result.ok ? '' : result.message).toContain(reason);
  });
});

describe('mergeMigrationBatch', () => {
  const part = (index: number, name: string, id = 77) =>
    decode(toUri(payload([{ secret: KEY_B, name }], { size: 3, index, id })));

  it('joins codes in order', () => {
    const result = mergeMigrationBatch([part(2, 'c'), part(0, 'a'), part(1, 'b')]);
    expect(unwrap(result).accounts.map((draft) => draft.label)).toEqual(['a', 'b', 'c']);
  });

  it('lists missing codes', () => {
    const result = mergeMigrationBatch([part(1, 'b')]);
    expect(unwrap(result).missingIndexes).toEqual([0, 2]);
  });

  it('skips a repeated code', () => {
    const result = mergeMigrationBatch([part(0, 'a'), part(0, 'a'), part(1, 'b'), part(2, 'c')]);
    expect(unwrap(result).accounts.length).toBe(3);
  });

  it('rejects mixed exports', () => {
    const result = mergeMigrationBatch([part(0, 'a', 1), part(1, 'b', 2)]);
    expect(result.ok ? '' : result.message).toContain('different Google Authenticator exports');
  });

  it('rejects empty list', () => {
    expect(mergeMigrationBatch([]).ok).toBe(false);
  });
});
