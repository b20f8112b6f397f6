import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { readImageSize } from '../../src/background/qr/imageSize';
import { loadQrImage } from '../../src/background/qr/load';

function bytes(...parts: (string | number[] | Uint8Array)[]): Uint8Array<ArrayBuffer> {
  const values = parts.flatMap((part) =>
    typeof part === 'string'
      ? Array.from(part, (character) => character.charCodeAt(0))
      : Array.from(part),
  );
  return Uint8Array.from(values);
}

const le16 = (value: number) => [value & 0xff, value >> 8];
const be16 = (value: number) => [value >> 8, value & 0xff];
const le32 = (value: number) => [...le16(value & 0xffff), ...le16(value >>> 16)];
const be32 = (value: number) => [...be16(value >>> 16), ...be16(value & 0xffff)];

const PNG = bytes([0x89], 'PNG\r\n\x1a\n', be32(13), 'IHDR', be32(30000), be32(20000), [1, 0]);
const GIF = bytes('GIF89a', le16(640), le16(480), [0, 0, 0]);
const BMP = bytes('BM', new Array<number>(16).fill(0), le32(800), le32(-600 >>> 0), [1, 0]);
const JPEG = bytes(
  [0xff, 0xd8, 0xff, 0xe1],
  be16(6),
  'Exif',
  [0xff, 0xc2],
  be16(11),
  [8],
  be16(1080),
  be16(1920),
  [1, 1, 0x11, 0],
);
const WEBP_HEAD = (chunk: string) => bytes('RIFF', le32(100), 'WEBP', chunk, le32(80));
const WEBP_LOSSY = bytes(WEBP_HEAD('VP8 '), [0, 0, 0, 0x9d, 0x01, 0x2a], le16(320), le16(240), [0]);
const WEBP_LOSSLESS = bytes(
  WEBP_HEAD('VP8L'),
  [0x2f],
  le32(((200 - 1) << 14) | (100 - 1)),
  [0, 0, 0, 0, 0, 0],
);
const WEBP_EXTENDED = bytes(
  WEBP_HEAD('VP8X'),
  [0, 0, 0, 0],
  le32(50000 - 1).slice(0, 3),
  le32(40000 - 1).slice(0, 3),
  [0],
);

describe('readImageSize formats', () => {
  it.each([
    ['PNG', PNG, { width: 30000, height: 20000 }],
    ['GIF', GIF, { width: 640, height: 480 }],
    ['BMP stored top down', BMP, { width: 800, height: 600 }],
    ['progressive JPEG after Exif', JPEG, { width: 1920, height: 1080 }],
    ['lossy WebP', WEBP_LOSSY, { width: 320, height: 240 }],
    ['lossless WebP', WEBP_LOSSLESS, { width: 100, height: 200 }],
    ['extended WebP', WEBP_EXTENDED, { width: 50000, height: 40000 }],
  ])('%s header', (_case, header, size) => {
    expect(readImageSize(header)).toEqual(size);
  });

  it.each([
    ['text', bytes('this is not a picture')],
    ['PNG cut short', PNG.subarray(0, 20)],
    ['JPEG without a frame', bytes([0xff, 0xd8, 0xff, 0xe0], be16(4), [0, 0])],
  ])('%s has no size', (_case, header) => {
    expect(readImageSize(header)).toBeNull();
  });

  it('reads a rendered PNG', async () => {
    const png = await QRCode.toBuffer('otpauth://totp/a?secret=JBSWY3DPEHPK3PXP', { scale: 4 });
    const size = readImageSize(new Uint8Array(png));
    expect(size?.width).toBeGreaterThan(0);
  });
});

describe('loadQrImage huge header', () => {
  it('names the size before decoding', async () => {
    let decoded = 0;
    const result = await loadQrImage(new Blob([PNG], { type: 'image/png' }), {
      createImageBitmap: () => {
        decoded += 1;
        return Promise.reject(new Error('out of memory'));
      },
    });
    expect(result.ok ? '' : result.message).toContain('30000 x 20000 pixels');
    expect(decoded).toBe(0);
  });
});
