import browser from 'webextension-polyfill';
import type { KeyDraft } from '../shared/account';
import { ExtensionError } from '../shared/errors';
import { t } from '../shared/i18n';

/**
 * Key QR codes decoded from a page and waiting for the user's yes. They are kept in
 * storage.session, which content scripts cannot read, so the secret never leaves the worker and
 * an offer survives the worker being stopped while the user decides.
 */
const STORAGE_KEY = 'offers';
const OFFER_LIFETIME_MS = 15 * 60_000;

export interface PendingOffer {
  draft: KeyDraft;
  /** Tab and origin the QR code was found on; only that page may accept the offer. */
  tabId: number | null;
  origin: string | null;
  createdAt: number;
}

type Offers = Record<string, PendingOffer>;

async function readOffers(): Promise<Offers> {
  const stored = (await browser.storage.session.get(STORAGE_KEY))[STORAGE_KEY];
  const offers = typeof stored === 'object' && stored !== null ? (stored as Offers) : {};
  const now = Date.now();
  return Object.fromEntries(
    Object.entries(offers).filter(([, offer]) => now - offer.createdAt < OFFER_LIFETIME_MS),
  );
}

/** Keep a decoded key and return the ID the page or popup uses to accept it. */
export async function rememberOffer(offer: Omit<PendingOffer, 'createdAt'>): Promise<string> {
  const offers = await readOffers();
  // The same QR code decoded twice gets the same offer rather than a second one.
  const existing = Object.entries(offers).find(
    ([, known]) => known.draft.secret === offer.draft.secret && known.tabId === offer.tabId,
  );
  if (existing) return existing[0];
  const offerId = crypto.randomUUID();
  offers[offerId] = { ...offer, createdAt: Date.now() };
  await browser.storage.session.set({ [STORAGE_KEY]: offers });
  return offerId;
}

/** Remove and return an offer; a page may only take an offer made on that same page. */
export async function takeOffer(
  offerId: string,
  claimant: { tabId: number; origin: string } | null,
): Promise<PendingOffer> {
  const offers = await readOffers();
  const offer = offers[offerId];
  const samePage =
    claimant === null || (offer?.tabId === claimant.tabId && offer.origin === claimant.origin);
  if (offer === undefined || !samePage) {
    throw new ExtensionError('not-found', t('pageOfferExpired'));
  }
  const remaining = Object.fromEntries(Object.entries(offers).filter(([id]) => id !== offerId));
  await browser.storage.session.set({ [STORAGE_KEY]: remaining });
  return offer;
}
