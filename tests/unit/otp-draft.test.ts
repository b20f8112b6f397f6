import { describe, expect, it } from 'vitest';
import { type DraftInput, validateDraft } from '../../src/shared/otp/draft';
import { unwrap } from './otp-result';

const INPUT: DraftInput = {
  issuer: 'Example',
  label: 'alice@example.com',
  secret: 'JBSWY3DPEHPK3PXP',
};

describe('validateDraft', () => {
  it('applies defaults', () => {
    expect(validateDraft(INPUT)).toEqual({
      ok: true,
      value: {
        type: 'totp',
        secret: 'JBSWY3DPEHPK3PXP',
        algorithm: 'SHA1',
        digits: 6,
        period: 30,
        counter: 0,
        issuer: 'Example',
        label: 'alice@example.com',
      },
    });
  });

  it.each([
    ['spaced lower-case secret', { secret: 'jbsw y3dp ehpk 3pxp' }, { secret: 'JBSWY3DPEHPK3PXP' }],
    [
      'hyphenated padded secret',
      { secret: 'JBSW-Y3DP-EHPK-3PXP-IE======' },
      { secret: 'JBSWY3DPEHPK3PXPIE' },
    ],
    [
      'trimmed names',
      { issuer: '  ACME   Co ', label: ' bob ' },
      { issuer: 'ACME Co', label: 'bob' },
    ],
    ['empty issuer', { issuer: '' }, { issuer: '' }],
    [
      'string options',
      { algorithm: 'sha512', digits: '8', period: '60' },
      { algorithm: 'SHA512', digits: 8, period: 60 },
    ],
    ['number options', { digits: 7, period: 45 }, { digits: 7, period: 45 }],
    ['HOTP counter', { type: 'HOTP', counter: '5' }, { type: 'hotp', counter: 5 }],
    ['TOTP ignores counter', { counter: 'x' }, { counter: 0 }],
    ['HOTP counter zero', { type: 'hotp', counter: '0' }, { type: 'hotp', counter: 0 }],
    ['HOTP keeps default period', { type: 'hotp', counter: 3 }, { period: 30 }],
    ['256-character name', { label: 'b'.repeat(256) }, { label: 'b'.repeat(256) }],
  ] as const)('accepts %s', (_name, change, expected) => {
    const result = validateDraft({ ...INPUT, ...change });
    expect(unwrap(result)).toMatchObject(expected);
  });

  it.each([
    ['missing account name', { label: ' ' }, 'label', 'account name is missing'],
    ['long account name', { label: 'a'.repeat(257) }, 'label', 'more than the maximum of 256'],
    ['control character', { issuer: 'A\u0007' }, 'issuer', 'control character (U+0007)'],
    ['RLO in name', { label: 'moc.liam\u202E' }, 'label', 'text-direction character (U+202E)'],
    ['LRE in issuer', { issuer: '\u202AExample' }, 'issuer', 'text-direction character (U+202A)'],
    ['PDI in name', { label: 'a\u2069' }, 'label', 'text-direction character (U+2069)'],
    ['LRM in name', { label: 'a\u200E' }, 'label', 'text-direction character (U+200E)'],
    ['Arabic mark in issuer', { issuer: 'a\u061C' }, 'issuer', '(U+061C)'],
    ['long issuer', { issuer: 'i'.repeat(300) }, 'issuer', 'issuer is 300 characters long'],
    ['missing secret', { secret: '' }, 'secret', 'secret is missing'],
    ['secret with zero', { secret: 'JBSWY3DPEHPK3PX0' }, 'secret', 'not a base32 character'],
    ['short secret', { secret: 'JBSWY3DP' }, 'secret', 'too short'],
    ['unknown type', { type: 'motp' }, 'type', 'type "motp"'],
    ['MD5 algorithm', { algorithm: 'md5' }, 'algorithm', 'not supported'],
    ['five digits', { digits: 5 }, 'digits', '6 to 8 digits'],
    ['zero period', { period: '0' }, 'period', 'above 0'],
    ['HOTP without counter', { type: 'hotp' }, 'counter', 'counter is missing'],
    ['HOTP negative counter', { type: 'hotp', counter: -2 }, 'counter', 'counter "-2"'],
    ['HOTP fractional counter', { type: 'hotp', counter: '1.5' }, 'counter', 'counter "1.5"'],
    ['HOTP empty counter', { type: 'hotp', counter: '' }, 'counter', 'counter is missing'],
  ] as const)('rejects %s', (_name, change, field, reason) => {
    const result = validateDraft({ ...INPUT, ...change });
    expect(result.ok ? {} : result.fields).toHaveProperty(field, expect.stringContaining(reason));
  });

  it('reports every invalid field', () => {
    const result = validateDraft({ issuer: '', label: '', secret: '0', digits: 9 });
    expect(result.ok ? [] : Object.keys(result.fields).sort()).toEqual([
      'digits',
      'label',
      'secret',
    ]);
  });

  it('joins field messages', () => {
    const result = validateDraft({ ...INPUT, label: '', digits: 9 });
    expect(result.ok ? '' : result.message).toMatch(/account name is missing.*number of digits/);
  });
});
