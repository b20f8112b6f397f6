import { describe, expect, it } from 'vitest';
import type { KeyDraft } from '../../src/shared/account';
import { isDuplicate, partitionDuplicates } from '../../src/shared/otp/duplicates';
import { importText } from '../../src/shared/otp/importText';
import { INVALID_QR_MESSAGE, readTotpQr } from '../../src/shared/otp/qrText';
import { unwrap } from './otp-result';

const SECRET = 'JBSWY3DPEHPK3PXP';
const ALICE = `otpauth://totp/Example:alice@example.com?secret=${SECRET}&issuer=Example`;
const BOB = 'otpauth://totp/Example:bob@example.com?secret=GEZDGNBVGY3TQOJQ&issuer=Example';
// One account, "carol" of issuer "Team", in the wire format of otp-migration.test.ts.
const EXPORT =
  'otpauth-migration://offline?data=Ch8KCkhlbGxvId6tvu8SBWNhcm9sGgRUZWFtIAEoATACEAEYASAAKAA%3D';

describe('importText', () => {
  it('reads one URI per line', () => {
    const result = importText(`${ALICE}\r\n${BOB}\n`);
    expect(result.drafts.map((item) => [item.line, item.draft.label])).toEqual([
      [1, 'alice@example.com'],
      [2, 'bob@example.com'],
    ]);
  });

  it('skips blanks and comments', () => {
    const result = importText(`# backup\n\n   \n${ALICE}`);
    expect(result.drafts.map((item) => item.line)).toEqual([4]);
  });

  it('reports errors per line', () => {
    const result = importText(`${ALICE}\nnot a uri\notpauth://totp/x?secret=SHORT`);
    expect(result.errors.map((error) => error.line)).toEqual([2, 3]);
  });

  it('names the failing field', () => {
    const result = importText('otpauth://totp/x?secret=SHORT');
    expect(result.errors[0]?.message).toContain('too short');
  });

  it('expands export URIs', () => {
    const result = importText(`${ALICE}\n${EXPORT}`);
    expect(result.drafts.map((item) => [item.line, item.draft.issuer, item.draft.label])).toEqual([
      [1, 'Example', 'alice@example.com'],
      [2, 'Team', 'carol'],
    ]);
  });

  it('rejects too many lines', () => {
    const result = importText('\n'.repeat(10_000));
    expect(result.errors[0]?.message).toContain('maximum of 10000');
  });
});

const DRAFT: KeyDraft = {
  type: 'totp',
  secret: SECRET,
  algorithm: 'SHA1',
  digits: 6,
  period: 30,
  counter: 0,
  issuer: 'Example',
  label: 'alice@example.com',
};

describe('isDuplicate', () => {
  it.each([
    ['identical draft', {}, true],
    ['issuer in other case', { issuer: 'EXAMPLE' }, true],
    ['extra spaces in name', { label: '  alice@example.com ' }, true],
    ['full-width letters', { issuer: 'Ｅｘａｍｐｌｅ' }, true],
    ['unused trailing bits', { secret: `${SECRET}A` }, true],
    ['other secret', { secret: 'GEZDGNBVGY3TQOJQ' }, false],
    ['other issuer', { issuer: 'Other' }, false],
    ['other account', { label: 'bob@example.com' }, false],
  ] as const)('%s', (_name, change, expected) => {
    expect(isDuplicate({ ...DRAFT, ...change }, [DRAFT])).toBe(expected);
  });
});

describe('partitionDuplicates', () => {
  it('splits against stored and earlier', () => {
    const bob = { ...DRAFT, label: 'bob' };
    const carol = { ...DRAFT, label: 'carol' };
    const result = partitionDuplicates([DRAFT, bob, carol, { ...bob }], [DRAFT]);
    expect(result.unique.map((draft) => draft.label)).toEqual(['bob', 'carol']);
    expect(result.duplicates.map((draft) => draft.label)).toEqual(['alice@example.com', 'bob']);
  });
});

describe('readTotpQr', () => {
  it('reads a TOTP key URI', () => {
    const result = readTotpQr(['https://example.com', ALICE]);
    expect(unwrap(result).label).toBe('alice@example.com');
  });

  it.each([
    ['web address', ['https://example.com']],
    ['HOTP key', ['otpauth://hotp/a?secret=JBSWY3DPEHPK3PXP&counter=1']],
    ['no text', []],
  ])('mail message for %s', (_name, texts) => {
    const result = readTotpQr(texts);
    expect(result.ok ? '' : result.message).toBe(INVALID_QR_MESSAGE);
  });

  it('specific message for invalid key', () => {
    const result = readTotpQr(['otpauth://totp/a?secret=JBSWY3DP']);
    expect(result.ok ? '' : result.message).toContain('too short');
  });
});
