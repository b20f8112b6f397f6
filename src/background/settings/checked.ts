/** Shared types of the setting checks, and the warning for a value that is ignored. */
import { t } from '../../shared/i18n';
import { describeValue } from './coerce';

/** Name of the value in warnings, and the sentence used when the value is ignored. */
export interface CheckContext {
  /** Name of the value in warnings, such as `Policy "autoLockMinutes"`, in the browser's language. */
  subject: string;
  /** Sentence saying what applies when the whole value is ignored. */
  fallback: string;
  /**
   * Reject the whole value instead of clamping, rounding or dropping entries. Used for changes
   * the user makes, so the settings page never saves something other than what was typed.
   */
  strict?: boolean;
}

/** Checked value, or undefined when it was ignored, with a warning for every change made. */
export interface Checked<Value> {
  value: Value | undefined;
  warnings: string[];
}

/** Return an ignored value with a warning that names the value and what applies instead. */
export function ignored<Value>(
  context: CheckContext,
  raw: unknown,
  reason: string,
): Checked<Value> {
  const substitutions = [context.subject, describeValue(raw), reason, context.fallback];
  const warning = t('settingsCheckIgnored', substitutions);
  return { value: undefined, warnings: [warning] };
}
