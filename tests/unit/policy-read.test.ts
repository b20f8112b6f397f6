import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readPolicy } from '../../src/background/settings/policy';
import { SETTING_RULES } from '../../src/background/settings/rules';
import type { Settings } from '../../src/shared/settings';

interface Case {
  name: string;
  raw: Record<string, unknown>;
  values: Partial<Settings>;
  /** One fragment per expected warning, in order. */
  warnings: string[];
}

const manyOrigins = Array.from({ length: 5000 }, (_, index) => `https://m${index}.example.com`);
const cyclic: Record<string, unknown> = {};
cyclic.self = cyclic;

const cases: Case[] = [
  { name: 'empty policy', raw: {}, values: {}, warnings: [] },
  { name: 'boolean true', raw: { allowExport: true }, values: { allowExport: true }, warnings: [] },
  { name: 'DWORD one', raw: { allowExport: 1 }, values: { allowExport: true }, warnings: [] },
  { name: 'DWORD zero', raw: { allowExport: 0 }, values: { allowExport: false }, warnings: [] },
  {
    name: 'string one',
    raw: { requirePassphrase: '1' },
    values: { requirePassphrase: true },
    warnings: [],
  },
  {
    name: 'string false',
    raw: { requirePassphrase: 'false' },
    values: { requirePassphrase: false },
    warnings: [],
  },
  {
    name: 'padded upper TRUE',
    raw: { submitAttachForm: ' TRUE ' },
    values: { submitAttachForm: true },
    warnings: [],
  },
  {
    name: 'DWORD two',
    raw: { allowExport: 2 },
    values: {},
    warnings: ['Policy "allowExport" was ignored because its value 2 is not true or false'],
  },
  {
    name: 'string yes',
    raw: { allowExport: 'yes' },
    values: {},
    warnings: ['"yes" is not true or false'],
  },
  {
    name: 'null boolean',
    raw: { allowExport: null },
    values: {},
    warnings: ['null is not true or false'],
  },
  {
    name: 'nested boolean',
    raw: { requirePassphrase: { value: true } },
    values: {},
    warnings: ['{"value":true} is not true or false'],
  },
  {
    name: 'boolean in array',
    raw: { requirePassphrase: [true] },
    values: {},
    warnings: ['[true] is not true or false'],
  },
  { name: 'integer', raw: { autoLockMinutes: 5 }, values: { autoLockMinutes: 5 }, warnings: [] },
  {
    name: 'numeric string',
    raw: { autoLockMinutes: ' 30 ' },
    values: { autoLockMinutes: 30 },
    warnings: [],
  },
  {
    name: 'zero minutes',
    raw: { autoLockMinutes: 0 },
    values: { autoLockMinutes: 0 },
    warnings: [],
  },
  {
    name: 'fraction rounded',
    raw: { autoLockMinutes: 2.5 },
    values: { autoLockMinutes: 3 },
    warnings: ['is 2.5, not a whole number, so 3 is used'],
  },
  {
    name: 'above maximum',
    raw: { autoLockMinutes: 5000 },
    values: { autoLockMinutes: 1440 },
    warnings: ['5000 minutes, above the maximum of 1440, so 1440 is used'],
  },
  {
    name: 'below minimum',
    raw: { clipboardClearSeconds: -1 },
    values: { clipboardClearSeconds: 0 },
    warnings: ['below the minimum of 0'],
  },
  {
    name: 'short passphrase raised',
    raw: { passphraseMinLength: '4' },
    values: { passphraseMinLength: 8 },
    warnings: ['below the minimum of 8, so 8 is used'],
  },
  {
    name: 'strength above four',
    raw: { passphraseMinStrength: 9 },
    values: { passphraseMinStrength: 4 },
    warnings: ['above the maximum of 4'],
  },
  {
    name: 'text as number',
    raw: { maxClockDriftSeconds: 'abc' },
    values: {},
    warnings: [
      '"abc" is not a number of seconds. The user\'s setting or the default (120) applies.',
    ],
  },
  {
    name: 'boolean as number',
    raw: { maxClockDriftSeconds: true },
    values: {},
    warnings: ['true is not a number of seconds'],
  },
  {
    name: 'infinity as number',
    raw: { autoLockMinutes: Infinity },
    values: {},
    warnings: ['is not a number of minutes'],
  },
  {
    name: 'exponent string',
    raw: { autoLockMinutes: '1e3' },
    values: {},
    warnings: ['"1e3" is not a number'],
  },
  {
    name: 'bigint as number',
    raw: { autoLockMinutes: 5n },
    values: {},
    warnings: ['is not a number of minutes'],
  },
  {
    name: 'cyclic value',
    raw: { autoLockMinutes: cyclic },
    values: {},
    warnings: ['[object Object] is not a number'],
  },
  {
    name: 'origin list',
    raw: { mailOrigins: ['https://mail.example.com'] },
    values: { mailOrigins: ['https://mail.example.com'] },
    warnings: [],
  },
  {
    name: 'origins comma string',
    raw: { mailOrigins: 'https://a.example.com, https://b.example.com' },
    values: { mailOrigins: ['https://a.example.com', 'https://b.example.com'] },
    warnings: [],
  },
  {
    name: 'origins newline string',
    raw: { mailOrigins: 'https://a.example.com\r\nhttps://*.b.example.com\n' },
    values: { mailOrigins: ['https://a.example.com', 'https://*.b.example.com'] },
    warnings: [],
  },
  {
    name: 'origins JSON string',
    raw: { mailOrigins: '["https://a.example.com"]' },
    values: { mailOrigins: ['https://a.example.com'] },
    warnings: [],
  },
  {
    name: 'origins numbered keys',
    raw: { mailOrigins: { '10': 'https://c.example.com', '2': 'https://b.example.com' } },
    values: { mailOrigins: ['https://b.example.com', 'https://c.example.com'] },
    warnings: [],
  },
  {
    name: 'origin normalized silently',
    raw: { mailOrigins: ['HTTPS://Mail.Example.COM:443/'] },
    values: { mailOrigins: ['https://mail.example.com'] },
    warnings: [],
  },
  {
    name: 'origin path dropped',
    raw: { mailOrigins: ['https://mail.example.com/owa'] },
    values: { mailOrigins: ['https://mail.example.com'] },
    warnings: [
      'entry "https://mail.example.com/owa" is used as "https://mail.example.com", but the part "/owa"',
    ],
  },
  {
    name: 'origin duplicates merged',
    raw: { mailOrigins: ['https://a.example.com', 'https://A.example.com/'] },
    values: { mailOrigins: ['https://a.example.com'] },
    warnings: [],
  },
  {
    name: 'all origins invalid',
    raw: { mailOrigins: ['http://mail.example.com'] },
    values: {},
    warnings: [
      'entry "http://mail.example.com" was ignored because only https://',
      'none of its entries is valid',
    ],
  },
  {
    name: 'mixed origin entries',
    raw: { mailOrigins: ['https://ok.example.com', 42, { a: 1 }] },
    values: { mailOrigins: ['https://ok.example.com'] },
    warnings: ['entry 42 was ignored because it is not a text value', 'entry {"a":1} was ignored'],
  },
  {
    name: 'empty origin list',
    raw: { mailOrigins: [] },
    values: { mailOrigins: [] },
    warnings: ['lists no origin'],
  },
  {
    name: 'broken JSON list',
    raw: { mailOrigins: '[not json' },
    values: {},
    warnings: ['is not a list of origins'],
  },
  {
    name: 'origins as number',
    raw: { mailOrigins: 7 },
    values: {},
    warnings: ["7 is not a list of origins. The user's setting or the default list applies."],
  },
  {
    name: 'huge origin list',
    raw: { mailOrigins: manyOrigins },
    values: { mailOrigins: manyOrigins.slice(0, 200) },
    warnings: ['has 5000 entries. Only the first 200 are used'],
  },
  {
    name: 'huge repeated garbage',
    raw: { acceptedIssuers: Array.from({ length: 300 }, () => 0) },
    values: {},
    warnings: ['has 300 entries', 'entry 0 was ignored', 'none of its entries is valid'],
  },
  {
    name: 'huge distinct garbage',
    raw: { acceptedIssuers: Array.from({ length: 300 }, (_, index) => index) },
    values: {},
    warnings: [
      'has 300 entries',
      ...Array.from({ length: 10 }, (_, index) => `entry ${index} was ignored`),
      '190 more entries had problems',
      'none of its entries is valid',
    ],
  },
  {
    name: 'issuers deduplicated',
    raw: { acceptedIssuers: ['Aliyun', ' aliyun ', ' '] },
    values: { acceptedIssuers: ['Aliyun'] },
    warnings: ['entry " " was ignored because it is empty'],
  },
  {
    name: 'issuer too long',
    raw: { acceptedIssuers: ['x'.repeat(300), 'Aliyun'] },
    values: { acceptedIssuers: ['Aliyun'] },
    warnings: ['longer than 256 characters'],
  },
  {
    name: 'empty issuer list',
    raw: { acceptedIssuers: [] },
    values: { acceptedIssuers: [] },
    warnings: [],
  },
  {
    name: 'unknown key',
    raw: { colour: 'blue' },
    values: {},
    warnings: ['Policy "colour" is not a setting of this extension'],
  },
  {
    name: 'trustDevice refused',
    raw: { trustDevice: true },
    values: {},
    warnings: ['Policy "trustDevice" was ignored because ticking'],
  },
  {
    name: 'key in other case',
    raw: { autolockminutes: 5 },
    values: { autoLockMinutes: 5 },
    warnings: ['Policy "autolockminutes" was read as "autoLockMinutes"'],
  },
  {
    name: 'exact key wins',
    raw: { AUTOLOCKMINUTES: 20, autoLockMinutes: 10 },
    values: { autoLockMinutes: 10 },
    warnings: ['Policy "AUTOLOCKMINUTES" was ignored because "autoLockMinutes" is set already'],
  },
  {
    name: 'proto key',
    raw: JSON.parse('{"__proto__": {"allowExport": false}}') as Record<string, unknown>,
    values: {},
    warnings: ['Policy "__proto__" is not a setting'],
  },
  {
    name: 'not an object',
    raw: ['allowExport'] as unknown as Record<string, unknown>,
    values: {},
    warnings: ['is not a set of named values'],
  },
  {
    name: 'null policy',
    raw: null as unknown as Record<string, unknown>,
    values: {},
    warnings: ['The managed policy null is not a set of named values'],
  },
];

describe('readPolicy', () => {
  it.each(cases)('reads $name', ({ raw, values, warnings }) => {
    const reading = readPolicy(raw);

    expect(reading.values).toEqual(values);
    expect(reading.warnings).toHaveLength(warnings.length);
    warnings.forEach((fragment, index) => {
      expect(reading.warnings[index]).toContain(fragment);
    });
  });

  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.anything()), (raw) => {
        expect(() => readPolicy(raw)).not.toThrow();
      }),
    );
  });

  it('keeps integers inside their ranges', () => {
    const keys = Object.entries(SETTING_RULES).filter(([, rule]) => rule.kind === 'integer');
    fc.assert(
      fc.property(
        fc.constantFrom(...keys),
        fc.oneof(fc.double(), fc.integer(), fc.string()),
        ([key, rule], value) => {
          if (rule.kind !== 'integer') return;
          const result = readPolicy({ [key]: value }).values[key as keyof Settings];
          if (result === undefined) return;
          expect(result).toBeGreaterThanOrEqual(rule.min);
          expect(result).toBeLessThanOrEqual(rule.max);
        },
      ),
    );
  });
});
