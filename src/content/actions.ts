/**
 * Entry of content-actions.js, the second content script. The worker runs it in one frame, next
 * to content.js, when content.js finds a code field or a QR candidate there and before the worker
 * sends a fill or requests QR images. It fills codes, draws the in-page fill buttons and panels,
 * and offers key QR codes, so that content.js, which every mail page loads, stays small.
 */
import { detector, shared } from './bridge';
import { fillCode } from './filler';
import { offerCandidates } from './qr/offers';
import { readCandidate } from './qr/read';
import { listen } from './runtime';
import { crossOriginFrame } from './safety';
import { updateButtons } from './ui/buttons';

function start(): void {
  listen({
    'content.fill': (request) => fillCode(request, false),
    'content.collectQr': async () => {
      const { qr } = detector().scanPage({ deep: 'always', backgrounds: true });
      const sources = await Promise.all(qr.map(readCandidate));
      return sources.filter((source) => source !== null);
    },
  });
  shared().actions = {
    async update(scan, hasAccount) {
      updateButtons(scan.codes, scan.report.page, hasAccount);
      if (crossOriginFrame() === null) await offerCandidates(scan.qr);
    },
  };
}

// The worker runs this file again before each fill; the first run's listener serves them all.
if (shared().actions === undefined) start();
