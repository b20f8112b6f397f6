import type { AddedAccount } from '../shared/messages';
import { sendToWorker } from '../shared/messaging';
import type { PastedKey } from './paste';

/**
 * Store a pasted or picked key: a key URI becomes one account, an image may hold several QR
 * codes. `origin` is the active tab's mail origin, so the account is matched to it later.
 */
export async function addKey(key: PastedKey, origin: string | null): Promise<AddedAccount[]> {
  if (key.kind === 'image') return sendToWorker('accounts.addImage', { dataUrl: key.dataUrl });
  const request = origin === null ? { uri: key.uri } : { uri: key.uri, origin };
  return [await sendToWorker('accounts.addUri', request)];
}
