import { describe, expect, it } from 'vitest';
import type { KeyDraft } from '../../src/shared/account';
import { isDuplicate, partitionDuplicates } from '../../src/shared/otp/duplicates';
import { importEntries, importText, type ImportPlace } from '../../src/shared/otp/importText';
import { payload, toUri } from './otp-export';
import { INVALID_QR_MESSAGE, readTotpQr } from '../../src/shared/otp/qrText';
import { unwrap } from './otp-result';

const SECRET = 'JBSWY3DPEHPK3PXP';
const ALICE = `otpauth://totp/Example:alice@example.com?secret=${SECRET}&issuer=Example`;
const BOB = 'otpauth://totp/Example:bob@example.com?secret=GEZDGNBVGY3TQOJQ&issuer=Example';
// One account, "carol" of issuer "Team", in the wire format of otp-migration.test.ts.
const EXPORT =
  'otpauth-migration://offline?data=Ch8KCkhlbGxvId6tvu8SBWNhcm9sGgRUZWFtIAEoATACEAEYASAAKAA%3D';

const lines = (places: readonly ImportPlace[]) =>
  places.map((place) => ('line' in place ? place.line : -1));
const KEY_A = Uint8Array.from({ length: 10 }, (_, index) => index + 1);
const batchCode = (index: number, name: string, id = 77) =>
  toUri(payload([{ secret: KEY_A, name, issuer: 'Team' }], { size: 3, index, id }));

describe('importText', () => {
  it('reads one URI per line', () => {
    const result = importText(`${ALICE}\r\n${BOB}\n`);
    expect(lines(result.drafts.map((item) => item.place))).toEqual([1, 2]);
    expect(result.drafts.map((item) => item.draft.label)).toEqual([
      'alice@example.com',
      'bob@example.com',
    ]);
  });

  it('skips blanks and comments', () => {
    const result = importText(`# backup\n\n   \n${ALICE}`);
    expect(lines(result.drafts.map((item) => item.place))).toEqual([4]);
    expect(result.errors).toEqual([]);
  });

  it.each([
    ['not a URI', 'not a uri', 'is not a key URI'],
    ['short secret', 'otpauth://totp/x?secret=SHORT', 'too short'],
    ['missing secret', 'otpauth://totp/x?issuer=A', 'secret is missing'],
    ['bidi in name', 'otpauth://totp/moc.liam%E2%80%AE?secret=JBSWY3DPEHPK3PXP', 'U+202E'],
    ['long name', `otpauth://totp/${'a'.repeat(360)}?secret=JBSWY3DPEHPK3PXP`, 'maximum of 256'],
    ['bad export', 'otpauth-migration://offline?data=%%%', 'not valid base64'],
  ])('reports %s with line', (_name, bad, reason) => {
    const result = importText(`${ALICE}\n# note\n${bad}\n${BOB}`);
    expect(lines(result.errors.map((error) => error.place))).toEqual([3]);
    expect(result.errors[0]?.message).toContain(reason);
    expect(result.drafts).toHaveLength(2);
  });

  it('expands export URIs', () => {
    const result = importText(`${ALICE}\n${EXPORT}`);
    expect(lines(result.drafts.map((item) => item.place))).toEqual([1, 2]);
    expect(result.drafts.map((item) => [item.draft.issuer, item.draft.label])).toEqual([
      ['Example', 'alice@example.com'],
      ['Team', 'carol'],
    ]);
  });

  it('joins export codes in any order', () => {
    const result = importText([2, 0, 1].map((index) => batchCode(index, `n${index}`)).join('\n'));
    expect(result.drafts.map((item) => item.draft.label)).toEqual(['n2', 'n0', 'n1']);
    expect(result.errors).toEqual([]);
  });

  it('imports a repeated code once', () => {
    const codes = [batchCode(0, 'a'), batchCode(1, 'b'), batchCode(0, 'a'), batchCode(2, 'c')];
    const result = importText(codes.join('\n'));
    expect(result.drafts.map((item) => item.draft.label)).toEqual(['a', 'b', 'c']);
  });

  it('reports missing export codes', () => {
    const result = importText(`${ALICE}\n${batchCode(1, 'b')}`);
    expect(result.drafts.map((item) => item.draft.label)).toEqual(['alice@example.com', 'b']);
    expect(lines(result.errors.map((error) => error.place))).toEqual([2]);
    expect(result.errors[0]?.message).toBe(
      'The Google Authenticator export has 3 QR codes, but these were not imported: 1, 3. Import them too to add their accounts.',
    );
  });

  it('keeps two exports apart', () => {
    const result = importText([batchCode(0, 'a', 1), batchCode(1, 'b', 2)].join('\n'));
    expect(result.drafts).toHaveLength(2);
    expect(lines(result.errors.map((error) => error.place))).toEqual([1, 2]);
  });

  it('names skipped export accounts', () => {
    const md5 = toUri(payload([{ secret: KEY_A, name: 'dave', issuer: 'Old', algorithm: 4 }]));
    const result = importText(md5);
    expect(result.errors[0]?.message).toBe(
      'The account "Old: dave" was skipped. The algorithm MD5 is not supported. Only SHA1, SHA256 and SHA512 are.',
    );
  });

  it('rejects too many lines', () => {
    const result = importText('\n'.repeat(10_000));
    expect(result.errors[0]?.message).toContain('maximum of 10000');
  });
});

describe('importEntries', () => {
  it('keeps image places', () => {
    const result = importEntries([
      { place: { image: 2 }, text: ALICE },
      { place: { image: 3 }, text: 'otpauth://totp/x?secret=1' },
    ]);
    expect(result.drafts.map((item) => item.place)).toEqual([{ image: 2 }]);
    expect(result.errors.map((error) => error.place)).toEqual([{ image: 3 }]);
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
