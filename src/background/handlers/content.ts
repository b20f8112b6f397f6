import { ExtensionError } from '../../shared/errors';
import { t } from '../../shared/i18n';
import type { FillPurpose, PageReport, QrSource } from '../../shared/messages';
import { INVALID_QR_MESSAGE } from '../../shared/otp/qrText';
import { accountForOrigin } from '../codes';
import { codeReply } from '../fill';
import { recordFrameReport } from '../frames';
import { attachDraft, readKeyText } from '../intake';
import { isMailOrigin } from '../mailOrigins';
import { takeOffer } from '../offers';
import { contentSender, type RouteTable } from '../route';
import { decodeImageText } from '../scan';
import { offerFor } from '../scanTab';
import type { SenderInfo } from '../sender';
import { getVault } from '../services';
import { effectiveSettings } from '../settings/store';
import { runContentActions } from '../tabs';
import { expectInteger, expectOneOf, expectRecord, expectString } from '../validate';

const PAGE_KINDS = ['attach', 'logon', 'delete', 'sms-only', 'client-password', 'other'] as const;
const PURPOSES: readonly FillPurpose[] = ['attach', 'logon', 'delete'];
/** Largest QR image a page may hand over, as a data URL. */
const MAX_SOURCE_LENGTH = 8_000_000;

/**
 * Check that a content script runs on an allowed mail origin. The threat: a content script
 * somehow running elsewhere (a stale registration, a policy that just removed the origin) must
 * not get codes for a site the administrator no longer trusts.
 */
async function mailFrame(sender: SenderInfo) {
  const frame = contentSender(sender);
  const { settings } = await effectiveSettings();
  if (!isMailOrigin(frame.origin, settings)) {
    throw new ExtensionError('forbidden', t('pageNotMailSite'));
  }
  return { frame, settings };
}

/**
 * Word a malformed key QR code on a mail page as the mail system does ("Invalid QR code format.
 * Please retry."), in the browser's language, followed by what is wrong with it.
 */
function invalidQrMessage(detail: string): string {
  const mailSystemWording = t('errorInvalidQr');
  if (detail === INVALID_QR_MESSAGE || detail === mailSystemWording) return mailSystemWording;
  return `${mailSystemWording} ${detail}`;
}

function readReport(payload: unknown): PageReport {
  const record = expectRecord(payload);
  return {
    page: expectOneOf(record, 'page', PAGE_KINDS),
    codeFields: expectInteger(record, 'codeFields'),
    qrCandidates: expectInteger(record, 'qrCandidates'),
  };
}

function readSource(payload: unknown): QrSource {
  const source = expectRecord(expectRecord(payload).source);
  const kind = expectOneOf(source, 'kind', ['url', 'pixels'] as const);
  if (kind === 'url') return { kind, url: expectString(source, 'url', MAX_SOURCE_LENGTH) };
  return {
    kind,
    width: expectInteger(source, 'width'),
    height: expectInteger(source, 'height'),
    dataUrl: expectString(source, 'dataUrl', MAX_SOURCE_LENGTH),
  };
}

export const contentRoutes: RouteTable<
  'content.report' | 'content.qr' | 'content.attach' | 'content.code' | 'content.loadActions'
> = {
  'content.report': {
    from: 'content-script',
    async handle(payload, sender) {
      const { frame } = await mailFrame(sender);
      const report = readReport(payload);
      await recordFrameReport(frame.tabId, {
        frameId: frame.frameId,
        origin: frame.origin,
        report,
      });
      const vault = getVault();
      const locked = (await vault.status()).state === 'locked';
      const hasAccount =
        !locked && accountForOrigin(await vault.accounts(), frame.origin) !== undefined;
      return { locked, hasAccount };
    },
  },
  'content.qr': {
    from: 'content-script',
    async handle(payload, sender) {
      const { frame } = await mailFrame(sender);
      const texts = await decodeImageText(readSource(payload), [frame.origin]);
      let invalid: string | null = null;
      for (const read of texts.map(readKeyText)) {
        const draft = read.kind === 'keys' ? read.drafts[0] : undefined;
        if (draft !== undefined) return offerFor(draft, frame.tabId, frame.origin);
        if (read.kind === 'invalid') invalid ??= read.message;
      }
      if (invalid === null) return { status: 'none' };
      return { status: 'invalid', message: invalidQrMessage(invalid) };
    },
  },
  'content.attach': {
    from: 'content-script',
    async handle(payload, sender) {
      const { frame, settings } = await mailFrame(sender);
      const offerId = expectString(expectRecord(payload), 'offerId', 64);
      const offer = await takeOffer(offerId, { tabId: frame.tabId, origin: frame.origin });
      const account = await attachDraft(offer.draft, frame.origin, settings);
      return codeReply(account, 'attach', settings);
    },
  },
  'content.loadActions': {
    from: 'content-script',
    async handle(_payload, sender) {
      const { frame } = await mailFrame(sender);
      await runContentActions(frame.tabId, frame.frameId);
      return null;
    },
  },
  'content.code': {
    from: 'content-script',
    async handle(payload, sender) {
      const { frame, settings } = await mailFrame(sender);
      const purpose = expectOneOf(expectRecord(payload), 'purpose', PURPOSES);
      // A mail page framed by another site could be overlaid to trick a click on our button,
      // so a code requested from inside such a frame is refused. The toolbar can still fill it.
      if (frame.frameId !== 0 && frame.origin !== frame.tabOrigin) {
        throw new ExtensionError('forbidden', t('pageCrossOriginFrame'));
      }
      const vault = getVault();
      if ((await vault.status()).state === 'locked') {
        throw new ExtensionError('locked', t('pageLocked'));
      }
      const account = accountForOrigin(await vault.accounts(), frame.origin);
      if (account === undefined) {
        throw new ExtensionError('not-found', t('pageNoAccount'));
      }
      await vault.touch();
      return codeReply(account, purpose, settings);
    },
  },
};
