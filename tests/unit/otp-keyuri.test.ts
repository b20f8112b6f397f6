import { URI } from 'otpauth';
import { describe, expect, it } from 'vitest';
import type { KeyDraft } from '../../src/shared/account';
import { generateCode } from '../../src/shared/otp/codes';
import { buildKeyUri, parseKeyUri } from '../../src/shared/otp/keyUri';
import { referenceBase32Decode, referenceHotp, referenceTotp } from './otp-reference';

const SECRET = 'JBSWY3DPEHPK3PXP';
const BASE = `otpauth://totp/Example:alice@example.com?secret=${SECRET}&issuer=Example`;
const NOW_MS = 1_767_225_600_000;

const DEFAULTS: KeyDraft = {
  type: 'totp',
  secret: SECRET,
  algorithm: 'SHA1',
  digits: 6,
  period: 30,
  counter: 0,
  issuer: 'Example',
  label: 'alice@example.com',
};

// Each case: name, URI, the fields that differ from DEFAULTS.
const ACCEPTED: [string, string, Partial<KeyDraft>][] = [
  ['canonical URI', BASE, {}],
  [
    '256-character account name',
    `otpauth://totp/Example:${'a'.repeat(256)}?secret=${SECRET}&issuer=Example`,
    { label: 'a'.repeat(256) },
  ],
  [
    'right-to-left name without controls',
    `otpauth://totp/Example:${encodeURIComponent('דני')}?secret=${SECRET}&issuer=Example`,
    { label: 'דני' },
  ],
  ['upper-case scheme and type', `OTPAUTH://TOTP/Example:alice@example.com?secret=${SECRET}`, {}],
  ['surrounding whitespace', `  ${BASE}\n`, {}],
  ['lower-case secret', BASE.replace(SECRET, 'jbswy3dpehpk3pxp'), {}],
  ['secret in spaced groups', BASE.replace(SECRET, 'jbsw%20y3dp%20ehpk%203pxp'), {}],
  ['secret with plus spaces', BASE.replace(SECRET, 'JBSW+Y3DP+EHPK+3PXP'), {}],
  ['secret with hyphens', BASE.replace(SECRET, 'JBSW-Y3DP-EHPK-3PXP'), {}],
  [
    'secret with padding',
    BASE.replace(SECRET, 'JBSWY3DPEHPK3PXPIE======'),
    { secret: 'JBSWY3DPEHPK3PXPIE' },
  ],
  [
    'percent-encoded padding',
    BASE.replace(SECRET, 'JBSWY3DPEHPK3PXPIE%3D%3D%3D%3D%3D%3D'),
    { secret: 'JBSWY3DPEHPK3PXPIE' },
  ],
  [
    'exactly 80-bit secret',
    BASE.replace(SECRET, 'GEZDGNBVGY3TQOJQ'),
    { secret: 'GEZDGNBVGY3TQOJQ' },
  ],
  [
    '160-bit secret',
    BASE.replace(SECRET, 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ'),
    { secret: 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ' },
  ],
  [
    'issuer from label only',
    `otpauth://totp/ACME%20Co:john.doe@email.com?secret=${SECRET}`,
    { issuer: 'ACME Co', label: 'john.doe@email.com' },
  ],
  [
    'issuer parameter wins',
    `otpauth://totp/Old:alice@example.com?secret=${SECRET}&issuer=New`,
    { issuer: 'New' },
  ],
  [
    'issuer parameter without prefix',
    `otpauth://totp/alice@example.com?secret=${SECRET}&issuer=Example`,
    {},
  ],
  ['no issuer anywhere', `otpauth://totp/alice@example.com?secret=${SECRET}`, { issuer: '' }],
  [
    'plus spaces in issuer',
    `otpauth://totp/alice@example.com?secret=${SECRET}&issuer=ACME+Co`,
    { issuer: 'ACME Co' },
  ],
  [
    'plus spaces in label',
    `otpauth://totp/ACME+Co:John+Doe?secret=${SECRET}`,
    { issuer: 'ACME Co', label: 'John Doe' },
  ],
  ['encoded colon and space', `otpauth://totp/Example%3A%20alice@example.com?secret=${SECRET}`, {}],
  ['raw space after colon', `otpauth://totp/Example: alice@example.com?secret=${SECRET}`, {}],
  ['encoded at sign', `otpauth://totp/Example:alice%40example.com?secret=${SECRET}`, {}],
  [
    'plus addressing kept',
    `otpauth://totp/Example:alice+otp@example.com?secret=${SECRET}`,
    { label: 'alice+otp@example.com' },
  ],
  [
    'encoded plus kept',
    `otpauth://totp/Example:alice%2Botp%40example.com?secret=${SECRET}`,
    { label: 'alice+otp@example.com' },
  ],
  [
    'encoded Chinese names',
    `otpauth://totp/%E9%98%BF%E9%87%8C%E9%82%AE%E7%AE%B1:%E5%BC%A0%E4%B8%89@example.cn?secret=${SECRET}`,
    { issuer: '阿里邮箱', label: '张三@example.cn' },
  ],
  [
    'raw Chinese names',
    `otpauth://totp/阿里邮箱:张三@例子.中国?secret=${SECRET}`,
    { issuer: '阿里邮箱', label: '张三@例子.中国' },
  ],
  [
    'Cyrillic account name',
    `otpauth://totp/Example:%D0%98%D0%B2%D0%B0%D0%BD?secret=${SECRET}&issuer=Example`,
    { label: 'Иван' },
  ],
  ['algorithm SHA256 lower case', `${BASE}&algorithm=sha256`, { algorithm: 'SHA256' }],
  ['algorithm SHA512 mixed case', `${BASE}&algorithm=Sha512`, { algorithm: 'SHA512' }],
  ['algorithm with hyphen', `${BASE}&algorithm=SHA-256`, { algorithm: 'SHA256' }],
  ['algorithm SHA1 explicit', `${BASE}&algorithm=SHA1`, {}],
  ['seven digits', `${BASE}&digits=7`, { digits: 7 }],
  ['eight digits', `${BASE}&digits=8`, { digits: 8 }],
  ['period 60', `${BASE}&period=60`, { period: 60 }],
  ['period 1', `${BASE}&period=1`, { period: 1 }],
  ['period 3600', `${BASE}&period=3600`, { period: 3600 }],
  [
    'HOTP with counter',
    `otpauth://hotp/Example:alice@example.com?secret=${SECRET}&counter=42`,
    { type: 'hotp', counter: 42, issuer: 'Example' },
  ],
  [
    'HOTP counter zero',
    `otpauth://HOTP/Example:alice@example.com?secret=${SECRET}&counter=0`,
    { type: 'hotp', counter: 0 },
  ],
  ['TOTP ignores counter', `${BASE}&counter=abc`, {}],
  [
    'unknown parameters ignored',
    `${BASE}&image=https%3A%2F%2Fexample.com%2Flogo.png&color=red&flag`,
    {},
  ],
  [
    'upper-case parameter names',
    `otpauth://totp/Example:alice@example.com?SECRET=${SECRET}&Issuer=Example`,
    {},
  ],
  ['repeated identical parameter', `${BASE}&secret=${SECRET}`, {}],
  ['fragment ignored', `${BASE}#note`, {}],
];

const REJECTED: [string, string, string][] = [
  ['plain text', 'hello', 'not a key URI'],
  ['web address', 'https://example.com/?secret=JBSWY3DPEHPK3PXP', 'not a key URI'],
  ['empty text', '', 'not a key URI'],
  ['export URI', 'otpauth-migration://offline?data=CgA%3D', 'Google Authenticator export'],
  ['missing label slash', `otpauth://totp?secret=${SECRET}`, 'malformed'],
  ['unknown type', `otpauth://motp/Example:alice?secret=${SECRET}`, 'type "motp"'],
  [
    'missing account name',
    `otpauth://totp/?secret=${SECRET}&issuer=Example`,
    'account name is missing',
  ],
  ['only issuer prefix', `otpauth://totp/Example:?secret=${SECRET}`, 'account name is missing'],
  ['missing secret', 'otpauth://totp/Example:alice?issuer=Example', 'secret is missing'],
  ['empty secret', 'otpauth://totp/Example:alice?secret=', 'secret is missing'],
  ['digit zero in secret', `otpauth://totp/a?secret=JBSWY3DPEHPK3PX0`, '"0" at position 16'],
  ['digit one in secret', `otpauth://totp/a?secret=1BSWY3DPEHPK3PXP`, 'not a base32 character'],
  ['digit eight in secret', `otpauth://totp/a?secret=JBSWY3DPEHPK3PX8`, 'letter B'],
  ['punctuation in secret', `otpauth://totp/a?secret=JBSWY3DP.EHPK3PXP`, 'not a base32 character'],
  [
    'padding inside secret',
    `otpauth://totp/a?secret=JBSWY3DP%3DEHPK3PXP`,
    'only appear at the end',
  ],
  ['15-character secret', `otpauth://totp/a?secret=JBSWY3DPEHPK3PX`, 'too short'],
  ['algorithm MD5', `${BASE}&algorithm=MD5`, 'algorithm "MD5" is not supported'],
  ['algorithm SHA224', `${BASE}&algorithm=SHA224`, 'algorithm'],
  ['five digits', `${BASE}&digits=5`, 'number of digits "5"'],
  ['nine digits', `${BASE}&digits=9`, 'number of digits'],
  ['digits in words', `${BASE}&digits=six`, 'number of digits'],
  ['period zero', `${BASE}&period=0`, 'period "0"'],
  ['negative period', `${BASE}&period=-30`, 'period'],
  ['fractional period', `${BASE}&period=1.5`, 'period'],
  ['exponent period', `${BASE}&period=1e3`, 'period'],
  ['HOTP without counter', `otpauth://hotp/a?secret=${SECRET}`, 'counter is missing'],
  ['HOTP negative counter', `otpauth://hotp/a?secret=${SECRET}&counter=-1`, 'counter "-1"'],
  [
    'HOTP huge counter',
    `otpauth://hotp/a?secret=${SECRET}&counter=99999999999999999999`,
    'counter',
  ],
  [
    'broken percent-encoding',
    `otpauth://totp/Example:alice%E0%A4?secret=${SECRET}`,
    'percent-encoding',
  ],
  ['broken parameter encoding', `${BASE}&issuer=%ZZ`, 'percent-encoding'],
  ['conflicting secrets', `${BASE}&secret=GEZDGNBVGY3TQOJQ`, '"secret" appears twice'],
  [
    'control character in name',
    `otpauth://totp/Example:alice%07?secret=${SECRET}`,
    'control character',
  ],
  ['overlong URI', `${BASE}&pad=${'x'.repeat(9000)}`, 'maximum'],
  [
    'RLO in account name',
    `otpauth://totp/Example:moc.liam%E2%80%AE?secret=${SECRET}`,
    'The account name contains an invisible text-direction character (U+202E)',
  ],
  [
    'isolate in issuer parameter',
    `otpauth://totp/alice?secret=${SECRET}&issuer=Ex%E2%81%A6ample`,
    'The issuer contains an invisible text-direction character (U+2066)',
  ],
  [
    'mark in label issuer',
    `otpauth://totp/Ex%E2%80%8Fample:alice?secret=${SECRET}`,
    'The issuer contains an invisible text-direction character (U+200F)',
  ],
  [
    'escape in issuer',
    `otpauth://totp/alice?secret=${SECRET}&issuer=Ex%1Bample`,
    'The issuer contains a control character (U+001B)',
  ],
  [
    'C1 control in name',
    `otpauth://totp/Example:al%C2%85ice?secret=${SECRET}`,
    'The account name contains a control character (U+0085)',
  ],
  [
    '360-character account name',
    `otpauth://totp/Example:${'a'.repeat(360)}?secret=${SECRET}`,
    'The account name is 360 characters long, more than the maximum of 256.',
  ],
  [
    '257-character issuer',
    `otpauth://totp/alice?secret=${SECRET}&issuer=${'i'.repeat(257)}`,
    'The issuer is 257 characters long, more than the maximum of 256.',
  ],
];

describe('parseKeyUri', () => {
  it.each(ACCEPTED)('accepts %s', (_name, uri, expected) => {
    const result = parseKeyUri(uri);
    expect(result).toEqual({ ok: true, value: { ...DEFAULTS, ...expected } });
  });

  it.each(REJECTED)('rejects %s', (_name, uri, reason) => {
    const result = parseKeyUri(uri);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(reason);
  });

  it.each(REJECTED)('error code for %s', (_name, uri) => {
    const result = parseKeyUri(uri);
    expect(result.ok ? null : result.error).toBe('invalid-uri');
  });

  it.each(ACCEPTED)('code matches reference: %s', (_name, uri) => {
    const result = parseKeyUri(uri);
    if (!result.ok) throw new Error(result.message);
    const draft = result.value;
    const key = referenceBase32Decode(draft.secret);
    const expected =
      draft.type === 'hotp'
        ? referenceHotp(key, draft.counter, draft.digits, draft.algorithm)
        : referenceTotp(key, NOW_MS, draft.digits, draft.period, draft.algorithm);
    expect(generateCode(draft, NOW_MS).code).toBe(expected);
  });
});

describe('buildKeyUri', () => {
  it.each(ACCEPTED)('round trip for %s', (_name, uri) => {
    const parsed = parseKeyUri(uri);
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parseKeyUri(buildKeyUri(parsed.value))).toEqual(parsed);
  });

  it.each(ACCEPTED)('otpauth reads export of %s', (_name, uri) => {
    const parsed = parseKeyUri(uri);
    if (!parsed.ok) throw new Error(parsed.message);
    const otp = URI.parse(buildKeyUri(parsed.value));
    expect(otp.secret.base32).toBe(parsed.value.secret);
  });

  it('puts issuer in label and parameter', () => {
    expect(buildKeyUri({ ...DEFAULTS, issuer: 'ACME Co' })).toBe(
      `otpauth://totp/ACME%20Co:alice%40example.com?issuer=ACME%20Co&secret=${SECRET}&algorithm=SHA1&digits=6&period=30`,
    );
  });
});
