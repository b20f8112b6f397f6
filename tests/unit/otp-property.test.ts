import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { KeyDraft } from '../../src/shared/account';
import { validateDraft } from '../../src/shared/otp/draft';
import { importText } from '../../src/shared/otp/importText';
import { buildKeyUri, parseKeyUri } from '../../src/shared/otp/keyUri';
import { decodeMigrationUri } from '../../src/shared/otp/migration';
import { referenceBase32Encode } from './otp-reference';

const SEEDS = [
  'otpauth://totp/Example:alice@example.com?secret=JBSWY3DPEHPK3PXP&issuer=Example',
  'otpauth://hotp/ACME%20Co:bob?secret=jbsw-y3dp-ehpk-3pxp&counter=3&digits=8&algorithm=sha256',
  'otpauth://totp/%E9%98%BF%E9%87%8C:%E5%BC%A0%E4%B8%89?secret=GEZDGNBVGY3TQOJQ%3D%3D&period=60',
  'otpauth-migration://offline?data=Ch8KCkhlbGxvId6tvu8SBWNhcm9sGgRUZWFtIAEoATACEAEYASAAKAA%3D',
];

// Characters that matter to the parsers, plus a few arbitrary ones.
const SPECIAL = fc.constantFrom(
  '%',
  ':',
  '+',
  '=',
  '&',
  '?',
  '/',
  '#',
  '@',
  ' ',
  '-',
  '0',
  '1',
  '8',
  'a',
  'Z',
  '7',
  '%3A',
  '%20',
  '%E9',
  '%ZZ',
  '张',
  '\u0000',
  '\n',
  '\u{1F600}',
  '%E2%80%AE',
  '\u202E',
  '\u2066',
  'otpauth://',
  'secret=',
  'counter=',
);

/** Applies random insertions, deletions and replacements to a seed URI. */
const mutatedUri = fc
  .tuple(
    fc.constantFrom(...SEEDS),
    fc.array(fc.tuple(fc.nat(), fc.nat(3), fc.oneof(SPECIAL, fc.string({ maxLength: 4 }))), {
      maxLength: 8,
    }),
  )
  .map(([seed, edits]) => {
    let text = seed;
    for (const [position, length, insert] of edits) {
      const at = position % (text.length + 1);
      text = text.slice(0, at) + insert + text.slice(at + length);
    }
    return text;
  });

const anyText = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  mutatedUri,
);

function expectReason(result: { ok: boolean; message?: string }): void {
  if (result.ok) return;
  expect(result.message?.length ?? 0).toBeGreaterThan(20);
}

describe('parsers on random input', () => {
  it('parseKeyUri never throws', () => {
    fc.assert(
      fc.property(anyText, (text) => expectReason(parseKeyUri(text))),
      { numRuns: 3000 },
    );
  });

  it('decodeMigrationUri never throws', () => {
    fc.assert(
      fc.property(anyText, (text) => expectReason(decodeMigrationUri(text))),
      {
        numRuns: 2000,
      },
    );
  });

  it('random export bytes never throw', () => {
    const randomExport = fc
      .uint8Array({ maxLength: 300 })
      .map(
        (bytes) =>
          `otpauth-migration://offline?data=${encodeURIComponent(Buffer.from(bytes).toString('base64'))}`,
      );
    fc.assert(
      fc.property(randomExport, (uri) => expectReason(decodeMigrationUri(uri))),
      {
        numRuns: 3000,
      },
    );
  });

  it('importText gives reasons', () => {
    const text = fc.array(anyText, { maxLength: 10 }).map((lines) => lines.join('\n'));
    fc.assert(
      fc.property(text, (input) => {
        for (const error of importText(input).errors)
          expect(error.message.length).toBeGreaterThan(20);
      }),
      { numRuns: 500 },
    );
  });

  it('validateDraft names each field', () => {
    const field = fc.oneof(fc.string({ maxLength: 40 }), SPECIAL);
    const input = fc.record({
      issuer: field,
      label: field,
      secret: fc.oneof(field, mutatedUri),
      type: field,
      algorithm: field,
      digits: fc.oneof(field, fc.integer()),
      period: fc.oneof(field, fc.integer()),
      counter: fc.oneof(field, fc.integer()),
    });
    fc.assert(
      fc.property(input, (draft) => {
        const result = validateDraft(draft);
        if (result.ok) return;
        expect(Object.keys(result.fields).length).toBeGreaterThan(0);
        for (const message of Object.values(result.fields))
          expect(message.length).toBeGreaterThan(20);
      }),
      { numRuns: 2000 },
    );
  });
});

/** Every bidirectional control that names must not contain. */
const BIDI_CONTROLS = Array.from(
  '\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C',
);

describe('names with hidden characters', () => {
  const name = fc
    .tuple(
      fc.string({ maxLength: 20 }),
      fc.oneof(
        fc.constantFrom(...BIDI_CONTROLS),
        fc
          .integer({ min: 0, max: 0x1f })
          .map((code) => String.fromCharCode(code))
          .filter((character) => !/\s/.test(character)),
      ),
      fc.string({ maxLength: 20 }),
    )
    .map(([before, hidden, after]) => before + hidden + after);

  it('key URI names them rejected', () => {
    fc.assert(
      fc.property(name, fc.boolean(), (value, inIssuer) => {
        const encoded = encodeURIComponent(value);
        const uri = inIssuer
          ? `otpauth://totp/alice?secret=JBSWY3DPEHPK3PXP&issuer=${encoded}`
          : `otpauth://totp/Example:x${encoded}?secret=JBSWY3DPEHPK3PXP`;
        const result = parseKeyUri(uri);
        expect(result.ok).toBe(false);
        expect(result.ok ? '' : result.message).toMatch(/character \(U\+[0-9A-F]{4}\)/);
      }),
      { numRuns: 500 },
    );
  });

  it('manual entry rejects them', () => {
    fc.assert(
      fc.property(name, (value) => {
        const result = validateDraft({ issuer: '', label: value, secret: 'JBSWY3DPEHPK3PXP' });
        expect(result.ok ? undefined : result.fields.label).toMatch(/^The account name contains/);
      }),
      { numRuns: 500 },
    );
  });
});

describe('buildKeyUri round trip', () => {
  const name = fc
    .string({ minLength: 1, maxLength: 30, unit: 'grapheme' })
    .filter(
      (text) =>
        text.trim() !== '' && !/[:\p{Cc}]/u.test(text) && text === text.trim().replace(/\s+/g, ' '),
    );
  const draft: fc.Arbitrary<KeyDraft> = fc.record({
    type: fc.constantFrom('totp', 'hotp'),
    secret: fc.uint8Array({ minLength: 10, maxLength: 64 }).map(referenceBase32Encode),
    algorithm: fc.constantFrom('SHA1', 'SHA256', 'SHA512'),
    digits: fc.integer({ min: 6, max: 8 }),
    period: fc.integer({ min: 1, max: 86_400 }),
    counter: fc.nat(),
    issuer: fc.oneof(fc.constant(''), name),
    label: name,
  });

  it('parses what it builds', () => {
    fc.assert(
      fc.property(draft, (input) => {
        // A key URI carries the counter of HOTP keys only and the period of TOTP keys only.
        const expected =
          input.type === 'totp' ? { ...input, counter: 0 } : { ...input, period: 30 };
        expect(parseKeyUri(buildKeyUri(input))).toEqual({ ok: true, value: expected });
      }),
      { numRuns: 1000 },
    );
  });
});
