/**
 * Addresses of each mailbox's Delete Authenticator page. Deleting an account in the extension
 * does not detach it from the mailbox, which keeps requesting codes until the user deletes the
 * authenticator there too, with a current code.
 */

/** Path of the Delete Authenticator page on the bundled demo mailbox, which runs on loopback. */
const DEMO_DELETE_PATH = '/settings/security/authenticator/delete';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost']);

/**
 * Return the URL of the page where the mailbox's own authenticator is deleted. The demo mailbox
 * has a direct path; for a real mail host this is its start page, from which the user opens
 * Settings > Account and Security.
 */
export function deleteAuthenticatorUrl(origin: string): string {
  const url = new URL(origin);
  // NOTE: the real webmail's direct path to Delete Authenticator is not known, so real hosts
  // open on their start page.
  url.pathname = LOOPBACK_HOSTS.has(url.hostname) ? DEMO_DELETE_PATH : '/';
  return url.href;
}
