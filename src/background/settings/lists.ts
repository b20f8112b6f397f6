/**
 * Checks of list settings: mail origins and accepted issuers. Outside strict mode, invalid
 * entries are dropped one by one, so one typo does not cost the administrator the whole list.
 */
import { t } from '../../shared/i18n';
import { describeValue, toList } from './coerce';
import { ignored, type Checked, type CheckContext } from './checked';
import { normalizeOriginRule } from './origins';
import { MAX_ISSUER_LENGTH, MAX_LIST_ENTRIES } from './rules';

/** Distinct entry warnings listed per list; the rest are counted in one summary line. */
const MAX_ENTRY_WARNINGS = 10;

/** Collect the entry warnings of one list, each distinct message once. */
function createEntryReport(subject: string) {
  const listed: string[] = [];
  let unlisted = 0;
  return {
    add(message: string): void {
      if (listed.includes(message)) return;
      if (listed.length < MAX_ENTRY_WARNINGS) listed.push(message);
      else unlisted += 1;
    },
    warnings(): string[] {
      if (unlisted === 0) return listed;
      return [...listed, t('settingsCheckMoreEntries', [subject, String(unlisted)])];
    },
  };
}

type EntryCheck = (entry: string) => { value?: string; problem?: string; note?: string };

/** Check one mail origin rule and return its canonical form. */
export function checkOriginEntry(entry: string): ReturnType<EntryCheck> {
  const result = normalizeOriginRule(entry);
  if (!result.ok) return { problem: result.message };
  const { rule, notes } = result.value;
  if (notes.length === 0) return { value: rule };
  return { value: rule, note: notes.reduce((first, next) => t('originRuleNotes', [first, next])) };
}

/** Check one issuer name. */
export function checkIssuerEntry(entry: string): ReturnType<EntryCheck> {
  const value = entry.trim();
  if (value === '') return { problem: t('settingsCheckEntryEmpty') };
  if (value.length > MAX_ISSUER_LENGTH) {
    return { problem: t('settingsCheckEntryTooLong', String(MAX_ISSUER_LENGTH)) };
  }
  return { value };
}

/**
 * Check a list value entry by entry. `notListReason` is the warning's reason when the value is
 * no list at all, such as "is not a list of origins".
 */
export function checkList(
  raw: unknown,
  context: CheckContext,
  checkEntry: EntryCheck,
  notListReason: string,
): Checked<string[]> {
  const list = toList(raw);
  if (list === undefined) return ignored(context, raw, notListReason);

  const maximum = String(MAX_LIST_ENTRIES);
  if (context.strict === true && list.length > MAX_LIST_ENTRIES) {
    return ignored(context, raw, t('settingsCheckReasonTooManyEntries', maximum));
  }
  const warnings: string[] = [];
  const report = createEntryReport(context.subject);
  if (list.length > MAX_LIST_ENTRIES) {
    const counts = [context.subject, String(list.length), maximum];
    warnings.push(t('settingsCheckTooManyEntries', counts));
  }
  const values: string[] = [];
  const seen = new Set<string>();
  for (const entry of list.slice(0, MAX_LIST_ENTRIES)) {
    const checked =
      typeof entry === 'string' ? checkEntry(entry) : { problem: t('settingsCheckEntryNotText') };
    const entryText = describeValue(entry);
    if (checked.value === undefined) {
      const problem = checked.problem ?? t('settingsCheckEntryInvalid');
      if (context.strict === true) {
        return ignored(context, raw, t('settingsCheckReasonInvalidEntry', [entryText, problem]));
      }
      report.add(t('settingsCheckEntryIgnored', [context.subject, entryText, problem]));
      continue;
    }
    if (checked.note !== undefined) {
      const adjusted = [context.subject, entryText, checked.value, checked.note];
      report.add(t('settingsCheckEntryAdjusted', adjusted));
    }
    // Issuers compare without regard to case, and origin rules are lower case already.
    const identity = checked.value.toLowerCase();
    if (seen.has(identity)) continue;
    seen.add(identity);
    values.push(checked.value);
  }

  warnings.push(...report.warnings());
  if (values.length === 0 && list.length > 0) {
    warnings.push(t('settingsCheckNoValidEntry', [context.subject, context.fallback]));
    return { value: undefined, warnings };
  }
  return { value: values, warnings };
}
