import type { AddedAccount, PageStatus } from '../shared/messages';
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

/**
 * Return the mail origin to store with a pasted or typed key: the active tab's origin when the
 * tab shows the mailbox's attach page, else null. A key pasted on any other page, such as a
 * GitLab key while the inbox is open, must not be matched to that mailbox.
 */
export function attachOrigin(page: PageStatus | null): string | null {
  return page?.report?.page === 'attach' ? page.origin : null;
}
