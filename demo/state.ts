/** Everything a running mailbox remembers, shared by all route handlers. */
import { createHash, timingSafeEqual } from 'node:crypto';
import { ClientPasswords, TrustedDevices } from './credentials';
import type { Logger } from './log';
import { SessionStore } from './sessions';
import { SmsOutbox } from './sms';
import type { DemoUser, LogonRecord, MailboxSeed, MfaPolicy, UserDirectory } from './types';

/** Users keyed by lower-case username. */
export class UserStore implements UserDirectory {
  readonly #users = new Map<string, DemoUser>();

  add(user: DemoUser): DemoUser {
    this.#users.set(user.username.toLowerCase(), user);
    return user;
  }

  get(username: string): DemoUser | undefined {
    return this.#users.get(username.trim().toLowerCase());
  }

  list(): DemoUser[] {
    return [...this.#users.values()];
  }

  /** Returns the user when the password matches, comparing digests in constant time. */
  authenticate(username: string, password: string): DemoUser | undefined {
    const user = this.get(username);
    const storedDigest = createHash('sha256')
      .update(user?.password ?? '')
      .digest();
    const offeredDigest = createHash('sha256').update(password).digest();
    return user !== undefined && timingSafeEqual(storedDigest, offeredDigest) ? user : undefined;
  }
}

export interface MailboxState {
  issuer: string;
  administrator: string;
  users: UserStore;
  policy: MfaPolicy;
  sessions: SessionStore;
  sms: SmsOutbox;
  trustedDevices: TrustedDevices;
  clientPasswords: ClientPasswords;
  /** Completed web logons, newest first. */
  logons: LogonRecord[];
  now: () => number;
  log: Logger;
}

/** Builds the state from a seed, copying it so that two mailboxes never share objects. */
export function createState(seed: MailboxSeed, now: () => number, log: Logger): MailboxState {
  const users = new UserStore();
  for (const user of seed.users) users.add({ ...user });
  return {
    issuer: seed.issuer,
    administrator: seed.administrator.toLowerCase(),
    users,
    policy: structuredClone(seed.policy),
    sessions: new SessionStore(),
    sms: new SmsOutbox(),
    trustedDevices: new TrustedDevices(),
    clientPasswords: new ClientPasswords(),
    logons: [],
    now,
    log,
  };
}

/**
 * Checks a password as an IMAP, POP or SMTP server would: the client security password always
 * passes, the account password only while the administrator does not force client passwords.
 */
export function checkClientLogon(state: MailboxState, username: string, password: string): boolean {
  const user = state.users.get(username);
  if (user === undefined) return false;
  if (state.clientPasswords.matches(user.username, password)) return true;
  return (
    !state.policy.forceClientPassword && state.users.authenticate(username, password) !== undefined
  );
}
