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

/**
 * Offsets read from storage.session once per worker start, then kept in memory and written
 * through. storage.session keeps them across worker restarts, and memory spares a storage read
 * for each code.
 */
let offsets: Promise<Offsets> | null = null;

/** Measurements in progress by origin, so accounts on one origin share one HEAD request. */
const measuring = new Map<string, Promise<Measurement>>();

async function readStoredOffsets(): Promise<Offsets> {
  const stored = (await browser.storage.session.get(STORAGE_KEY))[STORAGE_KEY];
  return typeof stored === 'object' && stored !== null ? { ...(stored as Offsets) } : {};
}

function knownOffsets(): Promise<Offsets> {
  if (offsets === null) {
    offsets = readStoredOffsets();
    // A failed read is not kept, so the next call reads storage again.
    offsets.catch(() => {
      offsets = null;
    });
  }
  return offsets;
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

async function remeasure(origin: string, known: Offsets): Promise<Measurement> {
  let measurement: Measurement;
  try {
    measurement = { offsetMs: await measure(origin), measuredAt: Date.now() };
  } catch (error) {
    log.warn('Could not read the mail server time; using this device clock.', origin, error);
    measurement = { offsetMs: 0, measuredAt: Date.now() };
  }
  known[origin] = measurement;
  await browser.storage.session.set({ [STORAGE_KEY]: known });
  return measurement;
}

/** Return the measurement for an origin, measuring again when it is missing or too old. */
function measurementFor(origin: string, known: Offsets): Promise<Measurement> {
  const current = known[origin];
  if (current !== undefined && Date.now() - current.measuredAt <= MEASURE_EVERY_MS) {
    return Promise.resolve(current);
  }
  let pending = measuring.get(origin);
  if (pending === undefined) {
    pending = remeasure(origin, known).finally(() => measuring.delete(origin));
    measuring.set(origin, pending);
  }
  return pending;
}

/**
 * Return the clock correction, in milliseconds, to add to Date.now() for codes used on each
 * origin, in the order given. An origin that is undefined gets 0. An offset larger than the
 * allowed drift is not applied: it more likely means a wrong server clock than a wrong device
 * clock, and the codes would then fail everywhere else.
 */
export async function clockOffsets(
  origins: readonly (string | undefined)[],
  maxDriftSeconds: number,
): Promise<number[]> {
  if (maxDriftSeconds === 0 || origins.every((origin) => origin === undefined)) {
    return origins.map(() => 0);
  }
  const known = await knownOffsets();
  const distinct = [...new Set(origins)].filter((origin) => origin !== undefined);
  const byOrigin = new Map<string, number>();
  await Promise.all(
    distinct.map(async (origin) => {
      const { offsetMs } = await measurementFor(origin, known);
      byOrigin.set(origin, appliedOffset(origin, offsetMs, maxDriftSeconds));
    }),
  );
  return origins.map((origin) => (origin === undefined ? 0 : (byOrigin.get(origin) ?? 0)));
}

function appliedOffset(origin: string, offsetMs: number, maxDriftSeconds: number): number {
  if (Math.abs(offsetMs) <= maxDriftSeconds * 1000) return offsetMs;
  log.warn('The mail server clock differs from this device by more than the allowed drift.', {
    origin,
    offsetSeconds: Math.round(offsetMs / 1000),
  });
  return 0;
}
