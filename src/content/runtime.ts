/**
 * Messaging with the background worker over the bare extension API. The content script does not
 * import webextension-polyfill, because its minified build (about 10 KB) would make a script
 * that every mail page loads more than half as large again. The two calls used here already behave alike in Chrome
 * and Firefox: sendMessage returns a promise in both under Manifest V3, and both accept
 * sendResponse from an onMessage listener that returns true.
 */
import type {
  ContentMessages,
  ContentMessageType,
  Reply,
  WorkerMessages,
  WorkerMessageType,
} from '../shared/messages';
import { message as translate } from './i18n';

type Listener = (message: unknown, sender: unknown, respond: (reply: unknown) => void) => boolean;

interface RuntimeApi {
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: { addListener(listener: Listener): void };
}

type Handlers = {
  [Type in ContentMessageType]?: (
    payload: ContentMessages[Type]['request'],
  ) => Promise<ContentMessages[Type]['response']>;
};

const scope = globalThis as {
  browser?: { runtime?: RuntimeApi };
  chrome?: { runtime?: RuntimeApi };
};
const runtime = (scope.browser ?? scope.chrome)?.runtime;

/** Send a message to the worker; a missing or malformed reply becomes an 'unavailable' error. */
export async function send<Type extends WorkerMessageType>(
  type: Type,
  payload: WorkerMessages[Type]['request'],
): Promise<Reply<WorkerMessages[Type]['response']>> {
  try {
    const reply: unknown = await runtime?.sendMessage({ type, payload });
    if (typeof reply === 'object' && reply !== null && 'ok' in reply) {
      return reply as Reply<WorkerMessages[Type]['response']>;
    }
  } catch {
    // The worker is restarting or the extension was updated under this page.
  }
  return { ok: false, error: 'unavailable', message: translate('pageUnreachable') };
}

/**
 * Handle the worker's messages and reply with Reply envelopes, as src/shared/messaging.ts
 * expects. Each content script listens for its own types and leaves the others unanswered.
 */
export function listen(handlers: Handlers): void {
  runtime?.onMessage.addListener((message, _sender, respond) => {
    const { type, payload } = (message ?? {}) as { type?: string; payload?: unknown };
    if (typeof type !== 'string' || !Object.hasOwn(handlers, type)) return false;
    const handler = handlers[type as ContentMessageType] as (payload: unknown) => Promise<unknown>;
    handler(payload).then(
      (value) => respond({ ok: true, value }),
      (error: unknown) => respond({ ok: false, error: 'internal', message: String(error) }),
    );
    return true;
  });
}
