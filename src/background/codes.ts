import type { Account, CodeSnapshot } from '../shared/account';
import { generateCode } from '../shared/otp/codes';
import type { Settings } from '../shared/settings';
import { clockOffset } from './clock';

/** Compute an account's current code, corrected for the mail server's clock where measured. */
export async function codeFor(account: Account, settings: Settings): Promise<CodeSnapshot> {
  const offset = await clockOffset(account.origin, settings.maxClockDriftSeconds);
  return { accountId: account.id, ...generateCode(account, Date.now() + offset) };
}

/** Compute the current code of every account. */
export function codesFor(accounts: Account[], settings: Settings): Promise<CodeSnapshot[]> {
  return Promise.all(accounts.map((account) => codeFor(account, settings)));
}

/**
 * Pick the account whose code a page needs: the one attached on that origin, else the only one
 * attached elsewhere or without an origin. Several candidates with no origin match are
 * ambiguous, so none is picked and the user chooses in the popup.
 */
export function accountForOrigin(accounts: Account[], origin: string): Account | undefined {
  const attachedHere = accounts.filter((account) => account.origin === origin);
  if (attachedHere.length > 0) return attachedHere[attachedHere.length - 1];
  const unbound = accounts.filter((account) => account.origin === undefined);
  return unbound.length === 1 ? unbound[0] : undefined;
}
