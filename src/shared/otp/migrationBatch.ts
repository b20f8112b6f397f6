/**
 * Joining the QR codes of one Google Authenticator export. An export of many accounts spans
 * several codes with the same batch id, numbered from 0 to batch size - 1.
 */
import type { KeyDraft } from '../account';
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
  if (first === undefined) return fail('invalid-uri', 'No export QR code was scanned.');
  const mixed = payloads.some(
    (payload) => payload.batchId !== first.batchId || payload.batchSize !== first.batchSize,
  );
  if (mixed) {
    return fail(
      'invalid-uri',
      'The QR codes come from different Google Authenticator exports. Scan the codes of one export only.',
    );
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
