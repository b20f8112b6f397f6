/**
 * QR decoding on top of jsQR, for images that plain jsQR misses: low contrast, dark
 * surroundings, a missing quiet zone, JPEG artefacts, fractional module sizes and very large or
 * very small images. Each pass prepares the image differently. Cheap passes run first, and
 * decoding stops at the first pass that finds a code.
 */
import jsQR, { type QRCode } from 'jsqr';
import {
  binarize,
  crop,
  type GrayImage,
  otsuThreshold,
  pad,
  type RgbaPixels,
  stretchContrast,
  toGray,
  toRgba,
} from './gray';
import { blur3x3, resize } from './resample';

/** Maximum side length, in pixels, of the first quick read of a large image. */
export const PREVIEW_SIDE = 640;

/** Maximum side length, in pixels, that the preparing passes work on. Larger images are shrunk. */
export const WORKING_SIDE = 1200;

/** Maximum number of codes read from one image, such as the QR codes of a batched export. */
export const MAX_CODES = 8;

/** One way of preparing the image. Its variants are generated one at a time, only when reached. */
type Pass = (image: GrayImage) => Iterable<GrayImage>;

/**
 * Images up to these sides are also tried enlarged 2x and 3x, which evens out fractional module
 * widths. Larger images have modules wide enough, and enlarging them would make jsQR slow.
 */
const ENLARGE_2X_MAX_SIDE = 800;
const ENLARGE_3X_MAX_SIDE = 500;

/**
 * Yields the image thresholded three ways: at the global Otsu threshold, and at Otsu within the
 * light and within the dark class. The latter two separate the modules of a faint code from a
 * page that is much darker or lighter than the code.
 */
function* binarizeAll(image: GrayImage): Generator<GrayImage> {
  const global = otsuThreshold(image);
  yield binarize(image, global);
  yield binarize(image, otsuThreshold(image, global + 1, 255));
  yield binarize(image, otsuThreshold(image, 0, global));
}

/** Restores a quiet zone of 4 modules, guessing a module as 1/25 of the side (a version 2 code). */
function* withQuietZone(image: GrayImage): Generator<GrayImage> {
  const border = Math.max(8, Math.round(Math.max(image.width, image.height) / 6));
  yield pad(image, border, 255);
  yield pad(image, border, 0);
}

function longestSide(image: GrayImage): number {
  return Math.max(image.width, image.height);
}

const PASSES: readonly Pass[] = [
  (image) => [stretchContrast(image)],
  (image) => binarizeAll(image),
  (image) => withQuietZone(stretchContrast(image)),
  (image) => (longestSide(image) <= ENLARGE_2X_MAX_SIDE ? [resize(stretchContrast(image), 2)] : []),
  (image) => (longestSide(image) <= ENLARGE_2X_MAX_SIDE ? binarizeAll(resize(image, 2)) : []),
  (image) => (longestSide(image) <= ENLARGE_3X_MAX_SIDE ? binarizeAll(resize(image, 3)) : []),
  function* (image) {
    for (const binary of binarizeAll(blur3x3(image))) yield* withQuietZone(binary);
  },
];

