/** What a route handler receives for one request, and the handler type itself. */
import type { Reply } from './http';
import type { Lang, Translate } from './i18n';
import { serializeCookie } from './http';
import type { Session } from './sessions';
import type { MailboxState } from './state';
import type { DemoUser } from './types';

export const SESSION_COOKIE = 'demo_session';
export const LANG_COOKIE = 'demo_lang';
export const TRUSTED_COOKIE = 'demo_trusted';

export interface Context {
  method: string;
  url: URL;
  /** Form fields of a POST; empty for a GET. */
  form: URLSearchParams;
  cookies: Map<string, string>;
  clientAddress: string;
  lang: Lang;
  t: Translate;
  session: Session;
  state: MailboxState;
  /** Server time of this request, in milliseconds since the epoch. */
  now: number;
  /** Set-Cookie values that the server adds to the reply. */
  setCookies: string[];
}

export type Handler = (context: Context) => Reply | Promise<Reply>;

/** Gives the visitor a fresh session, used after the password so that a planted id is useless. */
export function replaceSession(context: Context): Session {
  context.session = context.state.sessions.rotate(context.session, context.now);
  context.setCookies.push(serializeCookie(SESSION_COOKIE, context.session.id));
  return context.session;
}

/** Returns the signed-in member, or undefined before the logon is complete. */
export function signedInUser(context: Context): DemoUser | undefined {
  const { session, state } = context;
  if (session.stage !== 'signed-in' || session.username === null) return undefined;
  return state.users.get(session.username);
}

/** Returns the member of a logon that is waiting at the given stage. */
export function pendingUser(
  context: Context,
  stage: 'second-factor' | 'attach',
): DemoUser | undefined {
  const { session, state } = context;
  if (session.stage !== stage || session.username === null) return undefined;
  return state.users.get(session.username);
}

/** Formats a time for pages, in UTC so that the output does not depend on the host. */
export function formatTime(timeMs: number): string {
  return new Date(timeMs).toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
}
