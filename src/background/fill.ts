import { ExtensionError } from '../shared/errors';
import { t } from '../shared/i18n';
import { sendToTab } from '../shared/messaging';
import type { CodeReply, FillOutcome, FillPurpose, PageReport } from '../shared/messages';
import type { Account } from '../shared/account';
import type { Settings } from '../shared/settings';
import { accountForOrigin, codeFor } from './codes';
import { isMailOrigin } from './mailOrigins';
import { getVault } from './services';
import { fillAcrossSwitch } from './switchReload';
import { effectiveSettings } from './settings/store';
import { knownFrames, runContentActions, tabOrigin } from './tabs';

/** Return the form a page report describes, or null when the extension fills no form there. */
export function purposeOf(report: PageReport): FillPurpose | null {
  return report.page === 'attach' || report.page === 'logon' || report.page === 'delete'
    ? report.page
    : null;
}

/**
 * Build the reply that goes with a code. "Set as trusted device" is ticked only on a logon form,
 * only when the administrator allows it and only when the user asked for it.
 */
export async function codeReply(
  account: Account,
  purpose: FillPurpose | null,
  settings: Settings,
): Promise<CodeReply> {
  // An HOTP code is used up once filled, so its counter moves on before the code leaves.
  const current =
    account.type === 'hotp' ? await getVault().advanceHotpCounter(account.id) : account;
  const code = await codeFor(current, settings);
  return {
    code: code.code,
    accountId: account.id,
    validUntil: code.validUntil,
    trustDevice: purpose === 'logon' && settings.allowTrustedDevice && settings.trustDevice,
    submit: purpose === 'attach' && settings.submitAttachForm,
  };
}

function pickAccount(accounts: Account[], origin: string, accountId: string | undefined): Account {
  const account =
    accountId === undefined
      ? accountForOrigin(accounts, origin)
      : accounts.find((known) => known.id === accountId);
  if (account === undefined) {
    throw new ExtensionError(
      'not-found',
      accountId === undefined ? t('pageNoAccountPick') : t('pageAccountGone'),
    );
  }
  return account;
}

/**
 * Fill the current code into a tab, on the user's request from outside the page (popup,
 * keyboard shortcut, context menu). Because the request comes from the browser's own UI, a
 * code field in a cross-origin mail frame may be filled too. The page itself cannot start this.
 */
export async function fillTab(
  tabId: number,
  options: { accountId?: string; frameId?: number } = {},
): Promise<FillOutcome> {
  const { settings } = await effectiveSettings();
  const origin = await tabOrigin(tabId);
  if (origin === null) return { filled: false, reason: t('pageNotMailSite') };

  const frames = (await knownFrames(tabId, origin)).filter(
    (frame) => isMailOrigin(frame.origin, settings) && frame.report.codeFields > 0,
  );
  const frame =
    options.frameId === undefined
      ? (frames.find((known) => known.frameId === 0) ?? frames[0])
      : frames.find((known) => known.frameId === options.frameId);
  if (frame === undefined) {
    return { filled: false, reason: t('pageNoField') };
  }
  const purpose = purposeOf(frame.report);
  if (frame.report.page === 'client-password') {
    // A code there creates a password that opens the mailbox to mail clients, so only the user
    // enters it.
    return { filled: false, reason: t('pageClientPassword') };
  }
  if (purpose === null) {
    return { filled: false, reason: t('pageNoCodeAsked') };
  }

  const vault = getVault();
  const accounts = await vault.accounts();
  await vault.touch();
  const account = pickAccount(accounts, frame.origin, options.accountId);
  const reply = await codeReply(account, purpose, settings);
  const send = async (frameId: number) => {
    await runContentActions(tabId, frameId);
    return sendToTab(tabId, frameId, 'content.fill', { ...reply, purpose });
  };
  if (purpose !== 'logon' || frame.frameId !== 0) return send(frame.frameId);
  return fillAcrossSwitch(tabId, frame, send);
}
