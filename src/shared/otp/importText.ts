/**
 * Import of a text that lists accounts, such as a plain-text backup: one otpauth:// key URI or
 * otpauth-migration:// export URI per line. Blank lines and lines starting with "#" are skipped.
 */
import type { KeyDraft } from '../account';
import { parseKeyUri } from './keyUri';
import { decodeMigrationUri, isMigrationUri } from './migration';

/** A line that could not be imported, numbered from 1. */
export interface LineError {
  line: number;
  message: string;
}

/** An imported account and the line it came from, numbered from 1. */
export interface ImportedDraft {
  line: number;
  draft: KeyDraft;
}

export interface ImportResult {
  drafts: ImportedDraft[];
  errors: LineError[];
}

/** Maximum number of lines read, far more than any backup; longer texts are rejected whole. */
export const MAX_IMPORT_LINES = 10_000;

function importLine(text: string, line: number, result: ImportResult): void {
  if (isMigrationUri(text)) {
    const payload = decodeMigrationUri(text);
    if (!payload.ok) {
      result.errors.push({ line, message: payload.message });
      return;
    }
    for (const draft of payload.value.accounts) result.drafts.push({ line, draft });
    for (const rejected of payload.value.rejected) {
      const name = [rejected.issuer, rejected.label].filter(Boolean).join(': ');
      result.errors.push({
        line,
        message: `The account "${name}" was skipped. ${rejected.reason}`,
      });
    }
    return;
  }
  const draft = parseKeyUri(text);
  if (draft.ok) result.drafts.push({ line, draft: draft.value });
  else result.errors.push({ line, message: draft.message });
}

/**
 * Parses every line of a text into drafts, collecting one error per line that fails (or one per
 * skipped account of an export). Never throws for bad input.
 */
export function importText(text: string): ImportResult {
  const result: ImportResult = { drafts: [], errors: [] };
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.length > MAX_IMPORT_LINES) {
    result.errors.push({
      line: MAX_IMPORT_LINES + 1,
      message: `The text has ${lines.length} lines, more than the maximum of ${MAX_IMPORT_LINES}. Split it into smaller files.`,
    });
    return result;
  }
  for (const [index, raw] of lines.entries()) {
    const text = raw.trim();
    if (text === '' || text.startsWith('#')) continue;
    importLine(text, index + 1, result);
  }
  return result;
}
