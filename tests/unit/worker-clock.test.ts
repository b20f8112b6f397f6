import { afterEach, describe, expect, it, vi } from 'vitest';
import { clockOffsets } from '../../src/background/clock';

const ORIGIN = 'https://mail.example.test';
const OTHER = 'https://other.example.test';

/** Return a fetch stand-in whose Date header is `aheadSeconds` ahead of this device. */
function serverAhead(aheadSeconds: number) {
  return vi.fn((_url: string) =>
    Promise.resolve(
      new Response(null, {
        headers: { date: new Date(Date.now() + aheadSeconds * 1000).toUTCString() },
      }),
    ),
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('clockOffsets', () => {
  it('no origin needs no request', async () => {
    const fetch = serverAhead(60);
    vi.stubGlobal('fetch', fetch);
    expect(await clockOffsets([undefined, undefined], 120)).toEqual([0, 0]);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('one request per origin', async () => {
    const fetch = serverAhead(60);
    vi.stubGlobal('fetch', fetch);
    const offsets = await clockOffsets([ORIGIN, undefined, ORIGIN, OTHER, ORIGIN], 120);
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(offsets[1]).toBe(0);
    expect(offsets[0]).toBe(offsets[2]);
    // The Date header has a resolution of one second, so the offset is within a second of 60 s.
    expect(Math.abs((offsets[0] ?? 0) - 60_000)).toBeLessThanOrEqual(1500);
  });

  it('known offsets are reused', async () => {
    // The test above measured both origins; the module keeps them for ten minutes.
    const fetch = serverAhead(60);
    vi.stubGlobal('fetch', fetch);
    await clockOffsets([ORIGIN, OTHER], 120);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('drift beyond limit is ignored', async () => {
    vi.stubGlobal('fetch', serverAhead(60));
    expect(await clockOffsets([ORIGIN], 30)).toEqual([0]);
  });

  it('zero drift disables correction', async () => {
    expect(await clockOffsets([ORIGIN], 0)).toEqual([0]);
  });
});
