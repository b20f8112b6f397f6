import type { QrSource } from '../shared/messages';
import { decodeQr } from './qr/decode';
import { loadQrSource } from './qr/load';

/** Decode every QR code in an image the page or popup handed over; none found gives []. */
export async function decodeImageText(source: QrSource): Promise<string[]> {
  const image = await loadQrSource(source);
  return decodeQr(image);
}
