/**
 * Import of texts that list accounts: a pasted text or a plain-text backup with one otpauth://
 * key URI or otpauth-migration:// export URI per line, or the texts of scanned QR codes. Every
 * text that is not imported is reported with its place and the reason.
 */
import type { KeyDraft } from '../account';
import { t } from '../i18n';
import { parseKeyUri } from './keyUri';
import { decodeMigrationUri, isMigrationUri, type MigrationPayload } from './migration';
import { findMissingCodes } from './migrationBatch';

/** Place of an imported text: a line of a text or an image, numbered from 1. */
export type ImportPlace = { line: number } | { image: number };

/** A text or an exported account that was not imported, with the reason. */
export interface ImportIssue {
  place: ImportPlace;
  message: string;
}

/** An imported account and the place it came from. */
export interface ImportedDraft {
  place: ImportPlace;
  draft: KeyDraft;
}

export interface ImportResult {
  drafts: ImportedDraft[];
  errors: ImportIssue[];
}

/** One text to import, such as a line or the content of one QR code. */
export interface ImportEntry {
  place: ImportPlace;
  text: string;
}

/** Maximum number of lines read, far more than any backup; longer texts are rejected whole. */
export const MAX_IMPORT_LINES = 10_000;

/** Adds an export's accounts to the result, and its rejected accounts as issues. */
function addExport(place: ImportPlace, payload: MigrationPayload, result: ImportResult): void {
  for (const draft of payload.accounts) result.drafts.push({ place, draft });
  for (const rejected of payload.rejected) {
    const name = [rejected.issuer, rejected.label].filter(Boolean).join(': ');
    result.errors.push({ place, message: t('importAccountSkipped', [name, rejected.reason]) });
  }
}

/** Identifies one code of a multi-code export, so a code read twice is imported once. */
function codeKey(payload: MigrationPayload): string | null {
  if (payload.batchSize <= 1) return null;
  return `${payload.batchId}/${payload.batchSize}/${payload.batchIndex}`;
}

/**
 * Parses texts into drafts, with one issue per text that fails and one per skipped account of an
 * export. The QR codes of one multi-code export may come in any order. A code read twice is
 * imported once, and codes that are missing are reported at the place of the first code read.
 * Never throws for bad input.
 */
export function importEntries(entries: readonly ImportEntry[]): ImportResult {
  const result: ImportResult = { drafts: [], errors: [] };
  const exports: { place: ImportPlace; payload: MigrationPayload }[] = [];
  const seenCodes = new Set<string>();
  for (const entry of entries) {
    if (!isMigrationUri(entry.text)) {
      const draft = parseKeyUri(entry.text);
      if (draft.ok) result.drafts.push({ place: entry.place, draft: draft.value });
      else result.errors.push({ place: entry.place, message: draft.message });
      continue;
    }
    const decoded = decodeMigrationUri(entry.text);
    if (!decoded.ok) {
      result.errors.push({ place: entry.place, message: decoded.message });
      continue;
    }
    const payload = decoded.value;
    const key = codeKey(payload);
    if (key !== null && seenCodes.has(key)) continue;
    if (key !== null) seenCodes.add(key);
    addExport(entry.place, payload, result);
    exports.push({ place: entry.place, payload });
  }
  for (const missing of findMissingCodes(exports)) result.errors.push(missing);
  return result;
}

/**
 * Parses every line of a text like {@link importEntries}. Blank lines and lines starting with
 * "#" are skipped, and lines are numbered from 1.
 */
export function importText(text: string): ImportResult {
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.length > MAX_IMPORT_LINES) {
    const message = t('importTooManyLines', [String(lines.length), String(MAX_IMPORT_LINES)]);
    return { drafts: [], errors: [{ place: { line: MAX_IMPORT_LINES + 1 }, message }] };
  }
  const entries: ImportEntry[] = [];
  for (const [index, raw] of lines.entries()) {
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    entries.push({ place: { line: index + 1 }, text: trimmed });
  }
  return importEntries(entries);
}

/** Returns an issue as one line for the user, such as "Line 3: The secret is missing.". */
export function describeIssue(issue: ImportIssue): string {
  const where =
    'line' in issue.place
      ? t('importLine', String(issue.place.line))
      : t('importImage', String(issue.place.image));
  return t('importWhere', [where, issue.message]);
}
