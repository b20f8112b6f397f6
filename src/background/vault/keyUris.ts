/** Plain-text export: otpauth:// key URIs in the format of Google Authenticator's Key Uri Format. */
import { HOTP, Secret, TOTP } from 'otpauth';
import type { Account, KeyDraft } from '../../shared/account';

/** Write the accounts as otpauth:// key URIs, one a line. The caller checks that policy allows it. */
export function exportKeyUris(accounts: readonly Account[]): string {
  return accounts.map((account) => keyUri(account)).join('\n') + '\n';
}

function keyUri(account: KeyDraft): string {
  const common = {
    issuer: account.issuer,
    label: account.label,
    secret: Secret.fromBase32(account.secret),
    algorithm: account.algorithm,
    digits: account.digits,
  };
  const otp =
    account.type === 'totp'
      ? new TOTP({ ...common, period: account.period })
      : new HOTP({ ...common, counter: account.counter });
  return otp.toString();
}
