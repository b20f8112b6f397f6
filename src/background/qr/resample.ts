/**
 * Resampling of grayscale images: area averaging to shrink (no aliasing of fine modules) and
 * bilinear interpolation to enlarge, plus a small box blur against noise.
 */
import type { GrayImage } from './gray';

/** Shrinks by area averaging, so each output pixel is the mean of the input pixels it covers. */
function shrink(image: GrayImage, width: number, height: number): GrayImage {
  const sums = new Float64Array(width * height);
  const counts = new Float64Array(width * height);
  const scaleX = width / image.width;
  const scaleY = height / image.height;
  for (let y = 0; y < image.height; y++) {
    const row = Math.min(height - 1, Math.floor(y * scaleY)) * width;
    for (let x = 0; x < image.width; x++) {
      const target = row + Math.min(width - 1, Math.floor(x * scaleX));
      sums[target] = (sums[target] ?? 0) + (image.data[y * image.width + x] ?? 0);
      counts[target] = (counts[target] ?? 0) + 1;
    }
  }
  const data = new Uint8ClampedArray(width * height);
  for (let index = 0; index < data.length; index++)
    data[index] = (sums[index] ?? 0) / (counts[index] || 1);
  return { data, width, height };
}

/** Enlarges by bilinear interpolation between pixel centres. */
function enlarge(image: GrayImage, width: number, height: number): GrayImage {
  const data = new Uint8ClampedArray(width * height);
  const stepX = image.width / width;
  const stepY = image.height / height;
  const at = (x: number, y: number) => image.data[y * image.width + x] ?? 0;
  for (let y = 0; y < height; y++) {
    const sourceY = Math.max(0, (y + 0.5) * stepY - 0.5);
    const top = Math.min(image.height - 1, Math.floor(sourceY));
    const bottom = Math.min(image.height - 1, top + 1);
    const fy = sourceY - top;
    for (let x = 0; x < width; x++) {
      const sourceX = Math.max(0, (x + 0.5) * stepX - 0.5);
      const left = Math.min(image.width - 1, Math.floor(sourceX));
      const right = Math.min(image.width - 1, left + 1);
      const fx = sourceX - left;
      const upper = at(left, top) * (1 - fx) + at(right, top) * fx;
      const lower = at(left, bottom) * (1 - fx) + at(right, bottom) * fx;
      data[y * width + x] = upper * (1 - fy) + lower * fy;
    }
  }
  return { data, width, height };
}

/** Resizes by a factor: area averaging below 1, bilinear interpolation above 1. */
export function resize(image: GrayImage, factor: number): GrayImage {
  const width = Math.max(1, Math.round(image.width * factor));
  const height = Math.max(1, Math.round(image.height * factor));
  if (width === image.width && height === image.height) return image;
  return factor < 1 ? shrink(image, width, height) : enlarge(image, width, height);
}

/** Averages each pixel with its 8 neighbours, removing single-pixel noise before a threshold. */
export function blur3x3(image: GrayImage): GrayImage {
  const { width, height } = image;
  const data = new Uint8ClampedArray(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let sum = 0;
      let count = 0;
      for (let dy = -1; dy <= 1; dy++) {
        const row = y + dy;
        if (row < 0 || row >= height) continue;
        for (let dx = -1; dx <= 1; dx++) {
          const column = x + dx;
          if (column < 0 || column >= width) continue;
          sum += image.data[row * width + column] ?? 0;
          count++;
        }
      }
      data[y * width + x] = sum / count;
    }
  }
  return { data, width, height };
}
