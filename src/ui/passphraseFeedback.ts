import { t } from '../shared/i18n';
import { passphraseStrength, STRENGTH_NAMES, type PassphraseRules } from '../shared/passphrase';

export interface PassphraseFeedback {
  /** Minimum length and, once something is typed, the estimated strength. */
  hint: string;
  /** Reason the passphrase does not meet the rules, or null when it does or is still empty. */
  error: string | null;
}

/**
 * Describe a new passphrase against the rules as the user types, with the same estimate the
 * worker applies, so the form rejects early what the worker would reject.
 */
export function passphraseFeedback(text: string, rules: PassphraseRules): PassphraseFeedback {
  const minimum = t('passphraseMinLength', String(rules.minLength));
  if (text === '') return { hint: minimum, error: null };
  const strength = passphraseStrength(text);
  const hint = `${minimum} ${t('strengthLabel', t(STRENGTH_NAMES[strength] ?? 'strengthVeryWeak'))}`;
  if (Array.from(text).length < rules.minLength) {
    return { hint, error: t('passphraseTooShort', String(rules.minLength)) };
  }
  if (strength < rules.minStrength) {
    const required = t(STRENGTH_NAMES[rules.minStrength] ?? 'strengthVeryStrong');
    return { hint, error: t('passphraseTooWeak', required) };
  }
  return { hint, error: null };
}
