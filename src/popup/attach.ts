import type { AddedAccount, ImportReport, PageStatus } from '../shared/messages';
import { sendToWorker } from '../shared/messaging';
import { UserError } from '../ui/errors';
import type { PastedKey } from './paste';

/** Wrap one stored account as the report of an import that added it. */
export function reportOf(added: AddedAccount): ImportReport {
  return { added: [added], duplicates: [], skipped: [] };
}

/**
 * Raise the reason of an import whose only outcome is one skipped item, such as one invalid key
 * URI, so the view that started it shows the reason in place. Any other report is returned for
 * the report view, which lists each item with its line or image.
 */
function rejectSingleFailure(report: ImportReport): ImportReport {
  const [only, ...rest] = report.skipped;
  const nothingElse = report.added.length === 0 && report.duplicates.length === 0;
  if (only === undefined || rest.length > 0 || !nothingElse) return report;
  throw new UserError(only.message);
}

/**
 * Import pasted or picked keys: a text of key URIs and export URIs, or images of QR codes.
 * `origin` is the active tab's mail origin, so the accounts of a pasted text are matched to it
 * later. Returns the report of what was added, what was stored already and what was skipped.
 */
export async function addKey(key: PastedKey, origin: string | null): Promise<ImportReport> {
  if (key.kind === 'images') {
    return rejectSingleFailure(
      await sendToWorker('accounts.importImages', { dataUrls: key.dataUrls }),
    );
  }
  const request = origin === null ? { text: key.uri } : { text: key.uri, origin };
  return rejectSingleFailure(await sendToWorker('accounts.import', request));
}

/**
 * Return the mail origin to store with a pasted or typed key: the active tab's origin when the
 * tab shows the mailbox's attach page, else null. A key pasted on any other page, such as a
 * GitLab key while the inbox is open, must not be matched to that mailbox.
 */
export function attachOrigin(page: PageStatus | null): string | null {
  return page?.report?.page === 'attach' ? page.origin : null;
}
