import type { Settings } from '../shared/settings';
import { isAllowedOrigin, toMatchPatterns } from './settings/origins';

/** The demo build also serves the bundled demo mailbox, which listens on loopback. */
const DEMO_ORIGIN = /^http:\/\/(127\.0\.0\.1|localhost)(:\d{1,5})?$/;
const DEMO_PATTERNS = ['http://127.0.0.1/*', 'http://localhost/*'];

/** True when the extension may detect and fill on this origin: an exact or subdomain-rule match. */
export function isMailOrigin(origin: string, settings: Pick<Settings, 'mailOrigins'>): boolean {
  if (__DEMO__ && DEMO_ORIGIN.test(origin)) return true;
  return isAllowedOrigin(origin, settings);
}

/** Match patterns for the content script and host permissions of the mail origins. */
export function mailMatchPatterns(settings: Pick<Settings, 'mailOrigins'>): string[] {
  const patterns = toMatchPatterns(settings.mailOrigins);
  return __DEMO__ ? [...patterns, ...DEMO_PATTERNS] : patterns;
}
