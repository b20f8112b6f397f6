/**
 * Joining the QR codes of one Google Authenticator export. An export of many accounts spans
 * several codes with the same batch id, numbered from 0 to batch size - 1.
 */
import type { KeyDraft } from '../account';
import { t } from '../i18n';
import { fail, ok, type Result } from '../result';
import type { MigrationPayload, RejectedAccount } from './migration';

/** Accounts of all scanned codes of one export, and the codes still to be scanned. */
export interface MigrationBatch {
  accounts: KeyDraft[];
  rejected: RejectedAccount[];
  batchSize: number;
  /** Indexes (from 0) of the codes that were not scanned yet. */
  missingIndexes: number[];
}

/**
 * Merges the payloads of one export, in any order, skipping a code scanned twice. Rejects
 * payloads from different exports, because mixing them would hide a missing code.
 */
export function mergeMigrationBatch(
  payloads: readonly MigrationPayload[],
): Result<MigrationBatch, 'invalid-uri'> {
  const first = payloads[0];
  if (first === undefined) return fail('invalid-uri', t('importNoCodes'));
  const mixed = payloads.some(
    (payload) => payload.batchId !== first.batchId || payload.batchSize !== first.batchSize,
  );
  if (mixed) {
    return fail('invalid-uri', t('importMixedExports'));
  }

  const byIndex = new Map<number, MigrationPayload>();
  for (const payload of payloads) {
    if (!byIndex.has(payload.batchIndex)) byIndex.set(payload.batchIndex, payload);
  }
  const ordered = [...byIndex.entries()].sort(([a], [b]) => a - b).map(([, payload]) => payload);
  const missingIndexes: number[] = [];
  for (let index = 0; index < first.batchSize; index++) {
    if (!byIndex.has(index)) missingIndexes.push(index);
  }
  return ok({
    accounts: ordered.flatMap((payload) => payload.accounts),
    rejected: ordered.flatMap((payload) => payload.rejected),
    batchSize: first.batchSize,
    missingIndexes,
  });
}

/**
 * Finds the multi-code exports of which some codes were not read, and returns one issue per
 * export, placed where its first code was read. Codes are grouped by batch id and size, so
 * several exports can be imported together.
 */
export function findMissingCodes<Place>(
  exports: readonly { place: Place; payload: MigrationPayload }[],
): { place: Place; message: string }[] {
  const groups = new Map<string, { place: Place; size: number; indexes: Set<number> }>();
  for (const { place, payload } of exports) {
    if (payload.batchSize <= 1) continue;
    const key = `${payload.batchId}/${payload.batchSize}`;
    const group = groups.get(key) ?? { place, size: payload.batchSize, indexes: new Set() };
    group.indexes.add(payload.batchIndex);
    groups.set(key, group);
  }
  const issues: { place: Place; message: string }[] = [];
  for (const group of groups.values()) {
    const missing: number[] = [];
    for (let index = 0; index < group.size; index++) {
      if (!group.indexes.has(index)) missing.push(index + 1);
    }
    if (missing.length === 0) continue;
    const message = t('importBatchMissing', [missing.join(', '), String(group.size)]);
    issues.push({ place: group.place, message });
  }
  return issues;
}
