import { describe, expect, it } from 'vitest';
import { accountName, groupCode, hostOf } from '../../src/ui/format';
import { deleteAuthenticatorUrl } from '../../src/ui/mailPages';
import { normalizeOrigin, permissionPattern } from '../../src/ui/origins';
import { passphraseFeedback } from '../../src/ui/passphraseFeedback';

describe('groupCode', () => {
  it.each([
    ['123456', '123 456'],
    ['1234567', '123 456 7'],
    ['12345678', '123 456 78'],
    ['1234', '1234'],
  ])('%s reads as %s', (code, grouped) => {
    expect(groupCode(code)).toBe(grouped);
  });
});

describe('accountName and hostOf', () => {
  it('issuer prefixes the label', () => {
    expect(accountName({ issuer: 'Mail', label: 'a@example.com' })).toBe('Mail (a@example.com)');
  });

  it('empty issuer shows label only', () => {
    expect(accountName({ issuer: '', label: 'a@example.com' })).toBe('a@example.com');
  });

  it('host keeps a port', () => {
    expect(hostOf('http://127.0.0.1:8025')).toBe('127.0.0.1:8025');
  });
});

describe('normalizeOrigin', () => {
  it.each([
    ['mail.example.com', 'https://mail.example.com'],
    ['HTTPS://Mail.Example.com/', 'https://mail.example.com'],
    ['https://mail.example.com:8443', 'https://mail.example.com:8443'],
    ['https://*.example.com', 'https://*.example.com'],
    ['http://localhost:8025', 'http://localhost:8025'],
    ['http://127.0.0.1', 'http://127.0.0.1'],
  ])('%s becomes %s', (input, origin) => {
    const result = normalizeOrigin(input);
    expect(result.ok && result.value).toBe(origin);
  });

  it.each([
    'http://mail.example.com',
    'https://mail.example.com/inbox',
    'https://user:secret@mail.example.com',
    'https://mail.example.com?x=1',
    'ftp://mail.example.com',
    'intranet',
    '',
  ])('%s is rejected', (input) => {
    expect(normalizeOrigin(input).ok).toBe(false);
  });
});

describe('permissionPattern', () => {
  it.each([
    ['https://mail.example.com', 'https://mail.example.com/*'],
    ['https://mail.example.com:8443', 'https://mail.example.com/*'],
    ['https://*.example.com', 'https://*.example.com/*'],
    ['http://127.0.0.1:8025', 'http://127.0.0.1/*'],
  ])('%s requests %s', (origin, pattern) => {
    expect(permissionPattern(origin)).toBe(pattern);
  });
});

describe('deleteAuthenticatorUrl', () => {
  it.each([
    ['http://127.0.0.1:8025', 'http://127.0.0.1:8025/settings/security/authenticator/delete'],
    ['http://localhost:8025', 'http://localhost:8025/settings/security/authenticator/delete'],
    ['https://qiye.aliyun.com', 'https://qiye.aliyun.com/'],
  ])('%s opens %s', (origin, url) => {
    expect(deleteAuthenticatorUrl(origin)).toBe(url);
  });
});

describe('passphraseFeedback', () => {
  const rules = { minLength: 8, minStrength: 2 };

  it.each([
    ['', null],
    ['violet anchor harbour 42', null],
    ['abc', 'The passphrase is shorter than 8 characters.'],
    ['password', expect.stringContaining('too easy to guess') as unknown],
  ])('"%s" gets the expected error', (text, error) => {
    expect(passphraseFeedback(text, rules).error).toEqual(error);
  });

  it('strength shows once typed', () => {
    expect(passphraseFeedback('', rules).hint).not.toContain('Strength');
    expect(passphraseFeedback('violet anchor harbour 42', rules).hint).toContain('Strength');
  });
});
