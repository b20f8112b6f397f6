/**
 * Checks of list settings: mail origins and accepted issuers. Outside strict mode, invalid
 * entries are dropped one by one, so one typo does not cost the administrator the whole list.
 */
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
      return [...listed, `${subject}: ${unlisted} more entries had problems.`];
    },
  };
}

type EntryCheck = (entry: string) => { value?: string; problem?: string; note?: string };

/** Check one mail origin rule and return its canonical form. */
export function checkOriginEntry(entry: string): ReturnType<EntryCheck> {
  const result = normalizeOriginRule(entry);
  if (!result.ok) return { problem: result.message };
  const note = result.value.notes.join(', and ');
  return note === '' ? { value: result.value.rule } : { value: result.value.rule, note };
}

/** Check one issuer name. */
export function checkIssuerEntry(entry: string): ReturnType<EntryCheck> {
  const value = entry.trim();
  if (value === '') return { problem: 'it is empty' };
  if (value.length > MAX_ISSUER_LENGTH) {
    return { problem: `it is longer than ${MAX_ISSUER_LENGTH} characters` };
  }
  return { value };
}

/** Check a list value entry by entry; `noun` names the entries in warnings. */
export function checkList(
  raw: unknown,
  context: CheckContext,
  checkEntry: EntryCheck,
  noun: string,
): Checked<string[]> {
  const list = toList(raw);
  if (list === undefined) return ignored(context, raw, `is not a list of ${noun}`);

  if (context.strict === true && list.length > MAX_LIST_ENTRIES) {
    return ignored(context, raw, `has more than ${MAX_LIST_ENTRIES} entries`);
  }
  const warnings: string[] = [];
  const report = createEntryReport(context.subject);
  if (list.length > MAX_LIST_ENTRIES) {
    warnings.push(
      `${context.subject} has ${list.length} entries. Only the first ${MAX_LIST_ENTRIES} are used.`,
    );
  }
  const values: string[] = [];
  const seen = new Set<string>();
  for (const entry of list.slice(0, MAX_LIST_ENTRIES)) {
    const checked =
      typeof entry === 'string' ? checkEntry(entry) : { problem: 'it is not a text value' };
    const entryText = describeValue(entry);
    if (checked.value === undefined && context.strict === true) {
      const problem = checked.problem ?? 'it is invalid';
      return ignored(context, raw, `contains ${entryText}, which is invalid because ${problem}`);
    }
    if (checked.value === undefined) {
      report.add(
        `${context.subject}: entry ${entryText} was ignored because ${checked.problem ?? 'it is invalid'}.`,
      );
      continue;
    }
    if (checked.note !== undefined) {
      report.add(
        `${context.subject}: entry ${entryText} is used as "${checked.value}", but ${checked.note}.`,
      );
    }
    // Issuers compare without regard to case, and origin rules are lower case already.
    const identity = checked.value.toLowerCase();
    if (seen.has(identity)) continue;
    seen.add(identity);
    values.push(checked.value);
  }

  warnings.push(...report.warnings());
  if (values.length === 0 && list.length > 0) {
    warnings.push(
      `${context.subject} was ignored because none of its entries is valid. ${context.fallback}`,
    );
    return { value: undefined, warnings };
  }
  return { value: values, warnings };
}
