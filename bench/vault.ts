/**
 * Vault benchmark: median unlock time with the production Argon2id parameters, TOTP code
 * generation for 100 accounts, and the time to write a vault of 1,000 accounts. Storage is
 * the in-memory fake, which copies values through JSON like browser storage but skips its
 * IPC and disk, so browser figures for the write are higher.
 * Run: npx tsx bench/vault.ts
 */
import { pathToFileURL } from 'node:url';
import { Secret, TOTP } from 'otpauth';
import { PRODUCTION_KDF, type KdfParams } from '../src/background/vault/kdf';
import { createMemoryBackend, openMemoryVault } from '../src/background/vault/memory';
import type { VaultSettings } from '../src/background/vault/types';
import type { KeyDraft } from '../src/shared/account';
import { median } from './stats';

const SETTINGS: VaultSettings = {
  requirePassphrase: false,
  passphraseMinLength: 8,
  passphraseMinStrength: 2,
  autoLockMinutes: 15,
  lockOnBrowserRestart: true,
};
const PASSPHRASE = 'violet anchor harbour 42';

export interface VaultBenchFigures {
  kdf: KdfParams;
  /** Median time of unlock(), which is almost all Argon2id, in milliseconds. */
  unlockMs: number;
  /** Median time to compute one TOTP code for each of 100 accounts, in milliseconds. */
  codes100Ms: number;
  /** Median time to add one account to a vault of 1,000 (decrypt, encrypt, write), in ms. */
  write1000Ms: number;
  runs: { unlock: number; codes: number; write: number };
}

async function timeRuns(runs: number, task: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    await task();
    times.push(performance.now() - start);
  }
  return median(times);
}

function sampleDraft(index: number): KeyDraft {
  return {
    type: 'totp',
    secret: new Secret({ size: 20 }).base32,
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    counter: 0,
    issuer: 'Alibaba Mail',
    label: `user${index}@example.com`,
  };
}

async function benchUnlock(runs: number): Promise<number> {
  const backend = createMemoryBackend();
  const open = () => openMemoryVault(backend, SETTINGS, { kdf: PRODUCTION_KDF });
  await open().setPassphrase(null, PASSPHRASE);
  return timeRuns(runs, async () => {
    backend.session.clear();
    await open().unlock(PASSPHRASE);
  });
}

function benchCodes(runs: number): Promise<number> {
  const totps = Array.from({ length: 100 }, (_, index) => {
    const draft = sampleDraft(index);
    return new TOTP({ secret: Secret.fromBase32(draft.secret), label: draft.label });
  });
  const timestamp = Date.UTC(2026, 0, 5, 9, 0, 0);
  return timeRuns(runs, () => Promise.resolve(totps.map((totp) => totp.generate({ timestamp }))));
}

async function benchWrite(runs: number): Promise<number> {
  const vault = openMemoryVault(createMemoryBackend(), SETTINGS);
  await vault.addAccounts(Array.from({ length: 1000 }, (_, index) => sampleDraft(index)));
  let next = 1000;
  return timeRuns(runs, () => vault.addAccounts([sampleDraft(next++)]));
}

/** Run the vault benchmark and return its medians; bench/run.ts collects them. */
export async function runVaultBench(
  runs = { unlock: 5, codes: 21, write: 11 },
): Promise<VaultBenchFigures> {
  return {
    kdf: PRODUCTION_KDF,
    unlockMs: await benchUnlock(runs.unlock),
    codes100Ms: await benchCodes(runs.codes),
    write1000Ms: await benchWrite(runs.write),
    runs,
  };
}

const entryScript = process.argv[1];
if (entryScript !== undefined && import.meta.url === pathToFileURL(entryScript).href) {
  const figures = await runVaultBench();
  const { memoryKiB, iterations, parallelism } = figures.kdf;
  console.log(`Argon2id m=${memoryKiB} KiB, t=${iterations}, p=${parallelism}`);
  console.log(`unlock, median of ${figures.runs.unlock}: ${figures.unlockMs.toFixed(1)} ms`);
  console.log(
    `100 TOTP codes, median of ${figures.runs.codes}: ${figures.codes100Ms.toFixed(2)} ms`,
  );
  console.log(
    `write with 1,000 accounts, median of ${figures.runs.write}: ${figures.write1000Ms.toFixed(1)} ms`,
  );
}
