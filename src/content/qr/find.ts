/**
 * QR candidates: images, canvases, inline SVG and CSS background images that are large and
 * square enough to be a key QR code. Only sizes are checked here; the worker decodes.
 */

/** A QR candidate; url is set for a CSS background image, read from the stylesheet. */
export interface QrCandidate {
  element: Element;
  url?: string;
}

/** Smallest side, in CSS pixels, of a QR code that a mail page shows for scanning. */
const MIN_SIDE = 60;
/** Largest ratio of the long side to the short side of a square-ish candidate. */
const MAX_RATIO = 1.35;

/** Minimum pixels per side of a bitmap that can hold a QR code: version 1 has 21 modules. */
const MIN_BITMAP_SIDE = 21;

/**
 * Check whether a loaded image cannot hold a QR code: it has no source, or a bitmap smaller than the
 * smallest QR code. Mail pages show thousands of such icons, and this check reads no layout.
 * An SVG image without an intrinsic size reports 0 by 0 and is measured instead.
 */
function emptyOrTiny(image: HTMLImageElement): boolean {
  if (!image.complete) return false;
  // Attributes, not currentSrc, which resolves a URL for each icon. An image inside <picture>
  // may take its source from a <source> element instead.
  const noSource = !image.getAttribute('src') && !image.hasAttribute('srcset');
  if (noSource && !(image.parentElement instanceof HTMLPictureElement)) return true;
  const side = Math.min(image.naturalWidth, image.naturalHeight);
  return side > 0 && side < MIN_BITMAP_SIDE;
}

/** Return whether the element is rendered large and square enough to be a key QR code. */
export function squareEnough(element: Element): boolean {
  if (element instanceof HTMLImageElement && emptyOrTiny(element)) return false;
  const { width, height } = element.getBoundingClientRect();
  const ratio = Math.max(width, height) / Math.min(width, height);
  return Math.min(width, height) >= MIN_SIDE && ratio <= MAX_RATIO;
}

/** Images, canvases and outermost inline SVG elements of the roots, before the size test. */
export function mediaElements(roots: readonly ParentNode[]): Element[] {
  const found: Element[] = [];
  for (const root of roots) {
    // A document's tag lists skip the selector matching that querySelectorAll does for each
    // of the page's elements; a shadow root has no such lists.
    const lists =
      root instanceof Document
        ? [root.images, root.getElementsByTagName('canvas'), root.getElementsByTagName('svg')]
        : [root.querySelectorAll('img, canvas, svg')];
    for (const list of lists) {
      for (const element of list) {
        // Only the outermost <svg> of a drawing is a candidate.
        if (element instanceof SVGSVGElement && element.ownerSVGElement !== null) continue;
        found.push(element);
      }
    }
  }
  return found;
}

function urlIn(value: string, base: string): string | null {
  const match = /url\(\s*(['"]?)(.+?)\1\s*\)/.exec(value);
  try {
    return match?.[2] === undefined ? null : new URL(match[2], base).href;
  } catch {
    return null;
  }
}

function ruleCandidates(rules: CSSRuleList, base: string, found: QrCandidate[]): void {
  for (const rule of rules) {
    if (rule instanceof CSSStyleRule) {
      const url = urlIn(rule.style.backgroundImage, base);
      if (url === null) continue;
      try {
        for (const element of document.querySelectorAll(rule.selectorText))
          found.push({ element, url });
      } catch {
        // A selector this browser cannot query, such as one with a pseudo-element.
      }
    } else if (rule instanceof CSSGroupingRule) {
      ruleCandidates(rule.cssRules, base, found);
    }
  }
}

/**
 * Elements that show a background image, found from the stylesheet rules and inline styles that
 * set one. Reading getComputedStyle of every element would cost too much on a large page.
 */
export function backgroundCandidates(): QrCandidate[] {
  const found: QrCandidate[] = [];
  for (const element of document.querySelectorAll<HTMLElement>('[style*="background"]')) {
    const url = urlIn(element.style.backgroundImage, document.baseURI);
    if (url !== null) found.push({ element, url });
  }
  for (const sheet of document.styleSheets) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue; // The rules of a cross-origin stylesheet cannot be read.
    }
    ruleCandidates(rules, sheet.href ?? document.baseURI, found);
  }
  return found;
}
