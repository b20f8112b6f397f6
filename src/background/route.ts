import type { SenderRole, WorkerMessages, WorkerMessageType } from '../shared/messages';
import type { SenderInfo } from './sender';

/**
 * One message handler and the role its sender must have. The payload arrives as unknown and
 * the handler validates it (see validate.ts): the type in WorkerMessages is the sender's promise,
 * not a guarantee.
 */
export interface Route<Type extends WorkerMessageType> {
  from: SenderRole;
  handle(payload: unknown, sender: SenderInfo): Promise<WorkerMessages[Type]['response']>;
}

/** Handlers for a group of message types; the router joins the groups and needs them all. */
export type RouteTable<Type extends WorkerMessageType> = { [Name in Type]: Route<Name> };

/** Narrow a sender to a content script; the router has already checked the role. */
export function contentSender(sender: SenderInfo): Extract<SenderInfo, { role: 'content-script' }> {
  if (sender.role !== 'content-script') throw new Error('Route called by the wrong sender role.');
  return sender;
}
