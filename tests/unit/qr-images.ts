/**
 * Synthetic QR images for decoder tests and the benchmark. A code's module matrix comes from
 * qrcode's `QRCode.create`, and this file renders it to RGBA with the distortions that defeat
 * plain jsQR: scale, quiet zone, inversion, low contrast, dark surroundings, rotation, noise,
 * blur and JPEG-like block quantization.
 */
import QRCode from 'qrcode';

export interface RgbaImage {
  data: Uint8ClampedArray;
  width: number;
  height: number;
}

export interface RenderOptions {
  /** Pixels per module; fractions give uneven module widths as real screenshots do. */
  scale: number;
  /** Quiet zone in modules. The QR specification (ISO/IEC 18004) requires 4. */
  margin: number;
  /** Gray levels (0 to 255) of dark modules and of light modules and the quiet zone. */
  dark?: number;
  light?: number;
  /** Pixels of another gray level around the quiet zone, such as a dark page background. */
  surround?: number;
  surroundLevel?: number;
  /** Clockwise rotation in degrees. */
  rotation?: number;
  /** Standard deviation of Gaussian noise, in gray levels. */
  noise?: number;
  /** Radius of a box blur, in pixels. */
  blur?: number;
  /** JPEG-like quality from 1 to 100: each 8x8 block's DCT is quantized with the standard luma table. */
  jpegQuality?: number;
  seed?: number;
}

/** Returns the module matrix of a text: true for dark modules. */
export function qrModules(
  text: string,
  errorCorrectionLevel: 'L' | 'M' | 'Q' | 'H' = 'M',
): boolean[][] {
  const { modules } = QRCode.create(text, { errorCorrectionLevel });
  return Array.from({ length: modules.size }, (_, row) =>
    Array.from({ length: modules.size }, (_, column) => Boolean(modules.get(row, column))),
  );
}

/** Small deterministic PRNG (mulberry32), so images are the same on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

/** Renders gray levels, sampling each pixel 3x3 times so edges are anti-aliased where needed. */
function renderGray(
  modules: boolean[][],
  options: RenderOptions,
): { gray: Float32Array; side: number } {
  const {
    scale,
    margin,
    dark = 0,
    light = 255,
    surround = 0,
    surroundLevel = 40,
    rotation = 0,
  } = options;

  const codeSide = (modules.length + 2 * margin) * scale;
  const radians = (rotation * Math.PI) / 180;
  const rotatedSide = Math.ceil(
    codeSide * (Math.abs(Math.cos(radians)) + Math.abs(Math.sin(radians))),
  );
  const side = rotatedSide + 2 * surround;
  const gray = new Float32Array(side * side);
  const center = side / 2;
  const cos = Math.cos(-radians);
  const sin = Math.sin(-radians);

  // Whole-pixel modules on an upright grid have no partly covered pixels, so one sample is exact.
  const sharp = Number.isInteger(scale) && rotation === 0;
  const samples = sharp ? [1 / 2] : [1 / 6, 1 / 2, 5 / 6];

  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      let sum = 0;
      for (const dy of samples) {
        for (const dx of samples) {
          const px = x + dx - center;
          const py = y + dy - center;
          const u = (px * cos - py * sin + codeSide / 2) / scale - margin;
          const v = (px * sin + py * cos + codeSide / 2) / scale - margin;
          const inCode =
            u >= -margin &&
            v >= -margin &&
            u < modules.length + margin &&
            v < modules.length + margin;
          const module = modules[Math.floor(v)]?.[Math.floor(u)];
          if (!inCode) sum += surroundLevel;
          else sum += module === true ? dark : light;
        }
      }
      gray[y * side + x] = sum / (samples.length * samples.length);
    }
  }
  return { gray, side };
}

function boxBlur(gray: Float32Array, side: number, radius: number): Float32Array {
  const output = new Float32Array(gray.length);
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      let sum = 0;
      let count = 0;
      for (let dy = -radius; dy <= radius; dy++) {
        for (let dx = -radius; dx <= radius; dx++) {
          const value = gray[(y + dy) * side + (x + dx)];
          if (x + dx < 0 || x + dx >= side || value === undefined) continue;
          sum += value;
          count++;
        }
      }
      output[y * side + x] = sum / count;
    }
  }
  return output;
}

