import type { AccountSummary } from '../shared/account';

/** Split a code into groups of three digits for reading aloud and typing: "123456" → "123 456". */
export function groupCode(code: string): string {
  if (code.length <= 4) return code;
  const groups: string[] = [];
  // Groups run from the left; a 7- or 8-digit code ends with a shorter group ("123 456 78").
  for (let start = 0; start < code.length; start += 3) groups.push(code.slice(start, start + 3));
  return groups.join(' ');
}

/** Return the host of an origin for display ("https://mail.example.com" → "mail.example.com"). */
export function hostOf(origin: string): string {
  try {
    return new URL(origin).host;
  } catch {
    return origin;
  }
}

/** Return the name a user recognises an account by: "Issuer (name)", or the name alone. */
export function accountName(account: Pick<AccountSummary, 'issuer' | 'label'>): string {
  return account.issuer ? `${account.issuer} (${account.label})` : account.label;
}