function readOnce(pixels: RgbaPixels): QRCode | null {
  return jsQR(pixels.data, pixels.width, pixels.height, { inversionAttempts: 'attemptBoth' });
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

function boundingBox(pixels: RgbaPixels, code: QRCode): Box {
  const { topLeftCorner, topRightCorner, bottomLeftCorner, bottomRightCorner } = code.location;
  const xs = [topLeftCorner.x, topRightCorner.x, bottomLeftCorner.x, bottomRightCorner.x];
  const ys = [topLeftCorner.y, topRightCorner.y, bottomLeftCorner.y, bottomRightCorner.y];
  return {
    left: Math.max(0, Math.floor(Math.min(...xs))),
    top: Math.max(0, Math.floor(Math.min(...ys))),
    right: Math.min(pixels.width - 1, Math.ceil(Math.max(...xs))),
    bottom: Math.min(pixels.height - 1, Math.ceil(Math.max(...ys))),
  };
}

/** Paints a box with mid gray, so the next read cannot find the same code again. */
function maskBox(pixels: RgbaPixels, box: Box): void {
  for (let y = box.top; y <= box.bottom; y++) {
    pixels.data.fill(
      128,
      (y * pixels.width + box.left) * 4,
      (y * pixels.width + box.right + 1) * 4,
    );
  }
}

/**
 * Reads every code in one prepared image, masking each one found. A failed read costs the most,
 * so the search for another code stops once the codes found cover half of the image, which
 * leaves no room for one more code of similar size.
 */
function readAll(pixels: RgbaPixels): string[] {
  const texts: string[] = [];
  let coveredArea = 0;
  for (let attempt = 0; attempt < MAX_CODES; attempt++) {
    const code = readOnce(pixels);
    if (code === null) break;
    if (!texts.includes(code.data)) texts.push(code.data);
    const box = boundingBox(pixels, code);
    coveredArea += (box.right - box.left + 1) * (box.bottom - box.top + 1);
    if (coveredArea * 2 >= pixels.width * pixels.height) break;
    maskBox(pixels, box);
  }
  return texts;
}

function readPasses(gray: GrayImage, passes: readonly Pass[], deadline: number): string[] {
  for (const pass of passes) {
    if (performance.now() > deadline) return [];
    for (const variant of pass(gray)) {
      const texts = readAll(toRgba(variant));
      if (texts.length > 0) return texts;
    }
  }
  return [];
}

/**
 * Reads overlapping halves of the image and returns the texts found in any of them. jsQR takes
 * the three strongest finder patterns in the whole image, so two codes side by side can hide each
 * other until they are read apart.
 */
function readHalves(gray: GrayImage, deadline: number): string[] {
  const width = Math.round(gray.width * 0.6);
  const height = Math.round(gray.height * 0.6);
  const halves = [
    crop(gray, 0, 0, width, gray.height),
    crop(gray, gray.width - width, 0, width, gray.height),
    crop(gray, 0, 0, gray.width, height),
    crop(gray, 0, gray.height - height, gray.width, height),
  ];
  const texts = new Set<string>();
  for (const half of halves) {
    for (const text of readPasses(half, [(image) => [stretchContrast(image)]], deadline)) {
      texts.add(text);
    }
  }
  return [...texts];
}

/**
 * Time after which no further pass starts. The worker handles no other message while it
 * decodes, so a picture without a QR code (noise, a photo) must not hold it for minutes.
 * NOTE: a pass already running finishes, so a decode can take somewhat longer than this.
 */
export const DECODE_BUDGET_MS = 10_000;

/**
 * Decodes the QR codes in an image and returns their texts, or an empty list when none is
 * found. Several codes in one image are all returned, up to {@link MAX_CODES}.
 *
 * jsQR's time grows with the pixel count, so a large image is first read shrunk to
 * {@link PREVIEW_SIDE}, which is enough for a code that fills much of it. The preparing passes
 * then run at {@link WORKING_SIDE}. When they all fail, the image is read in halves, which
 * separates codes side by side, and a last plain read at full size finds a small code in a large
 * screenshot. No pass starts after `budgetMs`.
 */
export function decodeQr(image: RgbaPixels, budgetMs = DECODE_BUDGET_MS): string[] {
  const side = Math.max(image.width, image.height);
  if (side === 0) return [];
  const deadline = performance.now() + budgetMs;
  const gray = toGray(image);

  if (side > PREVIEW_SIDE) {
    const preview = readPasses(resize(gray, PREVIEW_SIDE / side), [(small) => [small]], deadline);
    if (preview.length > 0) return preview;
  } else {
    const plain = readAll({ ...image, data: new Uint8ClampedArray(image.data) });
    if (plain.length > 0) return plain;
  }

  const working = side > WORKING_SIDE ? resize(gray, WORKING_SIDE / side) : gray;
  const texts = readPasses(working, PASSES, deadline);
  if (texts.length > 0) return texts;
  const halves = readHalves(working, deadline);
  if (halves.length > 0 || side <= WORKING_SIDE || performance.now() > deadline) return halves;
  return readAll({ ...image, data: new Uint8ClampedArray(image.data) });
}

/** Texts of the QR codes found, and whether the search stopped at the time budget. */
export interface DecodeOutcome {
  texts: string[];
  /** True when no code was found and the budget ran out, so some passes never ran. */
  timedOut: boolean;
}

/**
 * Decodes like {@link decodeQr}, and also distinguishes a picture without a QR code from one whose
 * search ran out of time, so the user gets the right advice.
 */
export function decodeQrWithin(image: RgbaPixels, budgetMs = DECODE_BUDGET_MS): DecodeOutcome {
  const deadline = performance.now() + budgetMs;
  const texts = decodeQr(image, budgetMs);
  return { texts, timedOut: texts.length === 0 && performance.now() > deadline };
}
