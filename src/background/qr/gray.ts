/**
 * Grayscale images and the pixel operations that the QR decoder's passes are built from. All of
 * them return a new image, in time linear in the pixel count.
 */

/** Pixels as delivered by canvas `getImageData`: RGBA, 4 bytes per pixel, row by row. */
export interface RgbaPixels {
  data: Uint8ClampedArray;
  width: number;
  height: number;
}

/** One luminance byte per pixel, row by row. */
export interface GrayImage {
  data: Uint8ClampedArray;
  width: number;
  height: number;
}

/** Converts RGBA to luminance with the ITU-R BT.601 weights, compositing transparency on white. */
export function toGray(image: RgbaPixels): GrayImage {
  const { width, height } = image;
  const data = new Uint8ClampedArray(width * height);
  const rgba = image.data;
  for (let pixel = 0, offset = 0; pixel < data.length; pixel++, offset += 4) {
    const luma =
      0.299 * (rgba[offset] ?? 0) +
      0.587 * (rgba[offset + 1] ?? 0) +
      0.114 * (rgba[offset + 2] ?? 0);
    const alpha = (rgba[offset + 3] ?? 255) / 255;
    // A transparent PNG shows its page background, which is usually white.
    data[pixel] = luma * alpha + 255 * (1 - alpha);
  }
  return { data, width, height };
}

/** Expands luminance to opaque RGBA, the only input format jsQR reads. */
export function toRgba(image: GrayImage): RgbaPixels {
  const data = new Uint8ClampedArray(image.data.length * 4);
  for (let pixel = 0, offset = 0; pixel < image.data.length; pixel++, offset += 4) {
    const value = image.data[pixel] ?? 0;
    data[offset] = value;
    data[offset + 1] = value;
    data[offset + 2] = value;
    data[offset + 3] = 255;
  }
  return { data, width: image.width, height: image.height };
}

/** Swaps light and dark, for codes printed light on dark. */
export function invert(image: GrayImage): GrayImage {
  return { ...image, data: image.data.map((value) => 255 - value) };
}

/** Returns, for each fraction, the gray level below which that fraction of the pixels lies. */
function percentiles(image: GrayImage, fractions: readonly number[]): number[] {
  const histogram = new Uint32Array(256);
  for (const value of image.data) histogram[value] = (histogram[value] ?? 0) + 1;
  return fractions.map((fraction) => {
    const target = fraction * image.data.length;
    let seen = 0;
    for (let level = 0; level < 256; level++) {
      seen += histogram[level] ?? 0;
      if (seen > target) return level;
    }
    return 255;
  });
}

/**
 * Stretches the histogram so the darkest 1% becomes black and the lightest 1% white. jsQR 1.4.0
 * treats an 8x8 block whose gray levels span 24 or less as flat, so a faint code reads as blank.
 */
export function stretchContrast(image: GrayImage): GrayImage {
  const [low = 0, high = 255] = percentiles(image, [0.01, 0.99]);
  if (high - low < 2) return image;
  const factor = 255 / (high - low);
  return { ...image, data: image.data.map((value) => (value - low) * factor) };
}

/**
 * Threshold that best separates the two peaks of the histogram (Otsu's method). A global
 * threshold ignores JPEG ringing and noise that a local one turns into false modules.
 */
export function otsuThreshold(image: GrayImage, from = 0, to = 255): number {
  const histogram = new Float64Array(256);
  for (const value of image.data) {
    if (value >= from && value <= to) histogram[value] = (histogram[value] ?? 0) + 1;
  }
  let total = 0;
  let sumAll = 0;
  for (let level = 0; level < 256; level++) {
    total += histogram[level] ?? 0;
    sumAll += level * (histogram[level] ?? 0);
  }

  let best = Math.round((from + to) / 2);
  let bestVariance = -1;
  let weightBelow = 0;
  let sumBelow = 0;
  for (let level = from; level <= to; level++) {
    weightBelow += histogram[level] ?? 0;
    sumBelow += level * (histogram[level] ?? 0);
    const weightAbove = total - weightBelow;
    if (weightBelow === 0 || weightAbove === 0) continue;
    const meanDifference = sumBelow / weightBelow - (sumAll - sumBelow) / weightAbove;
    const variance = weightBelow * weightAbove * meanDifference * meanDifference;
    if (variance > bestVariance) {
      bestVariance = variance;
      best = level;
    }
  }
  return best;
}

/** Maps each pixel to black or white around one global threshold. */
export function binarize(image: GrayImage, threshold = otsuThreshold(image)): GrayImage {
  return { ...image, data: image.data.map((value) => (value <= threshold ? 0 : 255)) };
}

/** Surrounds the image with a border of one gray level, to restore a missing quiet zone. */
export function pad(image: GrayImage, border: number, level: number): GrayImage {
  const width = image.width + 2 * border;
  const height = image.height + 2 * border;
  const data = new Uint8ClampedArray(width * height).fill(level);
  for (let row = 0; row < image.height; row++) {
    const source = image.data.subarray(row * image.width, (row + 1) * image.width);
    data.set(source, (row + border) * width + border);
  }
  return { data, width, height };
}

/** Copies a rectangle out of the image. The rectangle must lie inside the image. */
export function crop(
  image: GrayImage,
  left: number,
  top: number,
  width: number,
  height: number,
): GrayImage {
  const data = new Uint8ClampedArray(width * height);
  for (let row = 0; row < height; row++) {
    const start = (top + row) * image.width + left;
    data.set(image.data.subarray(start, start + width), row * width);
  }
  return { data, width, height };
}
