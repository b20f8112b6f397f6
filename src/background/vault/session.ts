/**
 * The unlocked master key in storage.session. The area lives in memory only, is cleared when
 * the browser restarts, and survives the MV3 worker being stopped, so the vault stays unlocked
 * across worker restarts. Content scripts cannot read it while its access level is
 * TRUSTED_CONTEXTS, which index.ts sets.
 */
import { fromBase64, toBase64 } from './encoding';
import type { StorageArea } from './types';

const UNLOCKED_KEY = 'vault.unlocked';
/** Set by lock(), so a device slot kept for browser restarts does not undo a lock. */
const LOCKED_KEY = 'vault.locked';

export class SessionKeys {
  constructor(private readonly session: StorageArea) {}

  /** Return the master key of the given vault, or null when it is locked. */
  async get(vaultId: string): Promise<Uint8Array<ArrayBuffer> | null> {
    const items = await this.session.get(UNLOCKED_KEY);
    const stored = items[UNLOCKED_KEY];
    if (typeof stored !== 'object' || stored === null) return null;
    const { vaultId: storedId, masterKey } = stored as Record<string, unknown>;
    if (storedId !== vaultId || typeof masterKey !== 'string') return null;
    return fromBase64(masterKey);
  }

  async put(vaultId: string, masterKey: Uint8Array): Promise<void> {
    await this.session.set({ [UNLOCKED_KEY]: { vaultId, masterKey: toBase64(masterKey) } });
    await this.session.remove(LOCKED_KEY);
  }

  /** Remove the master key and remember that the vault was locked in this browser session. */
  async wipe(): Promise<void> {
    await this.session.remove(UNLOCKED_KEY);
    await this.session.set({ [LOCKED_KEY]: true });
  }

  /** Whether the vault was locked since the browser started. */
  async lockedThisSession(): Promise<boolean> {
    const items = await this.session.get(LOCKED_KEY);
    return items[LOCKED_KEY] === true;
  }
}
