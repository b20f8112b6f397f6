import type { CDPSession, Page } from '@playwright/test';
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

/** Seconds the popup waits for the worker, as WORKER_REPLY_TIMEOUT_MS in src/popup/opening.ts. */
const TIMEOUT_SECONDS = '6';

/**
 * The extension's service worker, paused in the DevTools debugger so that it receives messages
 * but runs none of their handlers: from the popup's side, a worker that never replies.
 */
interface PausedWorker {
  resume(): Promise<void>;
}

/**
 * Pause the service worker through the popup page's DevTools session. Playwright opens CDP
 * sessions on pages only, so the worker is reached through Target.sendMessageToTarget.
 */
async function pauseWorker(popup: Page): Promise<PausedWorker> {
  const session: CDPSession = await popup.context().newCDPSession(popup);
  const { targetInfos } = await session.send('Target.getTargets');
  const worker = targetInfos.find((target) => target.type === 'service_worker');
  if (worker === undefined) throw new Error('The extension has no running service worker.');
  const { sessionId } = await session.send('Target.attachToTarget', {
    targetId: worker.targetId,
    flatten: false,
  });
  let nextId = 1;
  const send = async (method: string) => {
    const message = JSON.stringify({ id: nextId++, method, params: {} });
    await session.send('Target.sendMessageToTarget', { sessionId, message });
  };
  await send('Debugger.enable');
  await send('Debugger.pause');
  return {
    async resume() {
      await send('Debugger.resume');
      await session.send('Target.detachFromTarget', { sessionId });
    },
  };
}

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
