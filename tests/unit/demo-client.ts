/**
 * Browser stand-in for the demo mailbox tests: keeps cookies, follows 303 redirects by hand
 * (fetch would drop the cookies they set) and sends each form's CSRF token back.
 */
import { Secret, TOTP } from 'otpauth';
import { afterEach } from 'vitest';
import { startMailbox } from '../../demo/server';
import type { DemoUser, Mailbox, MailboxOptions, MailboxSeed } from '../../demo/server';
import { createDefaultSeed, DEMO_PASSWORD } from '../../demo/seed';

/** 2026-01-01T00:00:10Z: ten seconds into a 30-second step, so neighbour steps are easy to name. */
export const FIXED_TIME = Date.UTC(2026, 0, 1, 0, 0, 10);

export interface Page {
  status: number;
  /** Path and query of the final page after redirects. */
  path: string;
  /** Body with whitespace squashed by `squashHtml`, so that tests need not follow the layout. */
  html: string;
  contentType: string;
}

export class MailboxClient {
  readonly cookies = new Map<string, string>();
  #csrf = '';

  constructor(readonly origin: string) {}

  async get(path: string): Promise<Page> {
    return this.#request('GET', path);
  }

  /** Posts a form with the CSRF token of the last page that had one. */
  async post(path: string, fields: Record<string, string> = {}): Promise<Page> {
    return this.#request('POST', path, new URLSearchParams({ _csrf: this.#csrf, ...fields }));
  }

  /** Posts a form exactly as given, without adding a CSRF token. */
  async postRaw(path: string, body: URLSearchParams): Promise<Page> {
    return this.#request('POST', path, body);
  }

  async fetchBytes(
    path: string,
  ): Promise<{ status: number; contentType: string; bytes: Uint8Array }> {
    const response = await fetch(this.origin + path, { headers: { cookie: this.#cookieHeader() } });
    const bytes = new Uint8Array(await response.arrayBuffer());
    return {
      status: response.status,
      contentType: response.headers.get('content-type') ?? '',
      bytes,
    };
  }

  async #request(method: string, path: string, body?: URLSearchParams): Promise<Page> {
    const response = await fetch(this.origin + path, {
      method,
      redirect: 'manual',
      headers: { cookie: this.#cookieHeader() },
      ...(body === undefined ? {} : { body }),
    });
    this.#storeCookies(response.headers.getSetCookie());
    const location = response.headers.get('location');
    if (response.status === 303 && location !== null) return this.get(location);
    const html = squashHtml(await response.text());
    const csrf = /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
    if (csrf !== undefined) this.#csrf = csrf;
    return {
      status: response.status,
      path,
      html,
      contentType: response.headers.get('content-type') ?? '',
    };
  }

  #cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  #storeCookies(headers: string[]): void {
    for (const header of headers) {
      const [pair = ''] = header.split(';');
      const separator = pair.indexOf('=');
      const name = pair.slice(0, separator);
      const value = pair.slice(separator + 1);
      if (/Max-Age=0(;|$)/i.test(header)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
}

/** Collapses whitespace runs and drops whitespace around tags: `<a href="x" \n >Go</a \n>` becomes `<a href="x">Go</a>`. */
export function squashHtml(html: string): string {
  return html
    .replace(/\s+/g, ' ')
    .replace(/\s*(\/?>)\s*/g, '$1')
    .replace(/\s+</g, '<');
}

/** Mutable clock for a mailbox, so that a test can move time forward by whole steps. */
export interface TestClock {
  now: number;
}

/** Starts a silent mailbox on a free port with the default seed, changed by `adjust`. */
export async function startTestMailbox(
  clock: TestClock,
  adjust: (seed: MailboxSeed) => void = () => undefined,
  options: MailboxOptions = {},
): Promise<Mailbox> {
  const seed = createDefaultSeed();
  adjust(seed);
  return startMailbox({ ...options, port: 0, seed, now: () => clock.now, logLevel: 'silent' });
}

/** A mailbox started for one test, the clock it reads and a client without cookies yet. */
export interface TestMailbox {
  mailbox: Mailbox;
  client: MailboxClient;
  clock: TestClock;
}

/**
 * Return a function that starts a mailbox at FIXED_TIME for the running test, and close that
 * mailbox after each test. Call it once at the top level of a test file.
 */
export function mailboxPerTest(): (
  adjust?: (seed: MailboxSeed) => void,
  options?: MailboxOptions,
) => Promise<TestMailbox> {
  let running: Mailbox | undefined;
  afterEach(async () => {
    await running?.close();
    running = undefined;
  });
  return async (adjust, options) => {
    const clock = { now: FIXED_TIME };
    running = await startTestMailbox(clock, adjust, options);
    return { mailbox: running, client: new MailboxClient(running.url), clock };
  };
}

/** Returns the seed's user with this username; throws when the seed has none. */
export function seedUser(seed: MailboxSeed, username: string): DemoUser {
  const user = seed.users.find((candidate) => candidate.username === username);
  if (user === undefined) throw new Error(`The seed has no user ${username}.`);
  return user;
}

/** Computes a code with otpauth, the extension's library, to check that both sides agree. */
export function codeAt(secret: string, timeMs: number): string {
  const totp = new TOTP({
    secret: Secret.fromBase32(secret),
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
  });
  return totp.generate({ timestamp: timeMs });
}

/** Opens the logon page and submits the username with the demo password. */
export async function logIn(
  client: MailboxClient,
  username: string,
  lang?: 'en' | 'zh',
): Promise<Page> {
  await client.get(lang === undefined ? '/login' : `/login?lang=${lang}`);
  return client.post('/login', { username, password: DEMO_PASSWORD });
}

/** Base32 secret shown under "Can't scan?" on an attach page. */
export function readSetupKey(html: string): string {
  const key = /id="setup-key">([A-Z2-7 ]+)</.exec(html)?.[1];
  if (key === undefined) throw new Error('The page shows no setup key.');
  return key.replace(/ /g, '');
}

/** A secret that tests attach directly, bypassing the attach page. */
export const KNOWN_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
