import { describe, expect, it } from 'vitest';
import type { MailboxSeed } from '../../demo/server';
import { codeAt, FIXED_TIME, KNOWN_SECRET, logIn, mailboxPerTest, seedUser } from './demo-client';

const OTP_INPUT =
  '<input id="otp" name="otp" type="text" autocomplete="one-time-code" inputmode="numeric" maxlength="6"';
const SMS_INPUT = 'name="sms_code"';
const STEP_MS = 30_000;

const start = mailboxPerTest();

function attachKnownSecret(seed: MailboxSeed, username: string): void {
  seedUser(seed, username).authenticatorSecret = KNOWN_SECRET;
}

describe('logon without second factor', () => {
  it('wrong password is rejected', async () => {
    const { client } = await start();
    await client.get('/login');
    const page = await client.post('/login', { username: 'alice@demo.test', password: 'wrong' });
    expect(page.path).toBe('/login');
    expect(page.html).toContain('The username or password is incorrect.');
  });

  const noChange = () => undefined;
  it.each<[string, (seed: MailboxSeed) => void, string, string]>([
    ['exception account enters directly', noChange, 'postmaster@demo.test', '/mail'],
    [
      'switched-off MFA enters directly',
      (seed) => (seed.policy.enabled = false),
      'alice@demo.test',
      '/mail',
    ],
    [
      'unlisted department enters directly',
      (seed) => Object.assign(seed.policy, { scope: 'chosen', departments: ['Finance'] }),
      'alice@demo.test',
      '/mail',
    ],
    [
      'listed department is asked to attach',
      (seed) => Object.assign(seed.policy, { scope: 'chosen', departments: ['Sales'] }),
      'alice@demo.test',
      '/login/attach',
    ],
    [
      'secure logon IP enters directly',
      (seed) => (seed.policy.secureIps = ['127.0.0.0/8']),
      'alice@demo.test',
      '/mail',
    ],
    [
      'other secure IP does not apply',
      (seed) => (seed.policy.secureIps = ['192.0.2.0/24']),
      'alice@demo.test',
      '/login/attach',
    ],
  ])('%s', async (_name, adjust, username, path) => {
    const { client } = await start(adjust);
    const page = await logIn(client, username);
    expect(page.path).toBe(path);
  });

  it('blocked without phone under SMS only', async () => {
    const { client } = await start((seed) => (seed.policy.methods = 'sms'));
    const page = await logIn(client, 'alice@demo.test');
    expect(page.html).toContain('this account has no secure phone');
    expect((await client.get('/mail')).path).toBe('/login');
  });
});

describe('logon with SMS code', () => {
  it('phone member gets SMS step', async () => {
    const { client } = await start();
    const page = await logIn(client, 'bob@demo.test');
    expect(page.path).toBe('/login/verify');
    expect(page.html).toContain('<label for="sms_code">SMS verification code</label>');
    expect(page.html).not.toContain('name="otp"');
    expect(page.html).not.toContain('class="tabs"');
  });

  it('sent SMS code logs on', async () => {
    const { mailbox, client } = await start((seed) => (seed.policy.methods = 'sms'));
    await logIn(client, 'bob@demo.test');
    const sent = await client.post('/login/sms');
    expect(sent.html).toContain('A code was sent to');
    const [sms] = mailbox.smsOutbox('bob@demo.test');
    const page = await client.post('/login/verify', { method: 'sms', sms_code: sms?.code ?? '' });
    expect(page.path).toBe('/mail');
  });

  it('SMS code works only once', async () => {
    const { mailbox, client } = await start();
    await logIn(client, 'bob@demo.test');
    await client.post('/login/sms');
    const code = mailbox.smsOutbox('bob@demo.test')[0]?.code ?? '';
    await client.post('/login/verify', { method: 'sms', sms_code: code });
    await client.get('/logout');
    await logIn(client, 'bob@demo.test');
    const page = await client.post('/login/verify', { method: 'sms', sms_code: code });
    expect(page.html).toContain('The SMS verification code is incorrect or has expired.');
  });

  it('expired SMS code is rejected', async () => {
    const { mailbox, client, clock } = await start();
    await logIn(client, 'bob@demo.test');
    await client.post('/login/sms');
    clock.now += 5 * 60_000 + 1;
    const code = mailbox.smsOutbox('bob@demo.test')[0]?.code ?? '';
    const page = await client.post('/login/verify', { method: 'sms', sms_code: code });
    expect(page.path).toBe('/login/verify');
  });

  it('outbox page lists SMS', async () => {
    const { client } = await start();
    await logIn(client, 'bob@demo.test');
    await client.post('/login/sms');
    const page = await client.get('/demo/phone');
    expect(page.html).toMatch(/Demo Mail verification code: \d{6}\./);
  });
});

