import { describe, expect, it } from 'vitest';
import {
  decideSecondStep,
  isInScope,
  isSecureAddress,
  isValidIpRule,
  type SecondStep,
} from '../../demo/policy';
import type { DemoUser, MfaMethods, MfaPolicy } from '../../demo/types';

function policy(changes: Partial<MfaPolicy> = {}): MfaPolicy {
  return {
    enabled: true,
    scope: 'all',
    departments: [],
    accounts: [],
    exceptions: [],
    methods: 'app',
    secureIps: [],
    forceClientPassword: false,
    ...changes,
  };
}

function user(changes: Partial<DemoUser> = {}): DemoUser {
  return {
    username: 'carol@demo.test',
    password: 'x',
    displayName: 'Carol',
    department: 'Sales',
    securePhone: null,
    authenticatorSecret: null,
    ...changes,
  };
}

describe('isInScope', () => {
  it.each<[string, Partial<MfaPolicy>, boolean]>([
    ['all members', {}, true],
    ['switch turned off', { enabled: false }, false],
    ['exception account', { exceptions: ['CAROL@demo.test'] }, false],
    ['chosen department', { scope: 'chosen', departments: ['Sales'] }, true],
    ['other department', { scope: 'chosen', departments: ['Finance'] }, false],
    ['chosen account', { scope: 'chosen', accounts: ['carol@demo.test'] }, true],
    [
      'exception beats department',
      { scope: 'chosen', departments: ['Sales'], exceptions: ['carol@demo.test'] },
      false,
    ],
  ])('handles %s', (_name, changes, expected) => {
    expect(isInScope(policy(changes), user())).toBe(expected);
  });
});

describe('decideSecondStep', () => {
  const phone = '+86 138 0000 0000';
  it.each<[string, MfaMethods, Partial<DemoUser>, SecondStep]>([
    ['app only, nothing attached', 'app', {}, { kind: 'attach' }],
    ['app only, phone attached', 'app', { securePhone: phone }, { kind: 'code', factors: ['sms'] }],
    [
      'app only, app attached',
      'app',
      { authenticatorSecret: 'A' },
      { kind: 'code', factors: ['app'] },
    ],
    [
      'app only, both attached',
      'app',
      { securePhone: phone, authenticatorSecret: 'A' },
      { kind: 'code', factors: ['app'] },
    ],
    ['sms only, phone attached', 'sms', { securePhone: phone }, { kind: 'code', factors: ['sms'] }],
    ['sms only, nothing attached', 'sms', {}, { kind: 'blocked' }],
    ['sms only, app attached', 'sms', { authenticatorSecret: 'A' }, { kind: 'blocked' }],
    [
      'both, both attached',
      'both',
      { securePhone: phone, authenticatorSecret: 'A' },
      { kind: 'code', factors: ['sms', 'app'] },
    ],
    ['both, nothing attached', 'both', {}, { kind: 'attach' }],
  ])('handles %s', (_name, methods, changes, expected) => {
    expect(decideSecondStep(policy({ methods }), user(changes))).toEqual(expected);
  });
});

describe('isSecureAddress', () => {
  it.each<[string, string[], string, boolean]>([
    ['exact address', ['127.0.0.1'], '127.0.0.1', true],
    ['IPv4-mapped client', ['127.0.0.1'], '::ffff:127.0.0.1', true],
    ['range containing client', ['10.1.0.0/16'], '10.1.200.3', true],
    ['range missing client', ['10.1.0.0/16'], '10.2.0.1', false],
    ['/0 range', ['0.0.0.0/0'], '203.0.113.9', true],
    ['/32 range', ['203.0.113.9/32'], '203.0.113.9', true],
    ['IPv6 address', ['::1'], '::1', true],
    ['empty list', [], '127.0.0.1', false],
  ])('handles %s', (_name, rules, client, expected) => {
    expect(isSecureAddress(rules, client)).toBe(expected);
  });
});

describe('isValidIpRule', () => {
  it.each<[string, boolean]>([
    ['192.0.2.7', true],
    ['192.0.2.0/24', true],
    ['2001:db8::1', true],
    ['192.0.2.0/33', false],
    ['192.0.2.300', false],
    ['example.com', false],
    ['192.0.2.0/24/8', false],
  ])('judges "%s"', (rule, expected) => {
    expect(isValidIpRule(rule)).toBe(expected);
  });
});
