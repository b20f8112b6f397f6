/**
 * Codes for the popup and for filling, computed with WebCrypto HMAC (RFC 4226, section 5.3, and
 * RFC 6238). The hashing runs in the browser's native code instead of otpauth's JavaScript, and
 * each account's key is imported once while codes are in use. shared/otp/codes.ts stays the
 * reference that the unit tests compare against.
 */
import { Secret } from 'otpauth';
import type { Account, Algorithm, CodeSnapshot } from '../shared/account';
import type { Settings } from '../shared/settings';
import { clockOffsets } from './clock';

const HASH_NAMES: Record<Algorithm, string> = {
  SHA1: 'SHA-1',
  SHA256: 'SHA-256',
  SHA512: 'SHA-512',
};

/**
 * Time after its last use when the key cache is emptied. It covers a popup kept open across
 * a few time steps, and keeps imported keys out of memory soon after the popup closes.
 */
const KEY_CACHE_IDLE_MS = 60_000;

/**
 * Imported HMAC keys by account id and algorithm. The keys are non-extractable and live in the
 * worker's memory only, never in storage. An account id is a random UUID made when the account
 * is stored, and no code path changes the secret of a stored account, so an id names one key.
 * NOTE: a lock does not empty the cache by itself: the next listing that finds the vault
 * locked, or the idle timer, does.
 */
const keyCache = new Map<string, Promise<CryptoKey>>();
let idleTimer: ReturnType<typeof setTimeout> | undefined;

/** Drop every cached HMAC key, for example after the vault was found locked. */
export function forgetCodeKeys(): void {
  keyCache.clear();
  clearTimeout(idleTimer);
}

function hmacKey(account: Account): Promise<CryptoKey> {
  const cacheKey = `${account.id}:${account.algorithm}`;
  let key = keyCache.get(cacheKey);
  if (key === undefined) {
    const bytes = new Uint8Array(Secret.fromBase32(account.secret).bytes);
    key = crypto.subtle.importKey(
      'raw',
      bytes,
      { name: 'HMAC', hash: HASH_NAMES[account.algorithm] },
      false,
      ['sign'],
    );
    // importKey copies the bytes before it returns, as the Web Cryptography API specifies.
    bytes.fill(0);
    keyCache.set(cacheKey, key);
    // A failed import is not kept, so the next request tries again.
    key.catch(() => keyCache.delete(cacheKey));
  }
  clearTimeout(idleTimer);
  idleTimer = setTimeout(forgetCodeKeys, KEY_CACHE_IDLE_MS);
  return key;
}

/** Return the 8-byte big-endian moving factor of RFC 4226, section 5.2. */
function counterBytes(counter: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(8);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, Math.floor(counter / 2 ** 32));
  view.setUint32(4, counter >>> 0);
  return bytes;
}

/** Apply the dynamic truncation of RFC 4226, section 5.3, and keep the last `digits` digits. */
function truncate(digest: Uint8Array, digits: number): string {
  const offset = (digest[digest.length - 1] ?? 0) & 0x0f;
  const binary =
    (((digest[offset] ?? 0) & 0x7f) << 24) |
    ((digest[offset + 1] ?? 0) << 16) |
    ((digest[offset + 2] ?? 0) << 8) |
    (digest[offset + 3] ?? 0);
  return String(binary % 10 ** digits).padStart(digits, '0');
}

/**
 * Compute an account's code at `nowMs`, with the same windows as shared/otp/codes.ts: a TOTP
 * code is valid for its whole time step, and an HOTP code from `nowMs` until the counter moves.
 */
export async function computeCode(account: Account, nowMs: number): Promise<CodeSnapshot> {
  const key = hmacKey(account);
  const periodMs = account.period * 1000;
  const totp = account.type === 'totp';
  const counter = totp ? Math.floor(nowMs / periodMs) : account.counter;
  const digest = await crypto.subtle.sign('HMAC', await key, counterBytes(counter));
  return {
    accountId: account.id,
    code: truncate(new Uint8Array(digest), account.digits),
    validFrom: totp ? counter * periodMs : nowMs,
    validUntil: totp ? (counter + 1) * periodMs : Number.MAX_SAFE_INTEGER,
  };
}

/** Drop the cached keys of accounts that are no longer stored. */
function pruneKeys(accounts: Account[]): void {
  const listed = new Set(accounts.map((account) => `${account.id}:${account.algorithm}`));
  for (const cacheKey of keyCache.keys()) {
    if (!listed.has(cacheKey)) keyCache.delete(cacheKey);
  }
}

/** Compute an account's current code, corrected for the mail server's clock where measured. */
export async function codeFor(account: Account, settings: Settings): Promise<CodeSnapshot> {
  const [offset = 0] = await clockOffsets([account.origin], settings.maxClockDriftSeconds);
  return computeCode(account, Date.now() + offset);
}

/**
 * Compute the current code of every account in one pass: each mail origin's clock offset is
 * read once, and every HMAC runs at the same time.
 */
export async function codesFor(accounts: Account[], settings: Settings): Promise<CodeSnapshot[]> {
  pruneKeys(accounts);
  const offsets = await clockOffsets(
    accounts.map((account) => account.origin),
    settings.maxClockDriftSeconds,
  );
  const now = Date.now();
  return Promise.all(
    accounts.map((account, index) => computeCode(account, now + (offsets[index] ?? 0))),
  );
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