describe('logon with authenticator code', () => {
  it('app member gets OTP step', async () => {
    const { client } = await start((seed) => attachKnownSecret(seed, 'alice@demo.test'));
    const page = await logIn(client, 'alice@demo.test');
    expect(page.html).toContain(OTP_INPUT);
    expect(page.html).toContain('<label for="otp">Verification code</label>');
    expect(page.html).not.toContain(SMS_INPUT);
    expect(page.html).toContain('Set as trusted device');
  });

  it('current code logs on', async () => {
    const { client } = await start((seed) => attachKnownSecret(seed, 'alice@demo.test'));
    await logIn(client, 'alice@demo.test');
    const page = await client.post('/login/verify', {
      method: 'app',
      otp: codeAt(KNOWN_SECRET, FIXED_TIME),
    });
    expect(page.path).toBe('/mail');
  });

  it('code one step old passes', async () => {
    const { client } = await start((seed) => attachKnownSecret(seed, 'alice@demo.test'));
    await logIn(client, 'alice@demo.test');
    const page = await client.post('/login/verify', {
      otp: codeAt(KNOWN_SECRET, FIXED_TIME - STEP_MS),
    });
    expect(page.path).toBe('/mail');
  });

  it('wrong code is rejected', async () => {
    const { client } = await start((seed) => attachKnownSecret(seed, 'alice@demo.test'));
    await logIn(client, 'alice@demo.test');
    const page = await client.post('/login/verify', {
      otp: codeAt(KNOWN_SECRET, FIXED_TIME - 2 * STEP_MS),
    });
    expect(page.path).toBe('/login/verify');
    expect(page.html).toContain('The verification code is incorrect or has expired.');
    expect((await client.get('/mail')).path).toBe('/login');
  });

  it('five wrong codes cancel logon', async () => {
    const { client } = await start((seed) => attachKnownSecret(seed, 'alice@demo.test'));
    await logIn(client, 'alice@demo.test');
    let page = await client.post('/login/verify', { otp: '000000' });
    for (let attempt = 2; attempt <= 5; attempt++)
      page = await client.post('/login/verify', { otp: '000000' });
    expect(page.html).toContain('Too many incorrect codes');
    const after = await client.post('/login/verify', { otp: codeAt(KNOWN_SECRET, FIXED_TIME) });
    expect(after.html).toContain('Your logon has expired.');
  });
});

describe('logon with both methods', () => {
  const both = (seed: MailboxSeed) => {
    seed.policy.methods = 'both';
    attachKnownSecret(seed, 'bob@demo.test');
  };

  it('offers method switch', async () => {
    const { client } = await start(both);
    const page = await logIn(client, 'bob@demo.test');
    expect(page.html).toContain('<a href="/login/verify?method=sms">Secure phone</a>');
    expect(page.html).toContain(
      '<a href="/login/verify?method=app" aria-current="page">Authenticator App</a>',
    );
    expect(page.html).toContain(OTP_INPUT);
  });

  it('switch shows SMS field', async () => {
    const { client } = await start(both);
    await logIn(client, 'bob@demo.test');
    const page = await client.get('/login/verify?method=sms');
    expect(page.html).toContain(SMS_INPUT);
    expect(page.html).not.toContain('name="otp"');
  });

  it('authenticator code passes', async () => {
    const { client } = await start(both);
    await logIn(client, 'bob@demo.test');
    const page = await client.post('/login/verify', {
      method: 'app',
      otp: codeAt(KNOWN_SECRET, FIXED_TIME),
    });
    expect(page.path).toBe('/mail');
  });

  it('SMS code passes', async () => {
    const { mailbox, client } = await start(both);
    await logIn(client, 'bob@demo.test');
    await client.post('/login/sms');
    const code = mailbox.smsOutbox('bob@demo.test')[0]?.code ?? '';
    const page = await client.post('/login/verify', { method: 'sms', sms_code: code });
    expect(page.path).toBe('/mail');
  });

  it('app-only policy hides SMS', async () => {
    const { client } = await start((seed) => attachKnownSecret(seed, 'bob@demo.test'));
    const page = await logIn(client, 'bob@demo.test');
    expect(page.html).not.toContain('class="tabs"');
    expect(page.html).not.toContain(SMS_INPUT);
  });
});

