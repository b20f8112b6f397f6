/**
 * QR decoding benchmark: success rate and median decode time of our decoder, plain jsQR and
 * zxing-wasm (zxing-cpp compiled to WebAssembly, loaded from node_modules) on synthetic images
 * with the distortions of real screenshots and photos. JPEG artefacts are simulated by
 * quantizing each 8x8 block's DCT with the JPEG luma table, without an actual encoder.
 * Run: npx tsx bench/qr.ts
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import jsQR from 'jsqr';
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';
import { decodeQr } from '../src/background/qr/decode';
import { qrModules, renderQr, type RenderOptions, type RgbaImage } from '../tests/unit/qr-images';
import { median } from './stats';

const TEXTS = {
  short: 'otpauth://totp/Example:alice@example.com?secret=JBSWY3DPEHPK3PXP&issuer=Example',
  long:
    'otpauth://totp/%E9%98%BF%E9%87%8C%E9%82%AE%E7%AE%B1:%E5%BC%A0%E4%B8%89.longname@example-company.com.cn' +
    '?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=%E9%98%BF%E9%87%8C%E9%82%AE%E7%AE%B1' +
    '&algorithm=SHA256&digits=8&period=30',
};

export interface QrBenchCase {
  name: string;
  text: string;
  image: RgbaImage;
}

/** Builds the image set: one factor at a time around a clean code, then common combinations. */
export function buildCases(): QrBenchCase[] {
  const variants: [string, Partial<RenderOptions>][] = [
    ['clean', {}],
    ['1 px modules', { scale: 1 }],
    ['1.5 px modules', { scale: 1.5 }],
    ['2 px modules', { scale: 2 }],
    ['3.3 px modules', { scale: 3.3 }],
    ['large, 30 px modules', { scale: 30 }],
    ['no quiet zone', { margin: 0 }],
    ['1-module quiet zone', { margin: 1 }],
    ['inverted', { dark: 255, light: 0 }],
    ['inverted, no quiet zone', { dark: 255, light: 0, margin: 0 }],
    ['low contrast, mid gray', { dark: 110, light: 145 }],
    ['low contrast, dark', { dark: 30, light: 70 }],
    ['low contrast, light', { dark: 190, light: 225 }],
    ['very low contrast', { dark: 120, light: 136 }],
    ['dark page around code', { surround: 30, surroundLevel: 25 }],
    ['dark page, thin quiet zone', { surround: 30, surroundLevel: 25, margin: 1 }],
    ['dark page, low contrast', { surround: 30, surroundLevel: 25, dark: 110, light: 150 }],
    ['light page, inverted code', { surround: 30, surroundLevel: 230, dark: 255, light: 0 }],
    ['rotated 5 degrees', { rotation: 5 }],
    ['rotated 20 degrees', { rotation: 20 }],
    ['rotated 45 degrees', { rotation: 45 }],
    ['rotated, no quiet zone', { rotation: 10, margin: 0, surround: 20, surroundLevel: 255 }],
    ['noise 30', { noise: 30 }],
    ['noise 60', { noise: 60 }],
    ['blur 2 px', { blur: 2, scale: 5 }],
    ['JPEG quality 20', { jpegQuality: 20 }],
    ['JPEG quality 8', { jpegQuality: 8 }],
    ['JPEG 8, 2 px modules', { jpegQuality: 8, scale: 2 }],
    ['JPEG 15, low contrast', { jpegQuality: 15, dark: 100, light: 160 }],
    ['noise, low contrast', { noise: 15, dark: 100, light: 150 }],
    ['1.5 px, low contrast', { scale: 1.5, dark: 100, light: 150 }],
    ['2.5 px, no quiet zone', { scale: 2.5, margin: 0 }],
    ['2.5 px, dark page', { scale: 2.5, surround: 20, surroundLevel: 20 }],
    ['1.2 px modules', { scale: 1.2 }],
    ['rotated 30, low contrast', { rotation: 30, dark: 100, light: 150 }],
    ['rotated 10, JPEG 15', { rotation: 10, jpegQuality: 15 }],
    ['blur 3 px', { blur: 3, scale: 6 }],
    ['noise 90', { noise: 90 }],
    ['JPEG quality 4', { jpegQuality: 4 }],
    ['small code on large page', { surround: 700, surroundLevel: 235, scale: 3 }],
    ['inverted, low contrast', { dark: 150, light: 105 }],
  ];
  const cases: QrBenchCase[] = [];
  for (const [textName, text] of Object.entries(TEXTS)) {
    const modules = qrModules(text);
    for (const [index, [name, options]] of variants.entries()) {
      const image = renderQr(modules, { scale: 4, margin: 4, seed: index + 1, ...options });
      cases.push({ name: `${textName}: ${name}`, text, image });
    }
  }
  return cases;
}

