import { describe, expect, it } from 'vitest';
import {
  isAllowedOrigin,
  normalizeOriginRule,
  toMatchPatterns,
} from '../../src/background/settings/origins';

const accepted: [input: string, rule: string, notes: number][] = [
  ['https://mail.example.com', 'https://mail.example.com', 0],
  ['  HTTPS://Mail.EXAMPLE.com  ', 'https://mail.example.com', 0],
  ['https://mail.example.com/', 'https://mail.example.com', 0],
  ['https://mail.example.com:443', 'https://mail.example.com', 0],
  ['https://mail.example.com:8443', 'https://mail.example.com:8443', 0],
  ['https://*.example.com', 'https://*.example.com', 0],
  ['https://*.Example.com:8443/', 'https://*.example.com:8443', 0],
  ['https://例え.jp', 'https://xn--r8jz45g.jp', 0],
  ['https://10.0.0.5', 'https://10.0.0.5', 0],
  ['http://127.0.0.1:8080', 'http://127.0.0.1:8080', 0],
  ['http://localhost', 'http://localhost', 0],
  ['mail.example.com', 'https://mail.example.com', 1],
  ['https://mail.example.com/owa?x=1#y', 'https://mail.example.com', 1],
];

const rejected: [input: string, reason: string][] = [
  ['', 'it is empty'],
  ['   ', 'it is empty'],
  ['http://mail.example.com', 'only https://'],
  ['ftp://mail.example.com', 'only https://'],
  ['http://*.example.com', 'only https://'],
  ['http://*.localhost', 'is not an origin'],
  ['https://user:secret@mail.example.com', 'user name or password'],
  ['https://*', 'a wildcard is allowed only'],
  ['https://*.com', 'is not an origin'],
  ['https://*example.com', 'a wildcard is allowed only'],
  ['https://mail.*.example.com', 'a wildcard is allowed only'],
  ['https://*.*.example.com', 'a wildcard is allowed only'],
  ['https://*.10.0.0.5', 'is not an origin'],
  ['https://a..example.com', 'is not an origin'],
  ['https://.example.com', 'is not an origin'],
  ['https://example.com.', 'is not an origin'],
  ['https://-bad.example.com', 'is not an origin'],
  ['https://exa mple.com', 'is not an origin'],
  ['https://[::1]', 'IPv6'],
  ['https:example.com', 'https://'],
  [`https://${'a'.repeat(3000)}.com`, 'too long'],
  ['javascript://alert(1)', 'is not an origin'],
];

describe('normalizeOriginRule', () => {
  it.each(accepted)('accepts %s', (input, rule, notes) => {
    const result = normalizeOriginRule(input);

    expect(result).toMatchObject({ ok: true, value: { rule } });
    expect(result.ok ? result.value.notes : undefined).toHaveLength(notes);
  });

  it.each(rejected)('rejects %s', (input, reason) => {
    const result = normalizeOriginRule(input);

    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.message).toContain(reason);
  });
});

const origins = [
  'https://qiye.aliyun.com',
  'https://*.corp.example.com',
  'https://mail.example.com:8443',
  'http://127.0.0.1:4173',
];

const decisions: [origin: string, allowed: boolean][] = [
  ['https://qiye.aliyun.com', true],
  ['https://qiye.aliyun.com/alimail/entries', true],
  ['https://QIYE.aliyun.com', true],
  ['http://qiye.aliyun.com', false],
  ['https://qiye.aliyun.com:8443', false],
  ['https://qiye.aliyun.com.evil.test', false],
  ['https://evilqiye.aliyun.com', false],
  ['https://a.qiye.aliyun.com', false],
  ['https://mail.corp.example.com', true],
  ['https://a.b.corp.example.com', true],
  ['https://corp.example.com', false],
  ['https://evilcorp.example.com', false],
  ['https://corp.example.com.evil.test', false],
  ['https://mail.example.com:8443', true],
  ['https://mail.example.com', false],
  ['http://127.0.0.1:4173', true],
  ['http://127.0.0.1:4174', false],
  ['null', false],
  ['', false],
  ['file:///etc/passwd', false],
  ['data:text/html,qiye.aliyun.com', false],
];

describe('isAllowedOrigin', () => {
  it.each(decisions)('decides %s', (origin, allowed) => {
    expect(isAllowedOrigin(origin, { mailOrigins: origins })).toBe(allowed);
  });

  it('ignores malformed stored rules', () => {
    const settings = { mailOrigins: ['qiye.aliyun.com', 'https://*', 'aliyun'] };

    expect(isAllowedOrigin('https://qiye.aliyun.com', settings)).toBe(false);
  });
});

describe('toMatchPatterns', () => {
  it('builds one pattern per host', () => {
    expect(toMatchPatterns([...origins, 'https://mail.example.com'])).toEqual([
      'https://qiye.aliyun.com/*',
      'https://*.corp.example.com/*',
      'https://mail.example.com/*',
      'http://127.0.0.1/*',
    ]);
  });

  it('skips malformed stored rules', () => {
    expect(toMatchPatterns(['https://*', 'not an origin'])).toEqual([]);
  });
});
