/**
 * Draw the extension icon (a countdown ring around a key hole on a blue tile) at each size the
 * manifest lists and write them to public/icons. Run again after changing the drawing:
 * npx tsx scripts/icons.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 128];
const SAMPLES = 4;

/** Coverage of one point of the unit square: [red, green, blue, alpha]. */
function paint(x: number, y: number): [number, number, number, number] {
  const corner = 0.2;
  const dx = Math.max(Math.abs(x - 0.5) - (0.5 - corner), 0);
  const dy = Math.max(Math.abs(y - 0.5) - (0.5 - corner), 0);
  if (dx * dx + dy * dy > corner * corner) return [0, 0, 0, 0];

  const radius = Math.hypot(x - 0.5, y - 0.5);
  // Angle from twelve o'clock, clockwise, in turns: the ring is drawn for three quarters.
  const turn = (Math.atan2(x - 0.5, -(y - 0.5)) / (2 * Math.PI) + 1) % 1;
  const onRing = radius > 0.27 && radius < 0.36 && turn < 0.75;
  const onHead = Math.hypot(x - 0.5, y - 0.45) < 0.085;
  const onStem = Math.abs(x - 0.5) < 0.04 && y > 0.45 && y < 0.62;
  if (onRing || onHead || onStem) return [255, 255, 255, 255];
  return [26, 115, 232, 255];
}

function crc32(bytes: Buffer): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const checksum = Buffer.alloc(4);
  checksum.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, checksum]);
}

function renderPng(size: number): Buffer {
  const rows: Buffer[] = [];
  for (let row = 0; row < size; row++) {
    const line = Buffer.alloc(1 + size * 4);
    for (let column = 0; column < size; column++) {
      let red = 0;
      let green = 0;
      let blue = 0;
      let coverage = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const [r, g, b, a] = paint(
            (column + (sx + 0.5) / SAMPLES) / size,
            (row + (sy + 0.5) / SAMPLES) / size,
          );
          red += r * a;
          green += g * a;
          blue += b * a;
          coverage += a;
        }
      }
      const offset = 1 + column * 4;
      const average = (channel: number) => (coverage === 0 ? 0 : Math.round(channel / coverage));
      line[offset] = average(red);
      line[offset + 1] = average(green);
      line[offset + 2] = average(blue);
      line[offset + 3] = Math.round(coverage / (SAMPLES * SAMPLES));
    }
    rows.push(line);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync('public/icons', { recursive: true });
for (const size of SIZES) writeFileSync(`public/icons/${size}.png`, renderPng(size));
console.log(`Wrote public/icons/{${SIZES.join(',')}}.png`);