type Decoder = (image: RgbaImage) => Promise<string[]>;

const DECODERS: Record<string, Decoder> = {
  ours: (image) => Promise.resolve(decodeQr(image)),
  jsQR: (image) => {
    const code = jsQR(image.data, image.width, image.height);
    return Promise.resolve(code === null ? [] : [code.data]);
  },
  zxing: async (image) => {
    const results = await readBarcodes(image as unknown as ImageData, {
      formats: ['QRCode'],
      maxNumberOfSymbols: 8,
    });
    return results.map((result) => result.text);
  },
};

/** Loads zxing-wasm's WebAssembly binary from node_modules, never from its default CDN. */
async function loadZxing(): Promise<void> {
  const require = createRequire(import.meta.url);
  const file = readFileSync(require.resolve('zxing-wasm/reader/zxing_reader.wasm'));
  const wasmBinary = file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength);
  await prepareZXingModule({ overrides: { wasmBinary }, fireImmediately: true });
}

export interface DecoderFigures {
  read: number;
  total: number;
  successRate: number;
  /** Median over cases of the median of `runs` decodes of one image, in milliseconds. */
  medianMs: number;
}

export interface QrBenchFigures {
  decoders: Record<string, DecoderFigures>;
  /** Cases that some other decoder reads but ours does not. The goal is an empty list. */
  missedByOurs: string[];
  /** Cases that no decoder reads. */
  unreadByAll: string[];
  /** Cases that ours reads but plain jsQR does not. */
  gainedOverJsQr: string[];
  /** Our median time divided by each other decoder's. */
  timeRatios: Record<string, number>;
  runs: number;
}

async function measure(
  decoder: Decoder,
  item: QrBenchCase,
  runs: number,
): Promise<{ ok: boolean; ms: number }> {
  const times: number[] = [];
  let ok = false;
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    const texts = await decoder(item.image);
    times.push(performance.now() - start);
    ok = texts.includes(item.text);
  }
  return { ok, ms: median(times) };
}

/** Runs every decoder on every case and returns the figures without printing them. */
export async function runQrBench(runs = 3): Promise<QrBenchFigures> {
  await loadZxing();
  const cases = buildCases();
  const reads: Record<string, Set<string>> = {};
  const decoders: Record<string, DecoderFigures> = {};
  for (const [name, decoder] of Object.entries(DECODERS)) {
    const times: number[] = [];
    reads[name] = new Set();
    for (const item of cases) {
      const result = await measure(decoder, item, runs);
      times.push(result.ms);
      if (result.ok) reads[name].add(item.name);
    }
    const read = reads[name].size;
    decoders[name] = {
      read,
      total: cases.length,
      successRate: read / cases.length,
      medianMs: median(times),
    };
  }
  const ours = reads.ours ?? new Set<string>();
  const others = Object.entries(reads).filter(([name]) => name !== 'ours');
  const oursMs = decoders.ours?.medianMs ?? 0;
  return {
    decoders,
    missedByOurs: cases
      .filter((item) => !ours.has(item.name) && others.some(([, set]) => set.has(item.name)))
      .map((item) => item.name),
    unreadByAll: cases
      .filter((item) => Object.values(reads).every((set) => !set.has(item.name)))
      .map((item) => item.name),
    gainedOverJsQr: cases
      .filter((item) => ours.has(item.name) && !reads.jsQR?.has(item.name))
      .map((item) => item.name),
    timeRatios: Object.fromEntries(
      Object.entries(decoders)
        .filter(([name]) => name !== 'ours')
        .map(([name, figures]) => [name, oursMs / figures.medianMs]),
    ),
    runs,
  };
}

async function main(): Promise<void> {
  const figures = await runQrBench();
  console.log(`QR decoding, ${figures.runs} runs per image, Node ${process.version}`);
  for (const [name, decoder] of Object.entries(figures.decoders)) {
    const rate = (decoder.successRate * 100).toFixed(1);
    console.log(
      `${name.padEnd(6)} read ${decoder.read}/${decoder.total} (${rate}%), median ${decoder.medianMs.toFixed(2)} ms`,
    );
  }
  for (const [name, ratio] of Object.entries(figures.timeRatios)) {
    console.log(`median time ours / ${name}: ${ratio.toFixed(2)}`);
  }
  console.log(`read by ours, not by plain jsQR: ${figures.gainedOverJsQr.join('; ') || 'none'}`);
  console.log(`read by another decoder, not by ours: ${figures.missedByOurs.join('; ') || 'none'}`);
  console.log(`read by no decoder: ${figures.unreadByAll.join('; ') || 'none'}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
