/** Public types of the demo mailbox: its seed, its users, its policy and its test handle. */

/** Second factors that the administrator can allow. */
export type MfaMethods = 'sms' | 'app' | 'both';

/** Multi-factor settings of the administrator console. Changes apply from the next request. */
export interface MfaPolicy {
  enabled: boolean;
  /** 'all' covers every member; 'chosen' covers the listed departments and accounts. */
  scope: 'all' | 'chosen';
  departments: string[];
  /** Usernames covered when the scope is 'chosen'. */
  accounts: string[];
  /** Usernames never covered, whatever the scope. */
  exceptions: string[];
  methods: MfaMethods;
  /** Addresses (192.0.2.7) or IPv4 ranges (192.0.2.0/24) whose logons skip the second factor. */
  secureIps: string[];
  /** Third-party clients must use a client security password, not the account password. */
  forceClientPassword: boolean;
}

/** Member of the mail domain. The mailbox keeps the object and reads it on every request. */
export interface DemoUser {
  /** Full address, such as alice@demo.test; compared without regard to case. */
  username: string;
  password: string;
  displayName: string;
  department: string;
  /** Phone number that receives SMS codes, or null when none is attached. */
  securePhone: string | null;
  /** Base32 secret of the attached authenticator, or null when none is attached. */
  authenticatorSecret: string | null;
}

/** One SMS that the mailbox would have sent to a secure phone. */
export interface SmsMessage {
  phone: string;
  code: string;
  /** The message as a phone would show it, in the language of the page that sent it. */
  text: string;
  sentAt: number;
}

/** Reason a logon skipped the second factor. */
export type SkipReason = 'not in scope' | 'secure logon IP' | 'trusted device';

/** One completed web logon, as the administrator's logon log would list it. */
export interface LogonRecord {
  username: string;
  /** Server time of the logon, in milliseconds since the epoch. */
  at: number;
  /**
   * Second factor that let the member in: a checked SMS or authenticator code, an authenticator
   * attached during logon (Method 1), or 'none' when it was skipped.
   */
  secondFactor: 'sms' | 'app' | 'attach' | 'none';
  skipReason: SkipReason | null;
  /** True when "Set as trusted device" was ticked at the code step. */
  trustedDevice: boolean;
}

/** Starting state of a mailbox. */
export interface MailboxSeed {
  /** Issuer written into key URIs, shown by authenticator apps above the account name. */
  issuer: string;
  /** Username of the domain administrator, who alone may open /admin. */
  administrator: string;
  users: DemoUser[];
  policy: MfaPolicy;
}

export interface MailboxOptions {
  /** TCP port; 0 picks a free one. Defaults to 0. */
  port?: number;
  /** Address to listen on. Defaults to 127.0.0.1. */
  host?: string;
  /** Defaults to the seed of demo/seed.ts. */
  seed?: MailboxSeed;
  /** Server clock in milliseconds since the epoch; it also sets the Date header. Defaults to Date.now. */
  now?: () => number;
  /** 'info' logs each logon step, 'error' only failures. Defaults to 'error'. */
  logLevel?: 'silent' | 'error' | 'info';
  /**
   * Content-Security-Policy header of every reply, to check the extension on a strict page.
   * Defaults to none, so that only the tests that set a policy meet one.
   */
  contentSecurityPolicy?: string;
}

/** Users of a running mailbox. */
export interface UserDirectory {
  /** Adds a user, or replaces the one with the same username. */
  add(user: DemoUser): DemoUser;
  /** Returns the live record, so that a test may change it; undefined when unknown. */
  get(username: string): DemoUser | undefined;
  list(): DemoUser[];
}

/** A running demo mailbox and the in-process handle that tests use to change its state. */
export interface Mailbox {
  /** Origin, such as http://127.0.0.1:41234. */
  url: string;
  users: UserDirectory;
  /** Live policy object; the administrator console edits the same object. */
  admin: MfaPolicy;
  /** SMS codes sent to the user's secure phone, newest first. */
  smsOutbox(username: string): SmsMessage[];
  /**
   * Checks a password as an IMAP, POP or SMTP server would: the client security password is
   * always accepted, the account password only while the administrator does not force the former.
   */
  checkClientLogon(username: string, password: string): boolean;
  /** Completed web logons of the user, newest first. */
  logons(username: string): LogonRecord[];
  close(): Promise<void>;
}
