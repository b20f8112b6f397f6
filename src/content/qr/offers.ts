import type { AttachOffer } from '../../shared/messages';
import { fillCode } from '../filler';
import { send } from '../runtime';
import { openPanel, type Panel } from '../ui/panel';
import { strings } from '../ui/strings';
import type { QrCandidate } from './find';
import { readCandidate } from './read';

/** Source last sent for each element, so that a QR code is decoded again only if it changes. */
const sent = new WeakMap<Element, string>();
/** The panel shown for each element, closed when the element's QR code changes. */
const panels = new WeakMap<Element, Panel>();

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
  const done = strings.done(code, submit && outcome.filled);
  panel.update(outcome.filled ? done : `${strings.notFilled}${outcome.reason ?? ''} ${done}`);
}

function offerPanel(anchor: Element, offer: AttachOffer): Panel {
  const text = offer.duplicate ? strings.duplicate : strings.offer;
  return openPanel(anchor, text(`${offer.issuer} (${offer.label})`), [
    {
      label: strings.add,
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
