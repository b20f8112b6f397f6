import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { decodeQr, decodeQrWithin } from '../../src/background/qr/decode';
import { qrModules, renderQr, type RenderOptions, type RgbaImage } from './qr-images';

const SHORT = 'otpauth://totp/Example:alice@example.com?secret=JBSWY3DPEHPK3PXP&issuer=Example';
const LONG =
  'otpauth://totp/%E9%98%BF%E9%87%8C%E9%82%AE%E7%AE%B1:%E5%BC%A0%E4%B8%89.longname@example-company.com.cn' +
  '?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=%E9%98%BF%E9%87%8C%E9%82%AE%E7%AE%B1' +
  '&algorithm=SHA256&digits=8&period=30';
const MODULES = { [SHORT]: qrModules(SHORT), [LONG]: qrModules(LONG) };

function render(text: string, options: Partial<RenderOptions>): RgbaImage {
  return renderQr(MODULES[text] ?? qrModules(text), { scale: 4, margin: 4, seed: 7, ...options });
}

function plainJsQr(image: RgbaImage): string | null {
  return jsQR(image.data, image.width, image.height)?.data ?? null;
}

// Images that jsQR 1.4.0 alone cannot read; the decoder's passes must.
const HARD: [string, string, Partial<RenderOptions>][] = [
  ['low contrast, mid gray', SHORT, { dark: 110, light: 145 }],
  ['low contrast, light', SHORT, { dark: 190, light: 225 }],
  ['very low contrast', LONG, { dark: 120, light: 136 }],
  ['dark page, low contrast', SHORT, { surround: 30, surroundLevel: 25, dark: 110, light: 150 }],
  ['heavy noise', SHORT, { noise: 60 }],
  ['JPEG, low contrast', SHORT, { jpegQuality: 15, dark: 100, light: 160 }],
  ['1.5 px modules', SHORT, { scale: 1.5 }],
  ['3.3 px modules, version 10', LONG, { scale: 3.3 }],
];

// Images that plain jsQR reads already; the decoder must not lose them.
const EASY: [string, string, Partial<RenderOptions>][] = [
  ['clean code', SHORT, {}],
  ['inverted code', SHORT, { dark: 255, light: 0 }],
  ['no quiet zone', SHORT, { margin: 0 }],
  ['dark page around code', LONG, { surround: 30, surroundLevel: 25 }],
  ['rotated 20 degrees', SHORT, { rotation: 20 }],
  ['JPEG quality 8', SHORT, { jpegQuality: 8 }],
];

describe('decodeQr', () => {
  it.each(HARD)('plain jsQR fails: %s', (_name, text, options) => {
    expect(plainJsQr(render(text, options))).not.toBe(text);
  });

  it.each(HARD)('reads %s', (_name, text, options) => {
    expect(decodeQr(render(text, options))).toEqual([text]);
  });

  it.each(EASY)('keeps %s', (_name, text, options) => {
    expect(decodeQr(render(text, options))).toEqual([text]);
  });

  // Rendering and decoding a 1,300-pixel image takes seconds on a busy machine.
  it('reads large image', { timeout: 60_000 }, () => {
    const image = render(SHORT, { scale: 40 });
    expect(image.width).toBeGreaterThan(1200);
    expect(decodeQr(image)).toEqual([SHORT]);
  });

  it('reads two codes side by side', { timeout: 60_000 }, () => {
    const left = render(SHORT, {});
    const right = render('otpauth://totp/Example:bob?secret=GEZDGNBVGY3TQOJQ', { scale: 4 });
    const height = Math.max(left.height, right.height);
    const width = left.width + right.width;
    const data = new Uint8ClampedArray(width * height * 4).fill(255);
    for (let y = 0; y < height; y++) {
      if (y < left.height)
        data.set(left.data.subarray(y * left.width * 4, (y + 1) * left.width * 4), y * width * 4);
      if (y < right.height) {
        data.set(
          right.data.subarray(y * right.width * 4, (y + 1) * right.width * 4),
          (y * width + left.width) * 4,
        );
      }
    }
    expect(decodeQr({ data, width, height }).sort()).toEqual(
      [SHORT, 'otpauth://totp/Example:bob?secret=GEZDGNBVGY3TQOJQ'].sort(),
    );
  });

  it('leaves input pixels unchanged', { timeout: 60_000 }, () => {
    // A code that covers less than half of the image, so the decoder masks it to look for more.
    const image = render(SHORT, { surround: 100, surroundLevel: 255 });
    const before = Uint8ClampedArray.from(image.data);
    decodeQr(image);
    // Counting changed bytes keeps a failure readable, where a diff of 500,000 bytes would not be.
    const changed = image.data.filter((value, index) => value !== before[index]).length;
    expect(changed).toBe(0);
  });

  it.each([
    [
      'blank white image',
      { data: new Uint8ClampedArray(64 * 64 * 4).fill(255), width: 64, height: 64 },
    ],
    ['empty image', { data: new Uint8ClampedArray(0), width: 0, height: 0 }],
    ['single pixel', { data: Uint8ClampedArray.from([0, 0, 0, 255]), width: 1, height: 1 }],
  ])('finds nothing in %s', (_name, image) => {
    expect(decodeQr(image)).toEqual([]);
  });
});

describe('decodeQrWithin', () => {
  const blank = { data: new Uint8ClampedArray(64 * 64 * 4).fill(255), width: 64, height: 64 };

  it('reports timeout when budget spent', () => {
    // A negative budget has run out before the first pass, whatever the machine's speed.
    expect(decodeQrWithin(blank, -1)).toEqual({ texts: [], timedOut: true });
  });

  it('reports no timeout without code', () => {
    expect(decodeQrWithin(blank, 60_000)).toEqual({ texts: [], timedOut: false });
  });

  it('returns texts of found code', () => {
    expect(decodeQrWithin(render(SHORT, {}), 60_000)).toEqual({ texts: [SHORT], timedOut: false });
  });
});
