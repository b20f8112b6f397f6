/** Checks of the passphrase settings that the Vault applies before it changes anything. */
import { ExtensionError } from '../../shared/errors';
import { t } from '../../shared/i18n';
import { checkPassphrase } from '../../shared/passphrase';
import type { VaultSettings } from './types';

/** Throw 'weak-passphrase' with the reason when a new passphrase breaks the settings' rules. */
export function assertStrongPassphrase(text: string, settings: VaultSettings): void {
  const check = checkPassphrase(text, {
    minLength: settings.passphraseMinLength,
    minStrength: settings.passphraseMinStrength,
  });
  if (!check.ok) throw new ExtensionError('weak-passphrase', check.message);
}

/** Throw 'policy' when the settings require a passphrase, for a vault that has none. */
export function assertPassphraseOptional(settings: VaultSettings): void {
  if (!settings.requirePassphrase) return;
  throw new ExtensionError('policy', t('vaultPassphraseRequired'));
}
