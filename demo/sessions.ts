/** Sessions keyed by a random cookie value, with the logon stage and pending form state. */
import { randomBytes } from 'node:crypto';
import type { Factor } from './policy';

/** Sessions unused for this long are dropped. */
const IDLE_LIMIT_MS = 12 * 60 * 60 * 1000;

/**
 * Where the visitor is in the logon: before the password, at the code step, at the attach
 * step of Method 1, or inside the mailbox.
 */
export type Stage = 'anonymous' | 'second-factor' | 'attach' | 'signed-in';

export interface Session {
  id: string;
  /** Token that every POST form must send back as _csrf. */
  csrf: string;
  username: string | null;
  stage: Stage;
  /** Factors the code step offers. */
  factors: Factor[];
  /** Wrong codes entered since the password step. */
  failedCodes: number;
  /** Secret shown on the attach page, kept until the code proves the app has it. */
  pendingSecret: string | null;
  /** Random part of the QR image URL, which changes with each new secret. */
  qrNonce: string | null;
  /** Time until which a verified code allows deleting the authenticator, in milliseconds. */
  deleteApprovedUntil: number;
  lastSeen: number;
}

function createToken(): string {
  return randomBytes(24).toString('base64url');
}

/** In-memory session table. */
export class SessionStore {
  readonly #sessions = new Map<string, Session>();

  /** Returns the live session for a cookie value, or undefined when it is unknown or idle too long. */
  find(id: string | undefined, now: number): Session | undefined {
    if (id === undefined) return undefined;
    const session = this.#sessions.get(id);
    if (session === undefined) return undefined;
    if (now - session.lastSeen > IDLE_LIMIT_MS) {
      this.#sessions.delete(id);
      return undefined;
    }
    session.lastSeen = now;
    return session;
  }

  /** Creates an anonymous session, dropping idle ones first. */
  create(now: number): Session {
    for (const [id, session] of this.#sessions) {
      if (now - session.lastSeen > IDLE_LIMIT_MS) this.#sessions.delete(id);
    }
    const session: Session = {
      id: createToken(),
      csrf: createToken(),
      username: null,
      stage: 'anonymous',
      factors: [],
      failedCodes: 0,
      pendingSecret: null,
      qrNonce: null,
      deleteApprovedUntil: 0,
      lastSeen: now,
    };
    this.#sessions.set(session.id, session);
    return session;
  }

  /** Replaces a session by a fresh one, so that an id seen before the password stays useless. */
  rotate(old: Session, now: number): Session {
    this.#sessions.delete(old.id);
    return this.create(now);
  }

  delete(session: Session): void {
    this.#sessions.delete(session.id);
  }
}