// Luma quantization table of the JPEG standard (ITU-T T.81, Annex K, Table K.1).
const LUMA_TABLE = [
  16, 11, 10, 16, 24, 40, 51, 61, 12, 12, 14, 19, 26, 58, 60, 55, 14, 13, 16, 24, 40, 57, 69, 56,
  14, 17, 22, 29, 51, 87, 80, 62, 18, 22, 37, 56, 68, 109, 103, 77, 24, 35, 55, 64, 81, 104, 113,
  92, 49, 64, 78, 87, 103, 121, 120, 101, 72, 92, 95, 98, 112, 100, 103, 99,
];

/** Quantizes the DCT of each 8x8 block as a JPEG encoder does, which leaves ringing and blocking. */
function jpegQuantize(gray: Float32Array, side: number, quality: number): Float32Array {
  const factor = quality < 50 ? 5000 / quality : 200 - 2 * quality;
  const table = LUMA_TABLE.map((value) => Math.max(1, Math.floor((value * factor + 50) / 100)));
  // basis[k * 8 + n] is the DCT-II basis function k at sample n, with the orthonormal scale of k = 0.
  const basis = new Float32Array(64);
  for (let k = 0; k < 8; k++) {
    for (let n = 0; n < 8; n++) {
      basis[k * 8 + n] = Math.cos(((2 * n + 1) * k * Math.PI) / 16) * (k === 0 ? Math.SQRT1_2 : 1);
    }
  }
  const cosine = (k: number, n: number) => basis[k * 8 + n] ?? 0;
  const output = new Float32Array(gray);
  const block = new Float32Array(64);
  for (let top = 0; top < side; top += 8) {
    for (let left = 0; left < side; left += 8) {
      const at = (y: number, x: number) =>
        gray[Math.min(top + y, side - 1) * side + Math.min(left + x, side - 1)] ?? 0;
      for (let v = 0; v < 8; v++) {
        for (let u = 0; u < 8; u++) {
          let sum = 0;
          for (let y = 0; y < 8; y++)
            for (let x = 0; x < 8; x++) sum += (at(y, x) - 128) * cosine(u, x) * cosine(v, y);
          const coefficient = sum / 4;
          const step = table[v * 8 + u] ?? 1;
          block[v * 8 + u] = Math.round(coefficient / step) * step;
        }
      }
      for (let y = 0; y < 8 && top + y < side; y++) {
        for (let x = 0; x < 8 && left + x < side; x++) {
          let sum = 0;
          for (let v = 0; v < 8; v++)
            for (let u = 0; u < 8; u++)
              sum += (block[v * 8 + u] ?? 0) * cosine(u, x) * cosine(v, y);
          output[(top + y) * side + left + x] = sum / 4 + 128;
        }
      }
    }
  }
  return output;
}

/** Renders a module matrix to an RGBA image with the given distortions. */
export function renderQr(modules: boolean[][], options: RenderOptions): RgbaImage {
  const rendered = renderGray(modules, options);
  const side = rendered.side;
  let gray = rendered.gray;
  if (options.blur !== undefined && options.blur > 0) gray = boxBlur(gray, side, options.blur);
  if (options.jpegQuality !== undefined) gray = jpegQuantize(gray, side, options.jpegQuality);
  const next = random(options.seed ?? 1);
  const data = new Uint8ClampedArray(side * side * 4);
  for (let index = 0; index < gray.length; index++) {
    let value = gray[index] ?? 0;
    if (options.noise !== undefined && options.noise > 0) {
      // Box-Muller transform of two uniform samples into one Gaussian sample.
      const gaussian = Math.sqrt(-2 * Math.log(next() || 1e-9)) * Math.cos(2 * Math.PI * next());
      value += gaussian * options.noise;
    }
    data.fill(Math.round(value), index * 4, index * 4 + 3);
    data[index * 4 + 3] = 255;
  }
  return { data, width: side, height: side };
}
