import type { QrSource } from '../../shared/messages';
import type { QrCandidate } from './find';

/** Largest side of the bitmap sent to the worker; a QR code decodes well far below it. */
const MAX_SIDE = 1024;
/** Side, in pixels, at which inline SVG is drawn. */
const SVG_SIDE = 512;

/** Draw onto a white canvas and encode as PNG; throws a SecurityError for a tainted image. */
function toPixels(image: CanvasImageSource, width: number, height: number): QrSource {
  const scale = Math.min(1, MAX_SIDE / Math.max(width, height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(width * scale));
  canvas.height = Math.max(1, Math.round(height * scale));
  const context = canvas.getContext('2d');
  if (context === null) throw new Error('No 2D canvas context.');
  // Transparent PNG and SVG codes have no light modules of their own.
  context.fillStyle = '#fff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return {
    kind: 'pixels',
    width: canvas.width,
    height: canvas.height,
    dataUrl: canvas.toDataURL(),
  };
}

async function loadImage(url: string): Promise<HTMLImageElement> {
  const image = new Image();
  image.src = url;
  await image.decode();
  return image;
}

function isLocal(url: string): boolean {
  return (
    url.startsWith('blob:') || url.startsWith('data:') || new URL(url).origin === location.origin
  );
}

/**
 * Read an image that the page already shows. Its pixels are sent when the page may read them;
 * a cross-origin image taints the canvas, so its URL goes to the worker, which fetches it with
 * the extension's host permission. blob: URLs only exist in this page, so they are never sent.
 */
async function readImage(image: HTMLImageElement, url: string): Promise<QrSource | null> {
  if (!image.complete) await image.decode();
  try {
    return toPixels(image, image.naturalWidth, image.naturalHeight);
  } catch {
    return url.startsWith('blob:') ? null : { kind: 'url', url };
  }
}

function readSvg(svg: SVGSVGElement): Promise<HTMLImageElement> {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  // A fixed square size keeps thin modules sharp; the aspect ratio is kept by the viewBox.
  copy.setAttribute('width', String(SVG_SIDE));
  copy.setAttribute('height', String(SVG_SIDE));
  // NOTE: colours set by the page's stylesheet are lost here; QR SVGs normally set fill inline.
  const text = new XMLSerializer().serializeToString(copy);
  return loadImage(`data:image/svg+xml,${encodeURIComponent(text)}`);
}

/** Turn a candidate into what the worker decodes, or null when it cannot be read. */
export async function readCandidate(candidate: QrCandidate): Promise<QrSource | null> {
  const { element, url } = candidate;
  try {
    if (url !== undefined) {
      return isLocal(url) ? await readImage(await loadImage(url), url) : { kind: 'url', url };
    }
    if (element instanceof HTMLImageElement) return await readImage(element, element.currentSrc);
    if (element instanceof HTMLCanvasElement) {
      return toPixels(element, element.width, element.height);
    }
    const image = await readSvg(element as SVGSVGElement);
    return toPixels(image, image.naturalWidth, image.naturalHeight);
  } catch {
    return null; // Not loaded, broken, or a canvas the page cannot read itself.
  }
}
