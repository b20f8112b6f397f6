/** The administrator's multi-factor rules, applied to one member and one logon. */
import { isIP, isIPv4 } from 'node:net';
import type { DemoUser, MfaPolicy } from './types';

/** Second factor that a logon can use. */
export type Factor = 'sms' | 'app';

/** Step of the logon after a correct password. */
export type SecondStep =
  { kind: 'code'; factors: Factor[] } | { kind: 'attach' } | { kind: 'blocked' };

/** Checks whether the administrator's scope covers the member. */
export function isInScope(policy: MfaPolicy, user: DemoUser): boolean {
  if (!policy.enabled) return false;
  const username = user.username.toLowerCase();
  const listed = (names: string[]) => names.some((name) => name.toLowerCase() === username);
  if (listed(policy.exceptions)) return false;
  if (policy.scope === 'all') return true;
  return policy.departments.includes(user.department) || listed(policy.accounts);
}

export function allowsApp(policy: MfaPolicy): boolean {
  return policy.methods !== 'sms';
}

export function allowsSms(policy: MfaPolicy): boolean {
  return policy.methods !== 'app';
}

/**
 * Decides the step after a correct password for a member in scope. A member with a secure phone
 * but no authenticator logs on by SMS even when only the app is allowed, and attaches one later
 * in the settings (the mail service calls this Method 2). A member with neither attaches one
 * during logon (Method 1).
 */
export function decideSecondStep(policy: MfaPolicy, user: DemoUser): SecondStep {
  const factors: Factor[] = [];
  const hasApp = user.authenticatorSecret !== null;
  if (user.securePhone !== null && (allowsSms(policy) || !hasApp)) factors.push('sms');
  if (hasApp && allowsApp(policy)) factors.push('app');
  if (factors.length > 0) return { kind: 'code', factors };
  return allowsApp(policy) ? { kind: 'attach' } : { kind: 'blocked' };
}

/** Strips the IPv4-mapped prefix that dual-stack sockets report, such as ::ffff:127.0.0.1. */
export function normalizeAddress(address: string): string {
  return address.startsWith('::ffff:') && isIPv4(address.slice(7)) ? address.slice(7) : address;
}

function ipv4ToNumber(address: string): number {
  return address.split('.').reduce((total, part) => total * 256 + Number(part), 0);
}

/** Checks whether a line of the secure logon IP list is an address or an IPv4 range in CIDR form. */
export function isValidIpRule(rule: string): boolean {
  const [address = '', prefix, extra] = rule.split('/');
  if (extra !== undefined) return false;
  if (prefix === undefined) return isIP(address) !== 0;
  return isIPv4(address) && /^\d{1,2}$/.test(prefix) && Number(prefix) <= 32;
}

/** Checks whether the client address matches one of the secure logon IP rules. */
export function isSecureAddress(rules: string[], clientAddress: string): boolean {
  const client = normalizeAddress(clientAddress);
  return rules.some((rule) => {
    const [address = '', prefix] = rule.trim().split('/');
    if (prefix === undefined) return normalizeAddress(address) === client;
    if (!isIPv4(address) || !isIPv4(client)) return false;
    const bits = Number(prefix);
    // A /0 mask would shift by 32, which JavaScript treats as a shift by 0.
    const mask = bits === 0 ? 0 : (~0 << (32 - bits)) >>> 0;
    return (ipv4ToNumber(address) & mask) >>> 0 === (ipv4ToNumber(client) & mask) >>> 0;
  });
}
