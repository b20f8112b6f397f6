import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';
import type { Mailbox } from '../../demo/server';
import { decodeBase32 } from '../../demo/base32';
import {
  codeAt,
  FIXED_TIME,
  KNOWN_SECRET,
  logIn,
  mailboxPerTest,
  MailboxClient,
  readSetupKey,
  seedUser,
  type Page,
} from './demo-client';

const ATTACH_PATH = '/settings/security/authenticator/attach';
const OTP_INPUT =
  '<input id="otp" name="otp" type="text" autocomplete="one-time-code" inputmode="numeric" maxlength="6"';

const start = mailboxPerTest();

beforeAll(() => {
  // zxing-wasm fetches its binary from a CDN unless given one; tests stay offline.
  const wasmPath = createRequire(import.meta.url).resolve('zxing-wasm/reader/zxing_reader.wasm');
  prepareZXingModule({ overrides: { wasmBinary: readFileSync(wasmPath).buffer } });
});

function qrPath(page: Page): string {
  const path = /<img class="qr" src="([^"]+)"/.exec(page.html)?.[1];
  if (path === undefined) throw new Error('The page shows no QR image.');
  return path.replace(/&amp;/g, '&');
}

async function logInBobBySms(
  mailbox: Mailbox,
  client: MailboxClient,
  lang?: 'en' | 'zh',
): Promise<void> {
  await logIn(client, 'bob@demo.test', lang);
  await client.post('/login/sms');
  const code = mailbox.smsOutbox('bob@demo.test')[0]?.code ?? '';
  await client.post('/login/verify', { method: 'sms', sms_code: code });
}

describe('attach during logon (Method 1)', () => {
  it('shows attach page after password', async () => {
    const { client } = await start();
    const page = await logIn(client, 'alice@demo.test');
    expect(page.path).toBe('/login/attach');
    expect(page.html).toContain('<h1>Attach Authenticator</h1>');
    expect(page.html).toContain('<summary>Can&#39;t scan?</summary>');
    expect(page.html).toContain(OTP_INPUT);
    expect(page.html).toContain('<button type="submit">Attach Now</button>');
  });

  it('keeps mailbox closed before attaching', async () => {
    const { client } = await start();
    await logIn(client, 'alice@demo.test');
    expect((await client.get('/mail')).path).toBe('/login');
  });

  it('QR image decodes to key URI', async () => {
    const { client } = await start();
    const page = await logIn(client, 'alice@demo.test');
    const image = await client.fetchBytes(qrPath(page));
    expect(image.contentType).toBe('image/png');
    const [barcode] = await readBarcodes(image.bytes, { formats: ['QRCode'] });
    const uri = new URL(barcode?.text ?? 'invalid:');
    expect(`${uri.protocol}//${uri.host}`).toBe('otpauth://totp');
    expect(decodeURIComponent(uri.pathname)).toBe('/Demo Mail:alice@demo.test');
    expect(uri.searchParams.get('issuer')).toBe('Demo Mail');
    expect(uri.searchParams.get('secret')).toBe(readSetupKey(page.html));
  });

  it('secret has 160 bits', async () => {
    const { client } = await start();
    const page = await logIn(client, 'alice@demo.test');
    expect(decodeBase32(readSetupKey(page.html))?.length).toBe(20);
  });

  it('each visit shows fresh secret', async () => {
    const { client } = await start();
    const first = await logIn(client, 'alice@demo.test');
    const second = await client.get('/login/attach');
    expect(readSetupKey(second.html)).not.toBe(readSetupKey(first.html));
    expect((await client.fetchBytes(qrPath(first))).status).toBe(404);
  });

  it('QR image needs the session', async () => {
    const { mailbox, client } = await start();
    const page = await logIn(client, 'alice@demo.test');
    const stranger = new MailboxClient(mailbox.url);
    expect((await stranger.fetchBytes(qrPath(page))).status).toBe(404);
  });

  it('wrong code shows error', async () => {
    const { mailbox, client } = await start();
    const page = await logIn(client, 'alice@demo.test');
    const secret = readSetupKey(page.html);
    const retry = await client.post('/login/attach', { otp: codeAt(secret, FIXED_TIME - 60_000) });
    expect(retry.html).toContain('The verification code is incorrect or has expired.');
    expect(readSetupKey(retry.html)).toBe(secret);
    expect(mailbox.users.get('alice@demo.test')?.authenticatorSecret).toBeNull();
  });

  it('correct code attaches and enters', async () => {
    const { mailbox, client } = await start();
    const page = await logIn(client, 'alice@demo.test');
    const secret = readSetupKey(page.html);
    const done = await client.post('/login/attach', { otp: codeAt(secret, FIXED_TIME) });
    expect(done.html).toContain('Attachment successful');
    expect(done.html).toContain('<a href="/mail">Continue to mailbox</a>');
    expect(mailbox.users.get('alice@demo.test')?.authenticatorSecret).toBe(secret);
    expect((await client.get('/mail')).path).toBe('/mail');
  });

  it('next logon asks for code', async () => {
    const { client } = await start();
    const page = await logIn(client, 'alice@demo.test');
    await client.post('/login/attach', { otp: codeAt(readSetupKey(page.html), FIXED_TIME) });
    await client.get('/logout');
    expect((await logIn(client, 'alice@demo.test')).path).toBe('/login/verify');
  });

  it('renders in Chinese', async () => {
    const { client } = await start();
    const page = await logIn(client, 'alice@demo.test', 'zh');
    expect(page.html).toContain('<h1>绑定身份验证器</h1>');
    expect(page.html).toContain('<button type="submit">立即绑定</button>');
    expect(page.html).toContain('<label for="otp">验证码</label>');
    const done = await client.post('/login/attach', {
      otp: codeAt(readSetupKey(page.html), FIXED_TIME),
    });
    expect(done.html).toContain('绑定成功');
  });
});

