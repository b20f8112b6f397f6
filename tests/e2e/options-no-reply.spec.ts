import {
  LANGUAGES,
  expect,
  expectAccessible,
  message,
  openOptionsPage,
  test,
} from './popup-helpers';
import { pauseWorker } from './pauseWorker';

/** Seconds the settings page waits for the worker, as WORKER_REPLY_TIMEOUT_MS in src/ui/workerTimeout.ts. */
const TIMEOUT_SECONDS = '6';

for (const { locale, catalog } of LANGUAGES) {
  test.describe(`settings without worker reply (${catalog})`, () => {
    test.use({ locale });
    // The page waits 6 s for the worker, and axe took over 40 s on a busy shared machine.
    test.describe.configure({ timeout: 120_000 });

    test('paused worker offers retry', async ({ extension }) => {
      const options = await openOptionsPage(extension);
      const title = options.getByRole('heading', { level: 1 });
      await expect(title).toHaveText(message(catalog, 'optionsTitle'));

      const worker = await pauseWorker(options);
      await options.reload();
      const alert = options.getByRole('alert');
      await expect(alert).toHaveText(message(catalog, 'optionsNoAnswer', TIMEOUT_SECONDS), {
        timeout: 20_000,
      });
      await expect(options.getByText(message(catalog, 'loading'))).toHaveCount(0);
      const retry = options.getByRole('button', { name: message(catalog, 'popupRetry') });
      await expect(retry).toBeVisible();
      await expectAccessible(options);

      await worker.resume();
      await retry.click();
      await expect(title).toHaveText(message(catalog, 'optionsTitle'));
      await expect(alert).toHaveCount(0);
    });
  });
}
