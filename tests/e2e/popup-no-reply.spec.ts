import {
  LANGUAGES,
  SECRETS,
  addByPaste,
  expect,
  expectAccessible,
  keyUri,
  message,
  openPopupPage,
  test,
} from './popup-helpers';
import { pauseWorker } from './pauseWorker';

/** Seconds the popup waits for the worker, as WORKER_REPLY_TIMEOUT_MS in src/ui/workerTimeout.ts. */
const TIMEOUT_SECONDS = '6';

for (const { locale, catalog } of LANGUAGES) {
  test.describe(`popup without worker reply (${catalog})`, () => {
    test.use({ locale });
    // The popup waits 6 s for the worker, and axe took over 40 s on a busy shared machine.
    test.describe.configure({ timeout: 120_000 });

    test('paused worker offers retry', async ({ extension }) => {
      const popup = await openPopupPage(extension);
      await addByPaste(popup, catalog, keyUri('alice@demo.test', SECRETS[0]));
      const row = popup.getByRole('listitem', { name: 'Demo Mail (alice@demo.test)' });
      await expect(row).toBeVisible();

      const worker = await pauseWorker(popup);
      await popup.reload();
      const alert = popup.getByRole('alert');
      await expect(alert).toHaveText(message(catalog, 'popupNoAnswer', TIMEOUT_SECONDS), {
        timeout: 20_000,
      });
      await expect(popup.getByText(message(catalog, 'loading'))).toHaveCount(0);
      const retry = popup.getByRole('button', { name: message(catalog, 'popupRetry') });
      await expect(retry).toBeVisible();
      await expectAccessible(popup);

      await worker.resume();
      await retry.click();
      await expect(row).toBeVisible();
      await expect(alert).toHaveCount(0);
    });
  });
}
