/**
 * WebCrypto primitives of the vault: AES-256-GCM with additional data, HKDF subkeys and an
 * HMAC-SHA-256 header tag. Works on globalThis.crypto in the worker and in Node 20.
 */
import { fromBase64, toBase64 } from './encoding';

/** AES-GCM output as stored: a 96-bit nonce and the ciphertext with its 128-bit tag, in base64. */
export interface Sealed {
  nonce: string;
  ciphertext: string;
}

export const MASTER_KEY_BYTES = 32;
const NONCE_BYTES = 12;

/** Subkeys of the master key, each bound to one job by its HKDF info string. */
export interface VaultKeys {
  entries: CryptoKey;
  header: CryptoKey;
}

export function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(length));
}

/** Import 32 raw bytes as a non-extractable AES-256-GCM key. */
export function importAesKey(raw: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', raw, { name: 'AES-GCM' }, false, ['encrypt', 'decrypt']);
}

/**
 * Encrypt under a fresh random nonce. With random 96-bit nonces, NIST SP 800-38D allows 2^32
 * messages per key; a vault written once per user action stays far below that.
 */
export async function seal(
  key: CryptoKey,
  plaintext: Uint8Array<ArrayBuffer>,
  additionalData: Uint8Array<ArrayBuffer>,
): Promise<Sealed> {
  const nonce = randomBytes(NONCE_BYTES);
  const ciphertext = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv: nonce, additionalData },
    key,
    plaintext,
  );
  return { nonce: toBase64(nonce), ciphertext: toBase64(new Uint8Array(ciphertext)) };
}

/**
 * Decrypt and authenticate. Returns null when the key is wrong or the ciphertext, nonce or
 * additional data were changed: AES-GCM cannot tell these cases apart.
 */
export async function open(
  key: CryptoKey,
  sealed: Sealed,
  additionalData: Uint8Array<ArrayBuffer>,
): Promise<Uint8Array<ArrayBuffer> | null> {
  const nonce = fromBase64(sealed.nonce);
  const ciphertext = fromBase64(sealed.ciphertext);
  if (nonce?.length !== NONCE_BYTES || ciphertext === null) return null;
  try {
    const plaintext = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: nonce, additionalData },
      key,
      ciphertext,
    );
    return new Uint8Array(plaintext);
  } catch (error) {
    if (error instanceof DOMException && error.name === 'OperationError') return null;
    throw error;
  }
}

/** Derive the entry key and the header MAC key from the raw master key with HKDF-SHA-256. */
export async function deriveVaultKeys(masterKey: Uint8Array<ArrayBuffer>): Promise<VaultKeys> {
  const base = await crypto.subtle.importKey('raw', masterKey, 'HKDF', false, ['deriveKey']);
  const hkdf = (info: string) => ({
    name: 'HKDF',
    hash: 'SHA-256',
    salt: new Uint8Array(0),
    info: new TextEncoder().encode(info),
  });
  const entries = await crypto.subtle.deriveKey(
    hkdf('mail-authenticator vault entries v1'),
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
  const header = await crypto.subtle.deriveKey(
    hkdf('mail-authenticator vault header v1'),
    base,
    { name: 'HMAC', hash: 'SHA-256', length: 256 },
    false,
    ['sign', 'verify'],
  );
  return { entries, header };
}

export async function sign(key: CryptoKey, data: Uint8Array<ArrayBuffer>): Promise<string> {
  return toBase64(new Uint8Array(await crypto.subtle.sign('HMAC', key, data)));
}

/** Check an HMAC tag with subtle.verify rather than comparing strings. */
export async function verify(
  key: CryptoKey,
  data: Uint8Array<ArrayBuffer>,
  tag: string,
): Promise<boolean> {
  const bytes = fromBase64(tag);
  if (bytes === null) return false;
  return crypto.subtle.verify('HMAC', key, bytes, data);
}

/** SHA-256 of the data in base64: the unkeyed checksum that catches damaged storage. */
export async function digest(data: Uint8Array<ArrayBuffer>): Promise<string> {
  return toBase64(new Uint8Array(await crypto.subtle.digest('SHA-256', data)));
}