describe('trusted device', () => {
  const withApp = (seed: MailboxSeed) => {
    attachKnownSecret(seed, 'alice@demo.test');
    seed.users.push({ ...seedUser(seed, 'alice@demo.test'), username: 'carol@demo.test' });
  };

  it('ticked box skips next code', async () => {
    const { client } = await start(withApp);
    await logIn(client, 'alice@demo.test');
    await client.post('/login/verify', {
      otp: codeAt(KNOWN_SECRET, FIXED_TIME),
      trust_device: '1',
    });
    expect(client.cookies.has('demo_trusted')).toBe(true);
    await client.get('/logout');
    const page = await logIn(client, 'alice@demo.test');
    expect(page.path).toBe('/mail');
  });

  it('unticked box keeps code step', async () => {
    const { client } = await start(withApp);
    await logIn(client, 'alice@demo.test');
    await client.post('/login/verify', { otp: codeAt(KNOWN_SECRET, FIXED_TIME) });
    await client.get('/logout');
    const page = await logIn(client, 'alice@demo.test');
    expect(page.path).toBe('/login/verify');
  });

  it('token serves its own member only', async () => {
    const { client } = await start(withApp);
    await logIn(client, 'alice@demo.test');
    await client.post('/login/verify', {
      otp: codeAt(KNOWN_SECRET, FIXED_TIME),
      trust_device: '1',
    });
    await client.get('/logout');
    const page = await logIn(client, 'carol@demo.test');
    expect(page.path).toBe('/login/verify');
  });

  it('token expires after 30 days', async () => {
    const { client, clock } = await start(withApp);
    await logIn(client, 'alice@demo.test');
    await client.post('/login/verify', {
      otp: codeAt(KNOWN_SECRET, FIXED_TIME),
      trust_device: '1',
    });
    await client.get('/logout');
    clock.now += 31 * 24 * 60 * 60_000;
    const page = await logIn(client, 'alice@demo.test');
    expect(page.path).toBe('/login/verify');
  });
});

describe('logon in Chinese', () => {
  it('renders logon form', async () => {
    const { client } = await start();
    const page = await client.get('/login?lang=zh');
    expect(page.html).toContain('<html lang="zh-CN">');
    expect(page.html).toContain('<button type="submit">登录</button>');
    expect(page.html).toContain('<label for="username">账号</label>');
  });

  it('renders OTP step', async () => {
    const { client } = await start((seed) => attachKnownSecret(seed, 'alice@demo.test'));
    const page = await logIn(client, 'alice@demo.test', 'zh');
    expect(page.html).toContain('<label for="otp">验证码</label>');
    expect(page.html).toContain('设为信任设备');
  });

  it('renders SMS step', async () => {
    const { client } = await start((seed) => {
      seed.policy.methods = 'both';
      attachKnownSecret(seed, 'bob@demo.test');
    });
    await logIn(client, 'bob@demo.test', 'zh');
    const page = await client.get('/login/verify?method=sms');
    expect(page.html).toContain('<label for="sms_code">短信验证码</label>');
    expect(page.html).toContain('>安全手机</a>');
    expect(page.html).toContain('>身份验证器</a>');
  });

  it('rejects wrong code in Chinese', async () => {
    const { client } = await start((seed) => attachKnownSecret(seed, 'alice@demo.test'));
    await logIn(client, 'alice@demo.test', 'zh');
    const page = await client.post('/login/verify', { otp: '000000' });
    expect(page.html).toContain('验证码错误或已过期');
  });

  it('English query resets language', async () => {
    const { client } = await start();
    await client.get('/login?lang=zh');
    const page = await client.get('/login?lang=en');
    expect(page.html).toContain('<html lang="en">');
  });
});

describe('sessions and forms', () => {
  it('POST without CSRF token fails', async () => {
    const { client } = await start();
    await client.get('/login');
    const body = new URLSearchParams({
      username: 'postmaster@demo.test',
      password: 'demo-password',
    });
    const page = await client.postRaw('/login', body);
    expect(page.status).toBe(403);
  });

  it('logon rotates session cookie', async () => {
    const { client } = await start();
    await client.get('/login');
    const before = client.cookies.get('demo_session');
    await logIn(client, 'postmaster@demo.test');
    expect(client.cookies.get('demo_session')).not.toBe(before);
  });

  it('logout ends session', async () => {
    const { client } = await start();
    await logIn(client, 'postmaster@demo.test');
    await client.get('/logout');
    expect((await client.get('/mail')).path).toBe('/login');
  });

  it('Date header follows server clock', async () => {
    const { mailbox } = await start();
    const response = await fetch(`${mailbox.url}/login`);
    expect(response.headers.get('date')).toBe(new Date(FIXED_TIME).toUTCString());
  });

  it('no CSP header by default', async () => {
    const { mailbox } = await start();
    const response = await fetch(`${mailbox.url}/login`);
    expect(response.headers.get('content-security-policy')).toBeNull();
  });

  it('sends configured CSP header', async () => {
    const policy = "default-src 'self'";
    const { mailbox } = await start(undefined, { contentSecurityPolicy: policy });
    const response = await fetch(`${mailbox.url}/login`);
    expect(response.headers.get('content-security-policy')).toBe(policy);
  });

  it('unknown path returns 404', async () => {
    const { client } = await start();
    expect((await client.get('/nowhere')).status).toBe(404);
  });
});
