import type { CDPSession, Page } from '@playwright/test';

/**
 * The extension's service worker, paused in the DevTools debugger so that it receives messages
 * but runs none of their handlers: from a page's side, a worker that never replies.
 */
export interface PausedWorker {
  resume(): Promise<void>;
}

/**
 * Pause the service worker through a page's DevTools session. Playwright opens CDP sessions on
 * pages only, so the worker is reached through Target.sendMessageToTarget.
 */
export async function pauseWorker(page: Page): Promise<PausedWorker> {
  const session: CDPSession = await page.context().newCDPSession(page);
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
