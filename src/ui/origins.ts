/**
 * Mail origins as the user types them on the settings page. The worker validates them again;
 * this check only gives an immediate message and builds the host permission to request.
 */
import { fail, ok, type Result } from '../shared/result';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost']);

/**
 * Normalize a typed mail origin to scheme, host and port, in lower case and without a path.
 * Accepts https://host[:port], a subdomain rule https://*.example.com, and http:// only for
 * loopback hosts. A bare host name gets https://.
 */
export function normalizeOrigin(input: string): Result<string, 'invalid-origin'> {
  const text = input.trim();
  const withScheme = /^[a-z]+:\/\//i.test(text) ? text : `https://${text}`;
  const wildcard = /^https:\/\/\*\./i.test(withScheme);
  let url: URL;
  try {
    url = new URL(wildcard ? withScheme.replace('*.', 'wildcard.') : withScheme);
  } catch {
    return fail('invalid-origin', 'invalid');
  }
  const secure =
    url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname));
  const bare = (url.pathname === '/' || url.pathname === '') && !url.search && !url.hash;
  if (
    !secure ||
    !bare ||
    url.username ||
    url.password ||
    (!url.hostname.includes('.') && !LOOPBACK_HOSTS.has(url.hostname))
  ) {
    return fail('invalid-origin', 'invalid');
  }
  return ok(wildcard ? url.origin.replace('//wildcard.', '//*.') : url.origin);
}

/** Return the host permission pattern for a mail origin; ports are left out, as Firefox requires. */
export function permissionPattern(origin: string): string {
  const hostStart = origin.indexOf('//') + 2;
  const host = origin.slice(hostStart).replace(/:\d+$/, '');
  return `${origin.slice(0, hostStart)}${host}/*`;
}
