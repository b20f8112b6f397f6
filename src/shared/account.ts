/** Hash used by the HMAC of RFC 4226 and RFC 6238. */
export type Algorithm = 'SHA1' | 'SHA256' | 'SHA512';

export type OtpType = 'totp' | 'hotp';

/** Everything needed to compute codes: the content of a key URI. */
export interface OtpParameters {
  type: OtpType;
  /** Secret in canonical base32: upper case, no spaces, no padding. */
  secret: string;
  algorithm: Algorithm;
  digits: number;
  /** Time step in seconds; used by TOTP only. */
  period: number;
  /** Moving factor; used by HOTP only. */
  counter: number;
}

/** Parsed key URI or setup key, before it is stored. */
export interface KeyDraft extends OtpParameters {
  issuer: string;
  /** Account name, such as the mailbox address. */
  label: string;
}

/** Stored account. Only the background worker keeps one in memory. */
export interface Account extends KeyDraft {
  id: string;
  /** Mail origin the account was attached on, when known (for example https://qiye.aliyun.com). */
  origin?: string;
  createdAt: number;
}

/** Account as the popup sees it: everything but the secret. */
export type AccountSummary = Omit<Account, 'secret'>;

/** One code of one account, with the time window in which it is valid. */
export interface CodeSnapshot {
  accountId: string;
  code: string;
  /** Start and end of the code's time step, in milliseconds since the epoch. */
  validFrom: number;
  validUntil: number;
}

/** Return the account without its secret. */
export function summarize(account: Account): AccountSummary {
  const { secret: _secret, ...summary } = account;
  return summary;
}
