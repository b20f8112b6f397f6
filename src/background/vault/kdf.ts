/**
 * Passphrase key derivation with Argon2id (RFC 9106) through hash-wasm. The parameters are
 * stored beside each salt, so a later release can raise them for new slots and backups while
 * older ones still open.
 */
import { argon2id } from 'hash-wasm';
import { randomBytes } from './cipher';
import { fromBase64, toBase64 } from './encoding';

export interface KdfParams {
  algorithm: 'argon2id';
  /** Memory cost in KiB. */
  memoryKiB: number;
  iterations: number;
  parallelism: number;
}

/** KdfParams plus the random salt of one slot or backup, in base64. */
export interface StoredKdf extends KdfParams {
  salt: string;
}

/**
 * 64 MiB, 3 passes, 1 lane: above the minimum of OWASP's Password Storage Cheat Sheet (19 MiB,
 * 2 passes, 1 lane) and equal to RFC 9106's second recommended option except for the lanes.
 * NOTE: Argon2id with these parameters took 0.45 to 0.7 s in Node 20 on a lightly loaded
 * AMD EPYC core. Low-end laptops were not timed and may take several seconds.
 */
export const PRODUCTION_KDF: KdfParams = {
  algorithm: 'argon2id',
  memoryKiB: 64 * 1024,
  iterations: 3,
  parallelism: 1,
};

/**
 * Lower bounds for parameters read from a vault slot or a backup file. A backup with lower
 * parameters is rejected, because it would be cheap to guess offline. A slot with lower
 * parameters is reported as damaged. Tests relax the bounds through the Vault options.
 */
export const MINIMUM_KDF: KdfParams = {
  algorithm: 'argon2id',
  memoryKiB: 19 * 1024,
  iterations: 2,
  parallelism: 1,
};

/** Upper bounds, so a damaged or hostile record cannot make unlock hang or run out of memory. */
const MAXIMUM = { memoryKiB: 1024 * 1024, iterations: 64, parallelism: 16 };

const SALT_BYTES = 16;
const KEY_BYTES = 32;

/** Check whether stored parameters lie between the given floor and the fixed ceiling. */
export function kdfWithinBounds(params: KdfParams, floor: KdfParams): boolean {
  return (
    // Storage may contain any value, whatever the static type declares.
    (params.algorithm as string) === 'argon2id' &&
    Number.isSafeInteger(params.memoryKiB) &&
    Number.isSafeInteger(params.iterations) &&
    Number.isSafeInteger(params.parallelism) &&
    params.memoryKiB >= floor.memoryKiB &&
    params.memoryKiB <= MAXIMUM.memoryKiB &&
    params.iterations >= floor.iterations &&
    params.iterations <= MAXIMUM.iterations &&
    params.parallelism >= floor.parallelism &&
    params.parallelism <= MAXIMUM.parallelism &&
    params.memoryKiB >= 8 * params.parallelism
  );
}

/** Pick a fresh salt for new parameters. */
export function newKdf(params: KdfParams): StoredKdf {
  return { ...params, salt: toBase64(randomBytes(SALT_BYTES)) };
}

/**
 * Derive a 256-bit key-encryption key. The passphrase is normalized to Unicode NFC first, so
 * the same passphrase typed with composed or decomposed accents gives the same key.
 */
export async function deriveKek(passphrase: string, kdf: StoredKdf): Promise<CryptoKey> {
  const salt = fromBase64(kdf.salt);
  if (salt === null) throw new TypeError('Argon2id salt is not base64.');
  const raw = await argon2id({
    password: passphrase.normalize('NFC'),
    salt,
    iterations: kdf.iterations,
    parallelism: kdf.parallelism,
    memorySize: kdf.memoryKiB,
    hashLength: KEY_BYTES,
    outputType: 'binary',
  });
  const key = await crypto.subtle.importKey('raw', new Uint8Array(raw), 'AES-GCM', false, [
    'encrypt',
    'decrypt',
  ]);
  raw.fill(0);
  return key;
}
