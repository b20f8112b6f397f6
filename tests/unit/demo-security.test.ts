import { describe, expect, it } from 'vitest';
import type { Mailbox, MailboxSeed } from '../../demo/server';
import { DEMO_PASSWORD } from '../../demo/seed';
import {
  codeAt,
  FIXED_TIME,
  KNOWN_SECRET,
  logIn,
  mailboxPerTest,
  MailboxClient,
  seedUser,
} from './demo-client';

const DELETE_PATH = '/settings/security/authenticator/delete';
const CONFIRM_PATH = `${DELETE_PATH}/confirm`;
const CLIENT_PASSWORD_PATH = '/settings/security/client-password';

const start = mailboxPerTest();

/** Alice has the known authenticator and enters with it; Bob keeps his phone only. */
function aliceWithApp(seed: MailboxSeed): void {
  seedUser(seed, 'alice@demo.test').authenticatorSecret = KNOWN_SECRET;
}

async function logInAlice(client: MailboxClient, lang?: 'en' | 'zh'): Promise<void> {
  await logIn(client, 'alice@demo.test', lang);
  await client.post('/login/verify', { otp: codeAt(KNOWN_SECRET, FIXED_TIME) });
}

async function logInBob(mailbox: Mailbox, client: MailboxClient): Promise<void> {
  await logIn(client, 'bob@demo.test');
  await client.post('/login/sms');
  await client.post('/login/verify', {
    sms_code: mailbox.smsOutbox('bob@demo.test')[0]?.code ?? '',
  });
}

describe('delete authenticator', () => {
  it('code step asks for code', async () => {
    const { client } = await start(aliceWithApp);
    await logInAlice(client);
    const page = await client.get(DELETE_PATH);
    expect(page.html).toContain('<h1>Delete Authenticator</h1>');
    expect(page.html).toContain('<input id="otp" name="otp"');
    expect(page.html).toContain('<button type="submit">Next</button>');
  });

  it('full flow deletes authenticator', async () => {
    const { mailbox, client } = await start(aliceWithApp);
    await logInAlice(client);
    await client.get(DELETE_PATH);
    const confirm = await client.post(DELETE_PATH, { otp: codeAt(KNOWN_SECRET, FIXED_TIME) });
    expect(confirm.path).toBe(CONFIRM_PATH);
    expect(confirm.html).toContain('<button type="submit" class="danger">Delete</button>');
    const done = await client.post(CONFIRM_PATH);
    expect(done.html).toContain('Authenticator deleted');
    expect(mailbox.users.get('alice@demo.test')?.authenticatorSecret).toBeNull();
  });

  it('wrong code keeps authenticator', async () => {
    const { mailbox, client } = await start(aliceWithApp);
    await logInAlice(client);
    await client.get(DELETE_PATH);
    const page = await client.post(DELETE_PATH, { otp: '000000' });
    expect(page.path).toBe(DELETE_PATH);
    expect(page.html).toContain('The verification code is incorrect or has expired.');
    expect(mailbox.users.get('alice@demo.test')?.authenticatorSecret).toBe(KNOWN_SECRET);
  });

  it('confirm page needs verified code', async () => {
    const { client } = await start(aliceWithApp);
    await logInAlice(client);
    expect((await client.get(CONFIRM_PATH)).path).toBe(DELETE_PATH);
  });

  it('confirm POST needs verified code', async () => {
    const { mailbox, client } = await start(aliceWithApp);
    await logInAlice(client);
    await client.get(DELETE_PATH);
    const page = await client.post(CONFIRM_PATH);
    expect(page.status).toBe(409);
    expect(mailbox.users.get('alice@demo.test')?.authenticatorSecret).toBe(KNOWN_SECRET);
  });

  it('approval expires after five minutes', async () => {
    const { mailbox, client, clock } = await start(aliceWithApp);
    await logInAlice(client);
    await client.get(DELETE_PATH);
    await client.post(DELETE_PATH, { otp: codeAt(KNOWN_SECRET, FIXED_TIME) });
    clock.now += 5 * 60_000 + 1;
    await client.post(CONFIRM_PATH);
    expect(mailbox.users.get('alice@demo.test')?.authenticatorSecret).toBe(KNOWN_SECRET);
  });

  it('renders in Chinese', async () => {
    const { client } = await start(aliceWithApp);
    await logInAlice(client, 'zh');
    const page = await client.get(DELETE_PATH);
    expect(page.html).toContain('<h1>删除身份验证器</h1>');
    expect(page.html).toContain('<button type="submit">下一步</button>');
    await client.post(DELETE_PATH, { otp: codeAt(KNOWN_SECRET, FIXED_TIME) });
    expect((await client.post(CONFIRM_PATH)).html).toContain('身份验证器已删除');
  });
});

