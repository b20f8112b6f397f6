/**
 * Migrations of stored records to the current format, one step per format number. To add
 * format 2: bump FORMAT_VERSION in format.ts, keep a parser for format 1, and register a step
 * under key 1 that turns a format 1 value into a format 2 one.
 */
import type { Account } from '../../shared/account';
import { isAccount, isKeyDraft, toKeyDraft } from './accountShape';
import { FORMAT_VERSION, formatOf, type VaultRecord } from './format';

export interface MigrationContext {
  /** Encrypt accounts into a new vault with a device slot, for formats that had no key. */
  createVault(accounts: Account[]): Promise<VaultRecord>;
  now(): number;
}

/**
 * One step: takes a value of format N and returns a value of format N + 1, or null when the
 * value cannot be read.
 * NOTE: a step that must decrypt entries needs the master key; the context does not offer it
 * yet, because format 1 is the first encrypted format.
 */
export type Migration = (value: unknown, context: MigrationContext) => Promise<unknown>;

/**
 * Format 0 is the unencrypted pre-release layout: `{ accounts: [...] }` with the accounts in
 * plain JSON. Its accounts move into a new encrypted vault with a device slot.
 */
async function migrateFormat0(value: unknown, context: MigrationContext): Promise<unknown> {
  const { accounts } = value as { accounts: unknown[] };
  const converted: Account[] = [];
  for (const item of accounts) {
    if (isAccount(item)) converted.push(item);
    else if (isKeyDraft(item))
      converted.push({ ...toKeyDraft(item), id: crypto.randomUUID(), createdAt: context.now() });
    else return null;
  }
  return context.createVault(converted);
}

export const MIGRATIONS: ReadonlyMap<number, Migration> = new Map([[0, migrateFormat0]]);

/**
 * Run the steps from the value's format up to `target`. Returns null when a step is missing,
 * fails, or does not raise the format by exactly one.
 */
export async function migrateRecord(
  value: unknown,
  context: MigrationContext,
  migrations: ReadonlyMap<number, Migration> = MIGRATIONS,
  target: number = FORMAT_VERSION,
): Promise<unknown> {
  let current = value;
  let format = formatOf(current);
  while (format < target) {
    const step = migrations.get(format);
    if (step === undefined) return null;
    const next = await step(current, context);
    if (formatOf(next) !== format + 1) return null;
    current = next;
    format += 1;
  }
  return current;
}
