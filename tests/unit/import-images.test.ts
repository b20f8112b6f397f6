import { describe, expect, it } from 'vitest';
import { BATCH_DECODE_BUDGET_MS, readImageEntries } from '../../src/background/importImages';

const TEXT_DATA_URL = 'data:text/plain,not-an-image';

describe('readImageEntries batch budget', () => {
  it('skips an image after the deadline', async () => {
    const read = await readImageEntries(TEXT_DATA_URL, 3, performance.now() - 1);
    expect(read).toEqual({
      place: { image: 3 },
      message: expect.stringContaining(`${BATCH_DECODE_BUDGET_MS / 1000} seconds`) as unknown,
    });
  });

  it('reads an image before the deadline', async () => {
    const read = await readImageEntries(TEXT_DATA_URL, 1, performance.now() + 60_000);
    expect(Array.isArray(read)).toBe(false);
    expect(JSON.stringify(read)).not.toContain('used up');
  });
});
