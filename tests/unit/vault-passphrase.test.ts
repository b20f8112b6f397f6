import { describe, expect, it } from 'vitest';
import { checkPassphrase, passphraseStrength } from '../../src/shared/passphrase';

describe('passphraseStrength', () => {
  it.each([
    ['', 0],
    ['password', 0],
    ['Password1', 0],
    ['12345678', 0],
    ['abcdefgh', 0],
    ['qwertyuiop', 0],
    ['aaaaaaaaaaaa', 0],
    ['abcabcabcabc', 0],
    ['hunter2', 1],
    ['Summer2024!', 1],
    ['k7m2p9xq', 2],
    ['x8#Lq!2mZ', 3],
    ['correct horse battery staple', 4],
    ['Zebra-Lamp-Oyster', 4],
  ])('rates %j as %i', (text, score) => {
    expect(passphraseStrength(text)).toBe(score);
  });

  it('common word lowers the score', () => {
    expect(passphraseStrength('password2077xq')).toBeLessThan(passphraseStrength('pzbrwkdu2077xq'));
  });

  it('counts code points, not UTF-16 units', () => {
    const result = checkPassphrase('🔑🔑🔑🔑🔑🔑🔑', { minLength: 8, minStrength: 0 });
    expect(result.ok).toBe(false);
  });
});

describe('checkPassphrase', () => {
  const rules = { minLength: 10, minStrength: 3 };

  it('accepts strong passphrase', () => {
    expect(checkPassphrase('correct horse battery staple', rules)).toEqual({ ok: true, value: 4 });
  });

  it('names length when too short', () => {
    const result = checkPassphrase('x8#Lq!2mZ', rules);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain('has 9 characters and at least 10');
  });

  it('names strength when too weak', () => {
    const result = checkPassphrase('password123456', rules);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toBe('weak-passphrase');
    if (!result.ok) expect(result.message).toContain('rated very weak, strong is required');
  });
});
