import { ExtensionError } from '../../shared/errors';
import { t } from '../../shared/i18n';
import {
  importEntries,
  importText,
  type ImportEntry,
  type ImportIssue,
} from '../../shared/otp/importText';
import { BATCH_DECODE_BUDGET_MS, readImageEntries } from '../importImages';
import { storeImport } from '../importKeys';
import { isMailOrigin } from '../mailOrigins';
import type { RouteTable } from '../route';
import { effectiveSettings } from '../settings/store';
import { expectOptionalString, expectRecord, expectString } from '../validate';

/** Largest pasted text: room for thousands of key URIs, far below the 64 MiB message limit. */
const MAX_TEXT_LENGTH = 5_000_000;

/**
 * Maximum number of images in one import. A Google Authenticator export of many accounts spans
 * several QR codes, and each image may take up to the decoder's time budget.
 */
export const MAX_IMPORT_IMAGES = 8;

/** Largest image as a data URL: about 15 MB of image data. */
const MAX_IMAGE_DATA_URL = 20_000_000;

function readDataUrls(payload: unknown): string[] {
  const list = expectRecord(payload).dataUrls;
  if (!Array.isArray(list) || list.length === 0) {
    throw new ExtensionError('invalid-request', t('requestNotText', 'dataUrls'));
  }
  if (list.length > MAX_IMPORT_IMAGES) {
    throw new ExtensionError('invalid-request', t('importImageTooMany', String(MAX_IMPORT_IMAGES)));
  }
  return list.map((value: unknown, index) => {
    const name = `dataUrls[${index}]`;
    return expectString({ [name]: value }, name, MAX_IMAGE_DATA_URL);
  });
}

export const importRoutes: RouteTable<'accounts.import' | 'accounts.importImages'> = {
  'accounts.import': {
    from: 'extension-page',
    async handle(payload) {
      const record = expectRecord(payload);
      const text = expectString(record, 'text', MAX_TEXT_LENGTH);
      const origin = expectOptionalString(record, 'origin', 512);
      const { settings } = await effectiveSettings();
      if (origin !== undefined && !isMailOrigin(origin, settings)) {
        throw new ExtensionError('invalid-request', t('importOriginNotMailSite', origin));
      }
      const result = importText(text);
      if (result.drafts.length === 0 && result.errors.length === 0) {
        throw new ExtensionError('invalid-uri', t('importNothingFound'));
      }
      return storeImport(result, origin, settings);
    },
  },
  'accounts.importImages': {
    from: 'extension-page',
    async handle(payload) {
      const dataUrls = readDataUrls(payload);
      const entries: ImportEntry[] = [];
      const failures: ImportIssue[] = [];
      // One at a time: decoding is synchronous and blocks the worker, so parallel reads gain nothing.
      const deadline = performance.now() + BATCH_DECODE_BUDGET_MS;
      for (const [index, dataUrl] of dataUrls.entries()) {
        const read = await readImageEntries(dataUrl, index + 1, deadline);
        if (Array.isArray(read)) entries.push(...read);
        else failures.push(read);
      }
      const result = importEntries(entries);
      result.errors.push(...failures);
      const { settings } = await effectiveSettings();
      return storeImport(result, undefined, settings);
    },
  },
};
