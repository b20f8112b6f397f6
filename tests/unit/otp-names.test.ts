import { describe, expect, it } from 'vitest';
import { cleanName, quoteName } from '../../src/shared/otp/names';

describe('cleanName invisible characters', () => {
  it.each([
    ['zero-width space', 'n8\u200Bx', 'U+200B'],
    ['zero-width non-joiner', 'n8\u200Cx', 'U+200C'],
    ['zero-width joiner', 'n8\u200Dx', 'U+200D'],
    ['word joiner', 'n8\u2060x', 'U+2060'],
    ['invisible plus', 'n8\u2064x', 'U+2064'],
    ['byte order mark', 'n8\uFEFFx', 'U+FEFF'],
    ['soft hyphen', 'n8\u00ADx', 'U+00AD'],
    ['Mongolian vowel separator', 'n8\u180Ex', 'U+180E'],
    ['tag character', 'n8\u{E0041}x', 'U+E0041'],
    ['joiner at the end', '\u0645\u200C', 'U+200C'],
  ])('%s is rejected', (_case, name, code) => {
    const result = cleanName(name, 'account');
    expect(result.ok ? '' : result.message).toContain(`invisible character (${code})`);
  });

  it('message names the field', () => {
    const result = cleanName('n8\u200Bx', 'issuer');
    expect(result.ok ? '' : result.message).toMatch(/^The issuer /);
  });
});

describe('cleanName line breaks', () => {
  it.each([
    ['line feed', 'a\nb', 'U+000A'],
    ['carriage return', 'a\rb', 'U+000D'],
    ['tab', 'a\tb', 'U+0009'],
  ])('%s is rejected', (_case, name, code) => {
    const result = cleanName(name, 'account');
    expect(result.ok ? '' : result.message).toContain(`control character (${code})`);
  });

  it('trims a trailing line feed', () => {
    expect(cleanName('alice@example.com\n', 'account')).toEqual({
      ok: true,
      value: 'alice@example.com',
    });
  });
});

describe('cleanName joiners in scripts', () => {
  it.each([
    ['Persian word with ZWNJ', '\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645'],
    ['Devanagari half form', '\u0915\u094D\u200D\u0937'],
    ['Malayalam chillu', '\u0D28\u0D4D\u200D\u0D28'],
    ['emoji sequence', '\u{1F468}\u200D\u{1F4BB}'],
    ['wide spaces', 'a\u3000\u3000b'],
  ])('%s is kept', (_case, name) => {
    const result = cleanName(name, 'account');
    expect(result.ok).toBe(true);
  });
});

describe('quoteName format characters', () => {
  it('drops a zero-width space', () => {
    expect(quoteName('n8\u200Bx')).toBe('n8x');
  });
});