describe('client security password', () => {
  it('phone member verifies by SMS', async () => {
    const { mailbox, client } = await start();
    await logInBob(mailbox, client);
    const page = await client.get(CLIENT_PASSWORD_PATH);
    expect(page.html).toContain('<label for="sms_code">SMS verification code</label>');
    expect(page.html).not.toContain('name="otp"');
  });

  it('SMS code shows password once', async () => {
    const { mailbox, client } = await start();
    await logInBob(mailbox, client);
    await client.get(CLIENT_PASSWORD_PATH);
    await client.post(`${CLIENT_PASSWORD_PATH}/sms`);
    const code = mailbox.smsOutbox('bob@demo.test')[0]?.code ?? '';
    const page = await client.post(CLIENT_PASSWORD_PATH, { sms_code: code });
    const password = /id="client-password">([A-Za-z0-9]{16})</.exec(page.html)?.[1] ?? '';
    expect(mailbox.checkClientLogon('bob@demo.test', password)).toBe(true);
    expect((await client.get(CLIENT_PASSWORD_PATH)).html).not.toContain(password);
  });

  it('app member verifies by code', async () => {
    const { mailbox, client } = await start(aliceWithApp);
    await logInAlice(client);
    await client.get(CLIENT_PASSWORD_PATH);
    const page = await client.post(CLIENT_PASSWORD_PATH, { otp: codeAt(KNOWN_SECRET, FIXED_TIME) });
    const password = /id="client-password">([A-Za-z0-9]{16})</.exec(page.html)?.[1] ?? '';
    expect(mailbox.checkClientLogon('alice@demo.test', password)).toBe(true);
  });

  it('wrong code shows no password', async () => {
    const { client } = await start(aliceWithApp);
    await logInAlice(client);
    await client.get(CLIENT_PASSWORD_PATH);
    const page = await client.post(CLIENT_PASSWORD_PATH, { otp: '000000' });
    expect(page.html).toContain('The verification code is incorrect or has expired.');
    expect(page.html).not.toContain('id="client-password"');
  });

  it('member without factors is told', async () => {
    const { client } = await start((seed) => (seed.policy.enabled = false));
    await logIn(client, 'alice@demo.test');
    const page = await client.get(CLIENT_PASSWORD_PATH);
    expect(page.html).toContain('Attach a secure phone or an authenticator first');
  });

  it('forced policy rejects account password', async () => {
    const { mailbox } = await start((seed) => (seed.policy.forceClientPassword = true));
    expect(mailbox.checkClientLogon('bob@demo.test', DEMO_PASSWORD)).toBe(false);
  });

  it('unforced policy accepts account password', async () => {
    const { mailbox } = await start();
    expect(mailbox.checkClientLogon('bob@demo.test', DEMO_PASSWORD)).toBe(true);
  });

  it('forced policy shows notice', async () => {
    const { mailbox, client } = await start((seed) => (seed.policy.forceClientPassword = true));
    await logInBob(mailbox, client);
    const page = await client.get(CLIENT_PASSWORD_PATH);
    expect(page.html).toContain('Your administrator requires a client security password');
  });

  it('deleted password stops working', async () => {
    const { mailbox, client } = await start(aliceWithApp);
    await logInAlice(client);
    await client.get(CLIENT_PASSWORD_PATH);
    const page = await client.post(CLIENT_PASSWORD_PATH, { otp: codeAt(KNOWN_SECRET, FIXED_TIME) });
    const password = /id="client-password">([A-Za-z0-9]{16})</.exec(page.html)?.[1] ?? '';
    await client.get(CLIENT_PASSWORD_PATH);
    await client.post(`${CLIENT_PASSWORD_PATH}/delete`);
    expect(mailbox.checkClientLogon('alice@demo.test', password)).toBe(false);
  });

  it('renders in Chinese', async () => {
    const { client } = await start(aliceWithApp);
    await logInAlice(client, 'zh');
    const page = await client.get(CLIENT_PASSWORD_PATH);
    expect(page.html).toContain('<h1>客户端安全密码</h1>');
    expect(page.html).toContain('<label for="otp">验证码</label>');
  });
});

