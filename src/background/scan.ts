import type { QrSource } from '../shared/messages';
import { decodeQr } from './qr/decode';
import { loadQrSource } from './qr/load';

/**
 * Decode every QR code in an image that a page or the popup handed over; none found gives [].
 * The worker fetches http(s) images with the user's cookies, so only images from the listed
 * origins are fetched: a page cannot make the worker request another site with the user's
 * session. data: URLs are always read.
 */
export async function decodeImageText(
  source: QrSource,
  allowedOrigins: readonly string[],
): Promise<string[]> {
  const image = await loadQrSource(source, { allowedOrigins });
  return decodeQr(image);
}
