import browser from 'webextension-polyfill';
import type { KeyDraft } from '../shared/account';
import { createLogger } from '../shared/log';
import { sendToTab } from '../shared/messaging';
import type { QrScanOutcome, QrSource } from '../shared/messages';
import { isDuplicate } from '../shared/otp/duplicates';
import { readKeyText, type KeyText } from './intake';
import { rememberOffer } from './offers';
import { decodeImageText } from './scan';
import { getVault } from './services';
import { knownFrames, runContentActions } from './tabs';

const log = createLogger('scan');

async function readSource(source: QrSource, origins: readonly string[]): Promise<KeyText[]> {
  try {
    return (await decodeImageText(source, origins)).map(readKeyText);
  } catch (error) {
    log.warn('Could not read a QR candidate.', error);
    return [];
  }
}

async function pageSources(tabId: number, origin: string): Promise<QrSource[]> {
  const frames = await knownFrames(tabId, origin);
  const sources: QrSource[] = [];
  for (const frame of frames) {
    try {
      await runContentActions(tabId, frame.frameId);
      sources.push(...(await sendToTab(tabId, frame.frameId, 'content.collectQr', null)));
    } catch (error) {
      log.debug('A frame did not respond to the QR request.', { frameId: frame.frameId }, error);
    }
  }
  return sources;
}

async function screenshotSource(tabId: number): Promise<QrSource | null> {
  try {
    const tab = await browser.tabs.get(tabId);
    const url = await browser.tabs.captureVisibleTab(tab.windowId, { format: 'png' });
    return { kind: 'url', url };
  } catch (error) {
    log.warn('Could not capture the visible tab.', error);
    return null;
  }
}

/** Turn a decoded key into an offer the user can accept; the secret stays here. */
export async function offerFor(
  draft: KeyDraft,
  tabId: number | null,
  origin: string | null,
): Promise<QrScanOutcome> {
  const offerId = await rememberOffer({ draft, tabId, origin });
  const vault = getVault();
  const stored = (await vault.status()).state === 'unlocked' ? await vault.accounts() : [];
  const duplicate = isDuplicate(draft, stored);
  return { status: 'key', offer: { offerId, issuer: draft.issuer, label: draft.label, duplicate } };
}

/**
 * Look for the key QR code in a tab: first the images of a mail page's DOM, then a screenshot of
 * the visible part of the tab. A QR code that is not a key (an app download link) is skipped.
 */
export async function scanTab(tabId: number, mailOrigin: string | null): Promise<QrScanOutcome> {
  let invalid: string | null = null;
  const sources = mailOrigin === null ? [] : await pageSources(tabId, mailOrigin);
  for (const nextSource of [...sources, null]) {
    const source = nextSource ?? (await screenshotSource(tabId));
    if (source === null) break;
    for (const read of await readSource(source, mailOrigin === null ? [] : [mailOrigin])) {
      const draft = read.kind === 'keys' ? read.drafts[0] : undefined;
      if (draft !== undefined) return offerFor(draft, tabId, mailOrigin);
      if (read.kind === 'invalid') invalid ??= read.message;
    }
  }
  return invalid === null ? { status: 'none' } : { status: 'invalid', message: invalid };
}