describe('administrator console', () => {
  const defaults = {
    enabled: '1',
    scope: 'all',
    methods: 'app',
    accounts: '',
    exceptions: 'postmaster@demo.test',
    secure_ips: '',
  };

  async function openConsole(client: MailboxClient): Promise<void> {
    await logIn(client, 'postmaster@demo.test');
    await client.get('/admin');
  }

  it('rejects other members', async () => {
    const { client } = await start(aliceWithApp);
    await logInAlice(client);
    expect((await client.get('/admin')).status).toBe(403);
  });

  it('saves methods into policy', async () => {
    const { mailbox, client } = await start();
    await openConsole(client);
    const page = await client.post('/admin', { ...defaults, methods: 'both' });
    expect(page.html).toContain('Settings saved.');
    expect(mailbox.admin.methods).toBe('both');
  });

  it('saves scope and exceptions', async () => {
    const { mailbox, client } = await start();
    await openConsole(client);
    const form = {
      ...defaults,
      scope: 'chosen',
      departments: 'Finance',
      exceptions: 'postmaster@demo.test\nBOB@demo.test',
    };
    await client.post('/admin', form);
    expect(mailbox.admin.scope).toBe('chosen');
    expect(mailbox.admin.departments).toEqual(['Finance']);
    expect(mailbox.admin.exceptions).toEqual(['postmaster@demo.test', 'bob@demo.test']);
  });

  it('unchecked switch turns MFA off', async () => {
    const { mailbox, client } = await start();
    await openConsole(client);
    const unchecked = Object.entries(defaults).filter(([name]) => name !== 'enabled');
    await client.post('/admin', Object.fromEntries(unchecked));
    expect(mailbox.admin.enabled).toBe(false);
  });

  it('rejects invalid secure IP', async () => {
    const { mailbox, client } = await start();
    await openConsole(client);
    const page = await client.post('/admin', { ...defaults, secure_ips: '127.0.0.1\nnot-an-ip' });
    expect(page.html).toContain('These lines are not IP addresses or IPv4 ranges: not-an-ip.');
    expect(mailbox.admin.secureIps).toEqual([]);
  });

  it('rejects unknown account', async () => {
    const { mailbox, client } = await start();
    await openConsole(client);
    const page = await client.post('/admin', { ...defaults, exceptions: 'nobody@demo.test' });
    expect(page.html).toContain('These accounts do not exist: nobody@demo.test.');
    expect(mailbox.admin.exceptions).toEqual(['postmaster@demo.test']);
  });

  it('saved secure IP skips code', async () => {
    const { mailbox, client } = await start(aliceWithApp);
    await openConsole(client);
    await client.post('/admin', { ...defaults, secure_ips: '127.0.0.1' });
    const member = new MailboxClient(mailbox.url);
    expect((await logIn(member, 'alice@demo.test')).path).toBe('/mail');
  });

  it('renders in Chinese', async () => {
    const { client } = await start();
    await logIn(client, 'postmaster@demo.test', 'zh');
    const page = await client.get('/admin');
    expect(page.html).toContain('开启多因子认证');
    expect(page.html).toContain('安全登录 IP(每行一个)');
  });
});

describe('page rendering', () => {
  it('escapes member data', async () => {
    const { client } = await start((seed) => {
      seed.policy.enabled = false;
      seedUser(seed, 'alice@demo.test').displayName = '<script>alert(1)</script>';
    });
    const page = await logIn(client, 'alice@demo.test');
    expect(page.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page.html).not.toContain('<script>');
  });

  it('inbox lists messages', async () => {
    const { client } = await start();
    const page = await logIn(client, 'postmaster@demo.test');
    expect(page.html).toContain('Multi-factor authentication is now on');
    expect(page.html).toContain('<a href="/logout">Log out</a>');
  });
});
