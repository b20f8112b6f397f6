import type { PageReport } from '../shared/messages';
import { findFields, type Field } from './fields/detect';
import { codeFields, pageKind } from './fields/page';
import { MAX_LIGHT_ELEMENTS, openRoots } from './fields/roots';
import { authenticatorSwitch } from './form';
import { backgroundCandidates, mediaElements, squareEnough, type QrCandidate } from './qr/find';

/** Result of one pass over the frame. */
export interface Scan {
  roots: ParentNode[];
  /** Code fields in document order, SMS fields excluded. */
  codes: Field[];
  qr: QrCandidate[];
  report: PageReport;
}

export interface ScanOptions {
  /**
   * Also search open shadow roots when the light DOM has no field: always for a request from
   * the user, and only on pages of at most MAX_LIGHT_ELEMENTS elements for automatic scans.
   */
  deep?: 'always' | 'small-pages';
  /**
   * Where to look for QR candidates: 'always', or 'with-fields' for automatic scans, which skip
   * the images of pages without any code or SMS field. The mailbox's attach step always shows
   * a code field beside its QR code, and a mail list can contain thousands of icons.
   */
  images?: 'always' | 'with-fields';
  /** Also read stylesheets for background images, which costs more on large pages. */
  backgrounds?: boolean;
  /** Called when an image that is still loading finishes, so that it can be measured then. */
  onImageLoad?: () => void;
}

/**
 * Check whether the document has more than `limit` elements. Reading one item of the live collection
 * walks only that far, where its length walks the whole document.
 */
function largerThan(limit: number): boolean {
  return document.getElementsByTagName('*').item(limit) !== null;
}

/** Find the frame's code fields and QR candidates and describe the page. */
export function scanPage(options: ScanOptions = {}): Scan {
  let roots: ParentNode[] = [document];
  let fields = findFields(roots);
  const deep =
    options.deep === 'always' ||
    (options.deep === 'small-pages' && !largerThan(MAX_LIGHT_ELEMENTS));
  if (deep && fields.length === 0) {
    roots = openRoots();
    if (roots.length > 1) fields = findFields(roots);
  }

  const codes = codeFields(fields);
  let page = pageKind(fields);
  // A logon page that shows the SMS field first still takes an authenticator code after its
  // method switch. Filling clicks that switch, so the page counts as one code field until then.
  // A page with a code field is a logon page already, so the switch, which means reading the
  // text of every link, is looked for only on a page with an SMS field alone.
  const switchable = page === 'sms-only' && authenticatorSwitch() !== null;
  if (switchable) page = 'logon';
  const count = switchable ? Math.max(1, codes.length) : codes.length;

  const qr: QrCandidate[] = [];
  const images = options.images !== 'with-fields' || fields.length > 0;
  for (const element of images ? mediaElements(roots) : []) {
    if (element instanceof HTMLImageElement && !element.complete && options.onImageLoad) {
      element.addEventListener('load', options.onImageLoad, { once: true });
    }
    if (squareEnough(element)) qr.push({ element });
  }
  // Stylesheets are read only where a key QR code is expected, to spare large pages.
  if (options.backgrounds === true || page === 'attach') {
    qr.push(...backgroundCandidates().filter((candidate) => squareEnough(candidate.element)));
  }
  return { roots, codes, qr, report: { page, codeFields: count, qrCandidates: qr.length } };
}
