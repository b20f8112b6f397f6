import type { AttachOffer } from '../../shared/messages';
import { fillCode } from '../filler';
import { message } from '../i18n';
import { send } from '../runtime';
import { openPanel, type Panel } from '../ui/panel';
import type { QrCandidate } from './find';
import { readCandidate } from './read';

/** Source last sent for each element, so that a QR code is decoded again only if it changes. */
const sent = new WeakMap<Element, string>();
/** The panel shown for each element, closed when the element's QR code changes. */
const panels = new WeakMap<Element, Panel>();

/** Group a six-digit code as 123 456 so that it is easy to read and compare. */
function spaced(code: string): string {
  return code.length === 6 ? `${code.slice(0, 3)} ${code.slice(3)}` : code;
}

function signature({ element, url }: QrCandidate): string {
  return url ?? (element instanceof HTMLImageElement ? element.currentSrc : element.tagName);
}

/** Store the offered account, fill its first code into the attach form and show the outcome. */
async function attach(panel: Panel, offer: AttachOffer): Promise<void> {
  const reply = await send('content.attach', { offerId: offer.offerId });
  if (!reply.ok) {
    panel.update(reply.message);
    return;
  }
  const { code, submit } = reply.value;
  const outcome = await fillCode(reply.value, true);
  const done = message(submit && outcome.filled ? 'pageAttached' : 'pageAdded', spaced(code));
  panel.update(outcome.filled ? done : `${message('pageNotFilled', outcome.reason ?? '')} ${done}`);
}

function offerPanel(anchor: Element, offer: AttachOffer): Panel {
  const account = `${offer.issuer} (${offer.label})`;
  const text = message(offer.duplicate ? 'pageOfferDuplicate' : 'pageOffer', account);
  return openPanel(anchor, text, [
    {
      label: message('pageAdd'),
      primary: true,
      run: (panel) => {
        panel.update('…');
        return attach(panel, offer);
      },
    },
  ]);
}

/**
 * Send each new QR candidate to the worker, which decodes it. Only a key QR code gets an offer
 * panel: the worker returns 'none' for any other QR code, such as an app download link.
 */
export async function offerCandidates(candidates: readonly QrCandidate[]): Promise<void> {
  for (const candidate of candidates) {
    const key = signature(candidate);
    if (sent.get(candidate.element) === key) continue;
    sent.set(candidate.element, key);

    const source = await readCandidate(candidate);
    if (source === null) {
      sent.delete(candidate.element);
      continue;
    }
    const reply = await send('content.qr', { source });
    if (!reply.ok) {
      sent.delete(candidate.element);
      continue;
    }
    const outcome = reply.value;
    panels.get(candidate.element)?.close();
    if (outcome.status === 'key') {
      panels.set(candidate.element, offerPanel(candidate.element, outcome.offer));
    } else if (outcome.status === 'invalid') {
      panels.set(candidate.element, openPanel(candidate.element, outcome.message));
    }
  }
}