describe('attach in settings (Method 2)', () => {
  it('phone member enters by SMS', async () => {
    const { mailbox, client } = await start();
    await logInBobBySms(mailbox, client);
    expect((await client.get('/mail')).path).toBe('/mail');
  });

  it('security page links attach', async () => {
    const { mailbox, client } = await start();
    await logInBobBySms(mailbox, client);
    const page = await client.get('/settings/security');
    expect(page.html).toContain('Settings &gt; Account and Security &gt;');
    expect(page.html).toContain(`<a href="${ATTACH_PATH}">Attach Authenticator</a>`);
  });

  it('correct code attaches', async () => {
    const { mailbox, client } = await start();
    await logInBobBySms(mailbox, client);
    const page = await client.get(ATTACH_PATH);
    const secret = readSetupKey(page.html);
    const done = await client.post(ATTACH_PATH, { otp: codeAt(secret, FIXED_TIME) });
    expect(done.html).toContain('Attachment successful');
    expect(mailbox.users.get('bob@demo.test')?.authenticatorSecret).toBe(secret);
  });

  it('wrong code shows error', async () => {
    const { mailbox, client } = await start();
    await logInBobBySms(mailbox, client);
    await client.get(ATTACH_PATH);
    const page = await client.post(ATTACH_PATH, { otp: '000000' });
    expect(page.html).toContain('The verification code is incorrect or has expired.');
    expect(mailbox.users.get('bob@demo.test')?.authenticatorSecret).toBeNull();
  });

  it('renders in Chinese', async () => {
    const { mailbox, client } = await start();
    await logInBobBySms(mailbox, client, 'zh');
    const page = await client.get(ATTACH_PATH);
    expect(page.html).toContain('设置 &gt; 账号与安全 &gt;');
    expect(page.html).toContain('<button type="submit">立即绑定</button>');
    const done = await client.post(ATTACH_PATH, {
      otp: codeAt(readSetupKey(page.html), FIXED_TIME),
    });
    expect(done.html).toContain('绑定成功');
  });

  it('rejects second authenticator', async () => {
    const { client } = await start((seed) => {
      seed.policy.enabled = false;
      seedUser(seed, 'alice@demo.test').authenticatorSecret = KNOWN_SECRET;
    });
    await logIn(client, 'alice@demo.test');
    const page = await client.get(ATTACH_PATH);
    expect(page.status).toBe(409);
    expect(page.html).toContain('An authenticator is already attached.');
  });

  it('rejects under SMS-only policy', async () => {
    const { mailbox, client } = await start((seed) => (seed.policy.methods = 'sms'));
    await logInBobBySms(mailbox, client);
    const page = await client.get(ATTACH_PATH);
    expect(page.status).toBe(409);
    expect(page.html).not.toContain('name="otp"');
  });
});
