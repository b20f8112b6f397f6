/**
 * Loading a QR image inside the MV3 service worker, which has no DOM: the image is fetched, decoded
 * with createImageBitmap and drawn on an OffscreenCanvas to read its pixels.
 */
import { ExtensionError } from '../../shared/errors';
import { t } from '../../shared/i18n';
import type { QrSource } from '../../shared/messages';
import { fail, ok, type Result } from '../../shared/result';
import type { RgbaPixels } from './gray';
import { HEADER_BYTES, readImageSize } from './imageSize';

/**
 * Maximum size of an encoded image, in bytes. Key QR codes are a few kilobytes, and screenshots
 * reach a few megabytes.
 */
export const MAX_IMAGE_BYTES = 16 * 1024 * 1024;

/** Maximum size of a decoded image, in pixels: an 8K screenshot, which is 132 MB of RGBA. */
export const MAX_IMAGE_PIXELS = 7680 * 4320;

/**
 * Maximum side length, in pixels, of the image handed to the decoder. Larger images are scaled
 * down while drawing.
 */
export const MAX_DECODE_SIDE = 4096;

export type LoadError = 'invalid-qr';

/** Replacements for the service worker's globals, for tests. */
export interface LoadOptions {
  fetch?: typeof fetch;
  createImageBitmap?: (blob: Blob) => Promise<ImageBitmap>;
  /** Creates the canvas that the bitmap is drawn on. */
  createCanvas?: (width: number, height: number) => OffscreenCanvas;
  /**
   * Origins (such as https://qiye.aliyun.com) from which http(s) images may be fetched. The fetch
   * sends the user's cookies, so without this list a compromised page could make the worker
   * request any address with the user's session. Leaving it out allows every origin.
   */
  allowedOrigins?: readonly string[];
}

// A blob: URL belongs to the page that created it, so the worker could not fetch one anyway.
const ALLOWED_SCHEMES = new Set(['https:', 'http:', 'data:']);

function describeSize(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function tooLarge(bytes: number): Result<never, LoadError> {
  return fail(
    'invalid-qr',
    t('importImageTooLarge', [describeSize(bytes), describeSize(MAX_IMAGE_BYTES)]),
  );
}

/**
 * Fetches the image bytes. Rejects other schemes, origins not allowed, failed responses,
 * non-images and oversize bodies.
 */
async function fetchImage(
  url: string,
  fetchImpl: typeof fetch,
  allowedOrigins: readonly string[] | undefined,
): Promise<Result<Blob, LoadError>> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return fail('invalid-qr', t('importImageBadUrl'));
  }
  const scheme = parsed.protocol;
  if (!ALLOWED_SCHEMES.has(scheme)) {
    return fail('invalid-qr', t('importImageScheme', scheme));
  }

  if (
    scheme !== 'data:' &&
    allowedOrigins !== undefined &&
    !allowedOrigins.includes(parsed.origin)
  ) {
    return fail('invalid-qr', t('importImageOrigin', parsed.origin));
  }

  let response: Response;
  try {
    // Cookies are sent because a page's QR image may be served only to the signed-in session.
    response = await fetchImpl(url, { credentials: 'include', cache: 'no-store' });
  } catch {
    return fail('invalid-qr', t('importImageDownloadFailed'));
  }
  if (!response.ok) {
    return fail('invalid-qr', t('importImageHttpStatus', String(response.status)));
  }
  const declaredLength = Number(response.headers.get('content-length') ?? '0');
  if (declaredLength > MAX_IMAGE_BYTES) {
    return tooLarge(declaredLength);
  }
  try {
    return checkBlob(await response.blob());
  } catch {
    return fail('invalid-qr', t('importImageInterrupted'));
  }
}

/** Rejects a body that is too large or declares a type other than an image. */
export function checkBlob(blob: Blob): Result<Blob, LoadError> {
  if (blob.size > MAX_IMAGE_BYTES) {
    return tooLarge(blob.size);
  }
  if (blob.size === 0) return fail('invalid-qr', t('importImageEmpty'));
  // An empty type is allowed because some servers send none. Decoding the image then decides.
  if (blob.type !== '' && !blob.type.startsWith('image/')) {
    return fail('invalid-qr', t('importImageWrongType', blob.type));
  }
  return ok(blob);
}

