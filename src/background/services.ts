import { effectiveSettings } from './settings/store';
import { openBrowserVault, type Vault } from './vault';

/**
 * The worker's one vault. It is created while the worker script first runs, because it
 * registers the auto-lock alarm listener, which Chrome only honours in the script's first turn.
 * It restores its unlocked state from storage.session after the worker was stopped.
 */
const vault = openBrowserVault(async () => (await effectiveSettings()).settings);

export function getVault(): Vault {
  return vault;
}
