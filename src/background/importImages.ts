/**
 * Reading the QR codes of images that the user picked or pasted, for an import. Each image gets
 * its own reason when it yields no key, so one unreadable picture among the codes of an export
 * does not hide the others.
 */
import { t } from '../shared/i18n';
import { createLogger } from '../shared/log';
import type { ImportEntry, ImportIssue } from '../shared/otp/importText';
import { DECODE_BUDGET_MS, decodeQrWithin } from './qr/decode';
import { loadQrImage } from './qr/load';

const log = createLogger('import');

/** Texts that may carry keys: key URIs and export URIs, in any letter case. */
const KEY_TEXT = /^\s*otpauth(-migration)?:/i;

/**
 * Decoding time for all the images of one import. The worker handles no other message while it
 * decodes, so eight pictures without a QR code must not hold it for eight times the budget.
 */
export const BATCH_DECODE_BUDGET_MS = 2 * DECODE_BUDGET_MS;

/**
 * Reads one image, numbered from 1, into import entries, or returns why it yields none. It may
 * be unreadable, contain no QR code, time out, or contain no key. It is skipped when the
 * import's `deadline`, a performance.now() time, has passed. QR codes that are not keys are
 * ignored when the same image also contains a key, as a screenshot may show an app-store link
 * beside the key.
 */
export async function readImageEntries(
  dataUrl: string,
  image: number,
  deadline = Number.POSITIVE_INFINITY,
): Promise<ImportEntry[] | ImportIssue> {
  const place = { image };
  if (performance.now() >= deadline) {
    log.warn('QR decoding skipped: the import used up its time.', { image });
    const seconds = String(BATCH_DECODE_BUDGET_MS / 1000);
    return { place, message: t('importImageBatchTimedOut', seconds) };
  }
  // No origin is allowed, so only data: URLs load and the worker fetches nothing.
  const loaded = await loadQrImage({ kind: 'url', url: dataUrl }, { allowedOrigins: [] });
  if (!loaded.ok) return { place, message: loaded.message };

  const budgetMs = Math.min(DECODE_BUDGET_MS, Math.max(0, deadline - performance.now()));
  const decoded = decodeQrWithin(loaded.value, budgetMs);
  if (decoded.timedOut) {
    log.warn('QR decoding timed out.', { image, budgetMs });
    return { place, message: t('importImageTimedOut', String(Math.ceil(budgetMs / 1000))) };
  }
  if (decoded.texts.length === 0) return { place, message: t('importImageNoQr') };
  const keys = decoded.texts.filter((text) => KEY_TEXT.test(text));
  // The mail system's own wording for a QR code that is not a key, so users recognize it.
  if (keys.length === 0) return { place, message: t('errorInvalidQr') };
  return keys.map((text) => ({ place, text }));
}
