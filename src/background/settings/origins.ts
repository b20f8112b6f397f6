/**
 * Mail origin rules: which pages the extension may fill codes into. A rule is an exact origin
 * (https://mail.example.com, with a port when it is not the default) or a subdomain rule
 * (https://*.example.com), which matches every subdomain of example.com but not example.com
 * itself. Matching compares whole hosts, never a substring of a host and never a page title,
 * so https://example.com.evil.test cannot pass for https://example.com.
 */
import { t } from '../../shared/i18n';
import { fail, ok, type Result } from '../../shared/result';
import type { Settings } from '../../shared/settings';

export interface NormalizedRule {
  /** Rule in canonical form: lower case, punycode host, no default port, no path. */
  rule: string;
  /** Changes a reader should know about, such as a dropped path. */
  notes: string[];
}

const MAX_RULE_LENGTH = 2048;
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1']);
const URL_SHAPE = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)(.*)$/i;
const HOST_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

function isValidHostname(hostname: string, wildcard: boolean): boolean {
  if (IPV4.test(hostname)) return !wildcard;
  const labels = hostname.split('.');
  // A subdomain rule needs a parent domain of at least two labels, so https://*.com is rejected.
  if (wildcard && labels.length < 2) return false;
  return labels.every((label) => HOST_LABEL.test(label));
}

function parseAuthority(scheme: string, authority: string): URL | undefined {
  try {
    return new URL(`${scheme}://${authority}`);
  } catch {
    return undefined;
  }
}

/**
 * Validate one origin rule and return its canonical form. Only https:// is accepted, except
 * http:// for localhost and 127.0.0.1, which serve test pages. A missing scheme means
 * https://, and a path, query or fragment is dropped with a note.
 */
export function normalizeOriginRule(input: string): Result<NormalizedRule> {
  const notes: string[] = [];
  let text = input.trim();
  if (text === '') return fail('invalid', t('settingsCheckEntryEmpty'));
  if (text.length > MAX_RULE_LENGTH) return fail('invalid', t('originRuleTooLong'));
  if (!text.includes('://')) {
    text = `https://${text}`;
    notes.push(t('originRuleSchemeAssumed'));
  }

  const shape = URL_SHAPE.exec(text);
  if (!shape) return fail('invalid', t('originRuleNotOrigin'));
  const scheme = (shape[1] ?? '').toLowerCase();
  let authority = shape[2] ?? '';
  const rest = shape[3] ?? '';

  if (authority.includes('@')) return fail('invalid', t('originRuleCredentials'));
  const wildcard = authority.startsWith('*.');
  if (wildcard) authority = authority.slice(2);
  if (authority.includes('*')) {
    return fail('invalid', t('originRuleWildcard'));
  }
  if (authority.startsWith('[')) return fail('invalid', t('originRuleIpv6'));

  const url = parseAuthority(scheme, authority);
  if (!url || !isValidHostname(url.hostname, wildcard)) {
    return fail('invalid', t('originRuleNotOrigin'));
  }
  const loopback = LOOPBACK_HOSTS.has(url.hostname) && !wildcard;
  if (scheme !== 'https' && !(scheme === 'http' && loopback)) {
    return fail('invalid', t('originRuleScheme'));
  }

  if (rest !== '' && rest !== '/') {
    notes.push(t('originRulePathDropped', rest));
  }
  const port = url.port === '' ? '' : `:${url.port}`;
  return ok({ rule: `${scheme}://${wildcard ? '*.' : ''}${url.hostname}${port}`, notes });
}

interface ParsedRule {
  scheme: string;
  wildcard: boolean;
  hostname: string;
  port: string;
}

const RULE_SHAPE = /^(https?):\/\/(\*\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)*)(?::(\d{1,5}))?$/;

function parseRule(rule: string): ParsedRule | undefined {
  const match = RULE_SHAPE.exec(rule);
  if (!match) return undefined;
  const [, scheme = '', star, hostname = '', port = ''] = match;
  return { scheme, wildcard: star !== undefined, hostname, port };
}

function ruleMatches(rule: ParsedRule, url: URL): boolean {
  if (url.protocol !== `${rule.scheme}:` || url.port !== rule.port) return false;
  if (!rule.wildcard) return url.hostname === rule.hostname;
  return url.hostname.endsWith(`.${rule.hostname}`);
}

/**
 * Return whether `origin` (an origin or a page URL) is one of the allowed mail origins.
 * Fails closed: anything that does not parse, including the opaque origin "null", is refused.
 */
export function isAllowedOrigin(origin: string, settings: Pick<Settings, 'mailOrigins'>): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;

  return settings.mailOrigins.some((text) => {
    const rule = parseRule(text);
    return rule !== undefined && ruleMatches(rule, url);
  });
}

/**
 * Return match patterns for scripting.registerContentScripts and permissions.request:
 * https://host/* for an exact origin, https://*.example.com/* for a subdomain rule.
 *
 * NOTE: the patterns are broader than the rules. Ports are left out because Firefox does not
 * support a port in a match pattern, and a pattern without one matches every port. A subdomain
 * pattern also matches the parent domain itself. isAllowedOrigin is the check that decides
 * whether a page gets a code.
 */
export function toMatchPatterns(origins: readonly string[]): string[] {
  const patterns = new Set<string>();
  for (const text of origins) {
    const rule = parseRule(text);
    if (!rule) continue;
    patterns.add(`${rule.scheme}://${rule.wildcard ? '*.' : ''}${rule.hostname}/*`);
  }
  return [...patterns];
}
