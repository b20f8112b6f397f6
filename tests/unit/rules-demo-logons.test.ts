/**
 * The demo mailbox's logon log, which the end-to-end rule tests read to learn how the server
 * let a member in: by which second factor, or why it skipped one.
 */
import { describe, expect, it } from 'vitest';
import type { LogonRecord, Mailbox, MailboxSeed } from '../../demo/server';
import {
  codeAt,
  FIXED_TIME,
  KNOWN_SECRET,
  logIn,
  mailboxPerTest,
  type MailboxClient,
  readSetupKey,
  seedUser,
} from './demo-client';

const startMailbox = mailboxPerTest();
let mailbox: Mailbox | undefined;

async function start(adjust?: (seed: MailboxSeed) => void): Promise<MailboxClient> {
  const started = await startMailbox(adjust);
  mailbox = started.mailbox;
  return started.client;
}

function logonsOf(username: string): LogonRecord[] {
  if (mailbox === undefined) throw new Error('Start the mailbox first.');
  return mailbox.logons(username);
}

/** Log Alice on with her authenticator code and "Set as trusted device" ticked. */
async function logOnTrusted(): Promise<MailboxClient> {
  const client = await start((seed) => {
    seedUser(seed, 'alice@demo.test').authenticatorSecret = KNOWN_SECRET;
  });
  await logIn(client, 'alice@demo.test');
  await client.post('/login/verify', {
    method: 'app',
    otp: codeAt(KNOWN_SECRET, FIXED_TIME),
    trust_device: '1',
  });
  return client;
}

describe('demo logon log', () => {
  const skipped: [name: string, adjust: (seed: MailboxSeed) => void, reason: string][] = [
    ['exception', (seed) => seed.policy.exceptions.push('alice@demo.test'), 'not in scope'],
    ['secure logon IP', (seed) => (seed.policy.secureIps = ['127.0.0.0/8']), 'secure logon IP'],
  ];

  it.each(skipped)('records skip by %s', async (_name, adjust, reason) => {
    const client = await start(adjust);
    await logIn(client, 'alice@demo.test');

    expect(logonsOf('alice@demo.test')).toEqual([
      {
        username: 'alice@demo.test',
        at: FIXED_TIME,
        secondFactor: 'none',
        skipReason: reason,
        trustedDevice: false,
      },
    ]);
  });

  it('records app code and trust', async () => {
    await logOnTrusted();

    const [record] = logonsOf('alice@demo.test');
    expect(record?.secondFactor).toBe('app');
    expect(record?.skipReason).toBeNull();
    expect(record?.trustedDevice).toBe(true);
  });

  it('records trusted device skip', async () => {
    const client = await logOnTrusted();
    await client.get('/logout');
    await logIn(client, 'alice@demo.test');

    const [latest, first] = logonsOf('alice@demo.test');
    expect(latest?.skipReason).toBe('trusted device');
    expect(first?.secondFactor).toBe('app');
  });

  it('records attach during logon', async () => {
    const client = await start();
    const attach = await logIn(client, 'alice@demo.test');
    const secret = readSetupKey(attach.html);
    await client.post('/login/attach', { otp: codeAt(secret, FIXED_TIME) });

    const [record] = logonsOf('alice@demo.test');
    expect(record?.secondFactor).toBe('attach');
    expect(record?.trustedDevice).toBe(false);
  });

  it('omits unfinished logons', async () => {
    const client = await start((seed) => {
      seedUser(seed, 'alice@demo.test').authenticatorSecret = KNOWN_SECRET;
    });
    await logIn(client, 'alice@demo.test');
    await client.post('/login/verify', { method: 'app', otp: '000000' });

    expect(logonsOf('alice@demo.test')).toEqual([]);
  });

  it('lists only that user', async () => {
    const client = await start((seed) => (seed.policy.enabled = false));
    await logIn(client, 'alice@demo.test');

    expect(logonsOf('bob@demo.test')).toEqual([]);
    expect(logonsOf('ALICE@demo.test')).toHaveLength(1);
  });
});
