/**
 * Imports of pasted texts and QR images into the vault. Unlike a single key, an import goes on
 * past a bad line or image. It reports what was added, what was stored already and what was
 * skipped, each skipped item with its place and reason.
 */
import { summarize, type KeyDraft } from '../shared/account';
import type { ImportReport } from '../shared/messages';
import type { ImportIssue, ImportPlace, ImportResult } from '../shared/otp/importText';
import type { Settings } from '../shared/settings';
import { codeFor } from './codes';
import { issuerRejection } from './intake';
import { getVault } from './services';

/** Orders places by line, or by image, so the report reads from top to bottom. */
function placeOrder(place: ImportPlace): number {
  return 'line' in place ? place.line : place.image;
}

/**
 * Stores the drafts of an import that the administrator's issuer list allows, and returns the
 * report. Drafts of an issuer that is not accepted are skipped with the reason, not rejected as a
 * whole, so one account of another service does not block the rest.
 */
export async function storeImport(
  result: ImportResult,
  origin: string | undefined,
  settings: Settings,
): Promise<ImportReport> {
  const skipped: ImportIssue[] = [...result.errors];
  const allowed: KeyDraft[] = [];
  for (const { place, draft } of result.drafts) {
    const rejection = issuerRejection(draft, settings);
    if (rejection === null) allowed.push(draft);
    else skipped.push({ place, message: rejection });
  }
  skipped.sort((first, second) => placeOrder(first.place) - placeOrder(second.place));

  if (allowed.length === 0) return { added: [], duplicates: [], skipped };
  const stored = await getVault().addAccounts(allowed, origin);
  const added = await Promise.all(
    stored.added.map(async (account) => ({
      account: summarize(account),
      code: await codeFor(account, settings),
    })),
  );
  const duplicates = stored.skipped.map(({ issuer, label }) => ({ issuer, label }));
  return { added, duplicates, skipped };
}