/** Rejects an image of more than {@link MAX_IMAGE_PIXELS} pixels, or returns null. */
function checkPixels(width: number, height: number): Result<never, LoadError> | null {
  if (width * height <= MAX_IMAGE_PIXELS) return null;
  const sizes = [String(width), String(height), MAX_IMAGE_PIXELS.toLocaleString('en')];
  return fail('invalid-qr', t('importImageTooManyPixels', sizes));
}

/**
 * Rejects an image whose header declares too many pixels before it is decoded, because decoding
 * a small file of a huge image takes seconds and then fails as if the file were damaged.
 */
async function checkHeader(blob: Blob): Promise<Result<never, LoadError> | null> {
  const header = new Uint8Array(await blob.slice(0, HEADER_BYTES).arrayBuffer());
  const size = readImageSize(header);
  return size === null ? null : checkPixels(size.width, size.height);
}

/** Draws the bitmap with its longest side at most {@link MAX_DECODE_SIDE} and reads the pixels. */
function drawBitmap(
  bitmap: ImageBitmap,
  createCanvas: (width: number, height: number) => OffscreenCanvas,
): Result<RgbaPixels, LoadError> {
  const { width, height } = bitmap;
  if (width === 0 || height === 0) return fail('invalid-qr', t('qrLoadNoPixels'));
  const tooMany = checkPixels(width, height);
  if (tooMany !== null) return tooMany;
  const factor = Math.min(1, MAX_DECODE_SIDE / Math.max(width, height));
  const targetWidth = Math.max(1, Math.round(width * factor));
  const targetHeight = Math.max(1, Math.round(height * factor));
  const canvas = createCanvas(targetWidth, targetHeight);
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (context === null) throw new Error('OffscreenCanvas 2d context is unavailable');
  context.drawImage(bitmap, 0, 0, targetWidth, targetHeight);
  const pixels = context.getImageData(0, 0, targetWidth, targetHeight);
  return ok({ data: pixels.data, width: pixels.width, height: pixels.height });
}

/**
 * Loads a QR source, a URL or a Blob into RGBA pixels. Expected failures (download failed, not an
 * image, too large, undecodable) are returned as values with a message for the user.
 */
export async function loadQrImage(
  source: QrSource | Blob,
  options: LoadOptions = {},
): Promise<Result<RgbaPixels, LoadError>> {
  const fetchImpl = options.fetch ?? fetch;
  const decodeBitmap = options.createImageBitmap ?? ((blob: Blob) => createImageBitmap(blob));
  const createCanvas =
    options.createCanvas ?? ((width: number, height: number) => new OffscreenCanvas(width, height));

  if (
    !(source instanceof Blob) &&
    source.kind === 'pixels' &&
    !source.dataUrl.startsWith('data:')
  ) {
    return fail('invalid-qr', t('importImagePixelsNotData'));
  }
  const blob =
    source instanceof Blob
      ? checkBlob(source)
      : await fetchImage(
          source.kind === 'url' ? source.url : source.dataUrl,
          fetchImpl,
          options.allowedOrigins,
        );
  if (!blob.ok) return blob;
  const declared = await checkHeader(blob.value);
  if (declared !== null) return declared;

  let bitmap: ImageBitmap;
  try {
    bitmap = await decodeBitmap(blob.value);
  } catch {
    return fail('invalid-qr', t('importImageNotImage'));
  }
  try {
    return drawBitmap(bitmap, createCanvas);
  } finally {
    bitmap.close();
  }
}

/** Loads a QR source like {@link loadQrImage}, throwing its expected failures as ExtensionError. */
export async function loadQrSource(
  source: QrSource | Blob,
  options: LoadOptions = {},
): Promise<RgbaPixels> {
  const loaded = await loadQrImage(source, options);
  if (!loaded.ok) throw new ExtensionError(loaded.error, loaded.message);
  return loaded.value;
}
