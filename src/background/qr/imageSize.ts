/**
 * Reading an image's width and height from its header, so an image too large to decode is
 * rejected at once. A 30000 x 30000 PNG of 100 KB needs 3.6 GB of RGBA, and Chromium's
 * createImageBitmap took about 8 s to fail on it.
 */

/** Width and height of an image, in pixels. */
export interface ImageSize {
  width: number;
  height: number;
}

/** Bytes read from the start of a file: enough for a JPEG frame header after a large Exif block. */
export const HEADER_BYTES = 256 * 1024;

function ascii(bytes: Uint8Array, start: number, length: number): string {
  return String.fromCharCode(...bytes.subarray(start, start + length));
}

/** PNG: the IHDR chunk, with big-endian width and height, follows the 8-byte signature. */
function pngSize(bytes: Uint8Array, view: DataView): ImageSize | null {
  if (bytes.length < 24 || ascii(bytes, 1, 3) !== 'PNG' || ascii(bytes, 12, 4) !== 'IHDR') {
    return null;
  }
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** GIF87a and GIF89a: the logical screen size, little-endian, after the signature. */
function gifSize(bytes: Uint8Array, view: DataView): ImageSize | null {
  if (bytes.length < 10 || ascii(bytes, 0, 4) !== 'GIF8') return null;
  return { width: view.getUint16(6, true), height: view.getUint16(8, true) };
}

/** BMP: the BITMAPINFOHEADER sizes, where a negative height means rows stored top down. */
function bmpSize(bytes: Uint8Array, view: DataView): ImageSize | null {
  if (bytes.length < 26 || ascii(bytes, 0, 2) !== 'BM') return null;
  return { width: Math.abs(view.getInt32(18, true)), height: Math.abs(view.getInt32(22, true)) };
}

/** WebP: the lossy (VP8), lossless (VP8L) and extended (VP8X) headers of the RIFF container. */
function webpSize(bytes: Uint8Array, view: DataView): ImageSize | null {
  if (bytes.length < 31 || ascii(bytes, 0, 4) !== 'RIFF' || ascii(bytes, 8, 4) !== 'WEBP') {
    return null;
  }
  const chunk = ascii(bytes, 12, 4);
  if (chunk === 'VP8X') {
    const width = 1 + (view.getUint32(24, true) & 0xffffff);
    const height = 1 + (view.getUint32(27, true) & 0xffffff);
    return { width, height };
  }
  if (chunk === 'VP8L') {
    const bits = view.getUint32(21, true);
    return { width: 1 + (bits & 0x3fff), height: 1 + ((bits >>> 14) & 0x3fff) };
  }
  if (chunk === 'VP8 ') {
    return { width: view.getUint16(26, true) & 0x3fff, height: view.getUint16(28, true) & 0x3fff };
  }
  return null;
}

/**
 * Check whether a JPEG marker starts a frame: C0 to CF, except C4 (Huffman tables), C8 (reserved)
 * and CC (arithmetic coding), as ITU-T T.81 table B.1 lists them.
 */
function isStartOfFrame(marker: number): boolean {
  return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
}

/**
 * JPEG: walks the marker segments up to the first start-of-frame header, which contains the height
 * and then the width. NOTE: a frame header beyond {@link HEADER_BYTES} is not found, so such a
 * file is checked only after decoding.
 */
function jpegSize(bytes: Uint8Array, view: DataView): ImageSize | null {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  let offset = 2;
  while (offset + 9 <= bytes.length) {
    if (bytes[offset] !== 0xff) return null;
    const marker = bytes[offset + 1] ?? 0;
    if (marker === 0xff) {
      offset += 1;
      continue;
    }
    if (isStartOfFrame(marker)) {
      return { width: view.getUint16(offset + 7), height: view.getUint16(offset + 5) };
    }
    offset += 2 + view.getUint16(offset + 2);
  }
  return null;
}

/**
 * Returns the width and height that a PNG, JPEG, GIF, WebP or BMP header declares, or null for
 * other formats and headers cut short. `bytes` is the start of the file.
 */
export function readImageSize(bytes: Uint8Array): ImageSize | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const read of [pngSize, jpegSize, gifSize, webpSize, bmpSize]) {
    const size = read(bytes, view);
    if (size !== null) return size;
  }
  return null;
}
