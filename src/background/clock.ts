import browser from 'webextension-polyfill';
import { createLogger } from '../shared/log';

const log = createLogger('clock');

/** How long a measured offset is trusted before it is measured again. */
const MEASURE_EVERY_MS = 10 * 60_000;
const STORAGE_KEY = 'clock.offsets';

interface Measurement {
  offsetMs: number;
  measuredAt: number;
}

type Offsets = Record<string, Measurement>;

async function readOffsets(): Promise<Offsets> {
  const stored = (await browser.storage.session.get(STORAGE_KEY))[STORAGE_KEY];
  return typeof stored === 'object' && stored !== null ? (stored as Offsets) : {};
}

/**
 * Measure how far this device's clock is from the mail server's, from the Date header of a HEAD
 * request. The header has a resolution of one second, so offsets under two seconds are ignored.
 */
async function measure(origin: string): Promise<number> {
  const sentAt = Date.now();
  const response = await fetch(`${origin}/`, {
    method: 'HEAD',
    cache: 'no-store',
    credentials: 'omit',
  });
  const receivedAt = Date.now();
  const serverTime = Date.parse(response.headers.get('date') ?? '');
  if (Number.isNaN(serverTime)) return 0;
  const offset = serverTime + 500 - (sentAt + receivedAt) / 2;
  return Math.abs(offset) < 2000 ? 0 : offset;
}

/**
 * Return the clock correction, in milliseconds, to add to Date.now() for codes used on an
 * origin. An offset larger than the allowed drift is not applied: it more likely means a wrong
 * server clock than a wrong device clock, and the codes would then fail everywhere else.
 */
export async function clockOffset(
  origin: string | undefined,
  maxDriftSeconds: number,
): Promise<number> {
  if (origin === undefined || maxDriftSeconds === 0) return 0;
  const offsets = await readOffsets();
  let known = offsets[origin];
  if (known === undefined || Date.now() - known.measuredAt > MEASURE_EVERY_MS) {
    try {
      known = { offsetMs: await measure(origin), measuredAt: Date.now() };
    } catch (error) {
      log.warn('Could not read the mail server time; using this device clock.', origin, error);
      known = { offsetMs: 0, measuredAt: Date.now() };
    }
    await browser.storage.session.set({ [STORAGE_KEY]: { ...offsets, [origin]: known } });
  }
  if (Math.abs(known.offsetMs) > maxDriftSeconds * 1000) {
    log.warn('The mail server clock differs from this device by more than the allowed drift.', {
      origin,
      offsetSeconds: Math.round(known.offsetMs / 1000),
    });
    return 0;
  }
  return known.offsetMs;
}
