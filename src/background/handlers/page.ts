import browser from 'webextension-polyfill';
import type { PageStatus, PageVerdict } from '../../shared/messages';
import { accountForOrigin } from '../codes';
import { fillTab } from '../fill';
import { isMailOrigin } from '../mailOrigins';
import type { RouteTable } from '../route';
import { scanTab } from '../scanTab';
import { getVault } from '../services';
import { effectiveSettings } from '../settings/store';
import { knownFrames, tabOrigin } from '../tabs';
import { expectInteger, expectOptionalString, expectRecord } from '../validate';

async function hasHostPermission(origin: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [`${origin}/*`] });
}

/** Explain in one word why the extension will or will not act on a tab. */
async function describeTab(tabId: number): Promise<PageStatus> {
  const { settings } = await effectiveSettings();
  const origin = await tabOrigin(tabId).catch(() => null);
  const status = (verdict: PageVerdict, report: PageStatus['report'] = null): PageStatus => ({
    verdict,
    origin,
    report,
  });
  if (origin === null || !isMailOrigin(origin, settings)) return status('not-mail-origin');
  if (!(await hasHostPermission(origin))) return status('no-permission');

  const frames = (await knownFrames(tabId, origin)).filter((frame) =>
    isMailOrigin(frame.origin, settings),
  );
  if (frames.length === 0) return status('unreachable');
  const report = (frames.find((frame) => frame.report.codeFields > 0) ?? frames[0])?.report ?? null;
  if (report?.page === 'client-password') return status('client-password', report);
  if (report?.page === 'sms-only') return status('sms-only', report);

  const vault = getVault();
  if ((await vault.status()).state === 'locked') return status('locked', report);
  const account = accountForOrigin(await vault.accounts(), origin);
  if (report !== null && report.page === 'attach') return status('ready', report);
  if (account === undefined) return status('no-account', report);
  if (report === null || report.codeFields === 0) return status('no-code-field', report);
  return status('ready', report);
}

export const pageRoutes: RouteTable<'page.status' | 'page.fill' | 'page.scan'> = {
  'page.status': {
    from: 'extension-page',
    handle: async (payload) => describeTab(expectInteger(expectRecord(payload), 'tabId')),
  },
  'page.fill': {
    from: 'extension-page',
    async handle(payload) {
      const record = expectRecord(payload);
      const tabId = expectInteger(record, 'tabId');
      const accountId = expectOptionalString(record, 'accountId', 128);
      return fillTab(tabId, accountId === undefined ? {} : { accountId });
    },
  },
  'page.scan': {
    from: 'extension-page',
    async handle(payload) {
      const tabId = expectInteger(expectRecord(payload), 'tabId');
      const { settings } = await effectiveSettings();
      const origin = await tabOrigin(tabId).catch(() => null);
      // Only a mail page's own DOM is searched; any other page is read from a screenshot.
      const mailOrigin = origin !== null && isMailOrigin(origin, settings) ? origin : null;
      return scanTab(tabId, mailOrigin);
    },
  },
};
