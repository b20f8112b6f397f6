import type { Runtime } from 'webextension-polyfill';
import { ExtensionError } from '../shared/errors';
import { t } from '../shared/i18n';
import { createLogger } from '../shared/log';
import type { Reply, WorkerMessageType } from '../shared/messages';
import { accountRoutes } from './handlers/accounts';
import { backupRoutes } from './handlers/backup';
import { clipboardRoutes } from './handlers/clipboard';
import { contentRoutes } from './handlers/content';
import { importRoutes } from './handlers/import';
import { pageRoutes } from './handlers/page';
import { settingsRoutes } from './handlers/settings';
import { vaultRoutes } from './handlers/vault';
import type { RouteTable } from './route';
import { identifySender } from './sender';

const log = createLogger('router');

const routes: RouteTable<WorkerMessageType> = {
  ...vaultRoutes,
  ...accountRoutes,
  ...importRoutes,
  ...pageRoutes,
  ...backupRoutes,
  ...clipboardRoutes,
  ...settingsRoutes,
  ...contentRoutes,
};

function isKnownType(type: unknown): type is WorkerMessageType {
  return typeof type === 'string' && Object.hasOwn(routes, type);
}

function failure(error: ExtensionError): Reply<never> {
  return { ok: false, error: error.code, message: error.message };
}

/**
 * Handle one runtime message and return its reply. Fails closed: an unknown sender, an unknown type or a sender of
 * the wrong role gets 'forbidden' or 'invalid-request' before any handler runs.
 */
export async function handleMessage(
  message: unknown,
  sender: Runtime.MessageSender,
): Promise<Reply<unknown>> {
  const identity = identifySender(sender);
  const type = (message as { type?: unknown } | null)?.type;
  if (identity === null) {
    log.warn('Rejected a message from an unknown sender.', { type, url: sender.url });
    return failure(new ExtensionError('forbidden', t('requestUnknownSender')));
  }
  if (!isKnownType(type)) {
    return failure(new ExtensionError('invalid-request', t('requestUnknownType', String(type))));
  }
  const route = routes[type];
  if (route.from !== identity.role) {
    // A content script asking for vault or account operations is exactly what a compromised
    // page renderer would try, so it is refused outright.
    log.warn('Rejected a message from the wrong context.', { type, role: identity.role });
    return failure(new ExtensionError('forbidden', t('requestWrongContext', type)));
  }
  try {
    const value = await route.handle((message as { payload?: unknown }).payload, identity);
    return { ok: true, value };
  } catch (error) {
    if (error instanceof ExtensionError) return failure(error);
    log.error(`Handler for "${type}" failed.`, error);
    return failure(new ExtensionError('internal', t('requestHandlerFailed')));
  }
}
