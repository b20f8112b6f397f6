/**
 * Runs the built content script in plain Chromium on the fixture pages, with a stand-in for the
 * background worker. The stand-in decodes QR images with jsQR as the worker does, offers key
 * URIs, returns 'invalid' for a malformed otpauth URI and 'none' for any other QR code, and hands
 * out fixed codes. Every message the content script sends is kept for assertions.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Frame, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import QRCode from 'qrcode';
import { build } from 'vite';
import type {
  CodeReply,
  Envelope,
  FillOutcome,
  FillPurpose,
  QrScanOutcome,
  QrSource,
} from '../../src/shared/messages';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './browser';
import type { ExtraFile } from './pageServer';
import type { ContentScriptName } from '../../vite.content.config';

interface DecodedPng {
  width: number;
  height: number;
  data: Buffer;
}
// pngjs comes with qrcode and has no type declarations of its own.
const { PNG } = createRequire(import.meta.url)('pngjs') as {
  PNG: { sync: { read(buffer: Buffer): DecodedPng } };
};

export const KEY_URI =
  'otpauth://totp/Demo%20Mail:alice%40demo.test?secret=JBSWY3DPEHPK3PXP&issuer=Demo%20Mail';
export const KEY_URI_ZH =
  'otpauth://totp/%E6%BC%94%E7%A4%BA%E9%82%AE%E7%AE%B1:zhang%40demo.test?secret=GEZDGNBVGY3TQOJQ&issuer=%E6%BC%94%E7%A4%BA%E9%82%AE%E7%AE%B1';
export const APP_URL = 'https://apps.example.com/mail';
/** The mail system's message for a QR code that is not a valid key URI. */
export const INVALID_QR = 'Invalid QR code format. Please retry.';

/** QR images that the fixture pages load, made with the qrcode package. */
export async function qrFiles(): Promise<Record<string, ExtraFile>> {
  const png = async (text: string): Promise<ExtraFile> => ({
    type: 'image/png',
    body: await QRCode.toBuffer(text, { margin: 2, width: 240 }),
  });
  return {
    '/qr/key.png': await png(KEY_URI),
    '/qr/key-zh.png': await png(KEY_URI_ZH),
    '/qr/app.png': await png(APP_URL),
    '/qr/bad.png': await png('otpauth://totp/Demo:bob?secret=not*base32!&digits=x'),
    '/qr/key.svg': { type: 'image/svg+xml', body: await QRCode.toString(KEY_URI, { type: 'svg' }) },
  };
}

const built = new Map<ContentScriptName, Promise<string>>();

/**
 * Build one content script once per test worker, apart from the extension's other entry points:
 * content.js by default, or content-actions.js, which the worker adds to a frame on demand.
 */
export function contentScript(name: ContentScriptName = 'content.js'): Promise<string> {
  const cached = built.get(name);
  if (cached !== undefined) return cached;
  const building = (async () => {
    const outDir = mkdtempSync(path.join(tmpdir(), 'content-build-'));
    process.env.TARGET = 'chrome';
    process.env.DEMO = '1';
    process.env.CONTENT_SCRIPT = name;
    await build({ configFile: 'vite.content.config.ts', logLevel: 'warn', build: { outDir } });
    return readFileSync(path.join(outDir, name), 'utf8');
  })();
  built.set(name, building);
  return building;
}

/** A message catalog of public/_locales, as chrome.i18n reads it. */
type Catalog = Record<
  string,
  { message: string; placeholders?: Record<string, { content: string }> }
>;

function readCatalog(locale: string): Catalog {
  return JSON.parse(
    readFileSync(path.join('public/_locales', locale, 'messages.json'), 'utf8'),
  ) as Catalog;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
}

export interface StubOptions {
  hasAccount: boolean;
  /** Code of 'content.code' and 'content.attach' replies. */
  code: string;
  trustDevice: boolean;
  submit: boolean;
  /** Browser language of chrome.i18n: 'en' or 'zh_CN'. */
  locale: string;
}

export interface StubWorker {
  messages: Envelope[];
  options: StubOptions;
  /** Send 'content.fill' to a frame, as the worker does for the popup's Fill button. */
  fill(frame?: Frame, purpose?: FillPurpose | null): Promise<FillOutcome>;
}

function decode(buffer: Buffer): string | null {
  const image = PNG.sync.read(buffer);
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data ?? null;
}

async function readSource(source: QrSource): Promise<string | null> {
  const url = source.kind === 'url' ? source.url : source.dataUrl;
  if (url.startsWith('data:image/png;base64,')) {
    return decode(Buffer.from(url.slice(url.indexOf(',') + 1), 'base64'));
  }
  // Only the fixture server on loopback is ever fetched.
  if (!url.startsWith('http://127.0.0.1:')) return null;
  return decode(Buffer.from(await (await fetch(url)).arrayBuffer()));
}

function scanOutcome(text: string | null): QrScanOutcome {
  if (text === null || !text.startsWith('otpauth:')) return { status: 'none' };
  const match = /^otpauth:\/\/totp\/([^?]+)\?(.*)$/.exec(text);
  const parameters = new URLSearchParams(match?.[2] ?? '');
  if (match?.[1] === undefined || !/^[A-Z2-7]+=*$/.test(parameters.get('secret') ?? '')) {
    return { status: 'invalid', message: INVALID_QR };
  }
  const label = decodeURIComponent(match[1]).split(':').pop() ?? '';
  const issuer = parameters.get('issuer') ?? '';
  return { status: 'key', offer: { offerId: 'offer-1', issuer, label, duplicate: false } };
}

function codeReply(options: StubOptions, attach: boolean): CodeReply {
  return {
    code: options.code,
    accountId: 'account-1',
    validUntil: Date.UTC(2026, 0, 1, 0, 0, 30),
    trustDevice: options.trustDevice,
    submit: attach && options.submit,
  };
}

/**
 * Install the stand-in worker on a page before it loads. In the page's main world, chrome.runtime
 * is replaced by an object that forwards to the stand-in; the content script cannot tell.
 */
export async function installStub(
  page: Page,
  options: Partial<StubOptions> = {},
): Promise<StubWorker> {
  const stub: StubWorker = {
    messages: [],
    options: {
      hasAccount: true,
      code: '123456',
      trustDevice: false,
      submit: false,
      locale: 'en',
      ...options,
    },
    async fill(frame = page.mainFrame(), purpose = 'logon') {
      // The worker runs content-actions.js in the frame before each fill.
      await frame.addScriptTag({ content: await contentScript('content-actions.js') });
      const payload = { ...codeReply(stub.options, false), purpose };
      const reply = (await frame.evaluate(
        (envelope) =>
          (window as unknown as { deliver(message: unknown): Promise<unknown> }).deliver(envelope),
        { type: 'content.fill', payload },
      )) as { ok: boolean; value: FillOutcome };
      return reply.value;
    },
  };
  const actions = await contentScript('content-actions.js');
  await page.exposeBinding('workerStub', async ({ frame }, envelope: Envelope) => {
    stub.messages.push(envelope);
    const value = await (async () => {
      switch (envelope.type) {
        case 'content.loadActions':
          await frame.addScriptTag({ content: actions });
          return null;
        case 'content.report':
          return { locked: false, hasAccount: stub.options.hasAccount };
        case 'content.qr':
          return scanOutcome(await readSource((envelope.payload as { source: QrSource }).source));
        case 'content.attach':
          return codeReply(stub.options, true);
        default:
          return codeReply(stub.options, false);
      }
    })();
    return { ok: true, value };
  });
  const catalog = readCatalog(stub.options.locale);
  await page.addInitScript((messages: Catalog) => {
    type Listener = (
      message: unknown,
      sender: unknown,
      respond: (reply: unknown) => void,
    ) => boolean;
    const listeners: Listener[] = [];
    const scope = window as unknown as {
      chrome?: Record<string, unknown>;
      workerStub(message: unknown): Promise<unknown>;
      deliver(message: unknown): Promise<unknown>;
    };
    scope.chrome ??= {};
    scope.chrome.runtime = {
      sendMessage: (message: unknown) => scope.workerStub(message),
      onMessage: { addListener: (listener: Listener) => listeners.push(listener) },
    };
    // chrome.i18n.getMessage of the stub's locale: $NAME$ placeholders take their $1, $2 … values.
    scope.chrome.i18n = {
      getMessage(key: string, substitutions?: string | string[]) {
        const entry = messages[key];
        const values = ([] as string[]).concat(substitutions ?? []);
        return (entry?.message ?? '').replace(/\$(\w+)\$/g, (_match, name: string) => {
          const content = entry?.placeholders?.[name.toLowerCase()]?.content ?? '';
          return content.replace(
            /\$(\d)/g,
            (_digit, index: string) => values[Number(index) - 1] ?? '',
          );
        });
      },
    };
    scope.deliver = (message) =>
      new Promise((resolve) => {
        if (!listeners.some((listener) => listener(message, {}, resolve))) resolve(undefined);
      });
  }, catalog);
  return stub;
}

/** Open a fixture page and run the content script in every frame, as at document_idle. */
export async function openFixture(page: Page, url: string): Promise<void> {
  await page.goto(url);
  const script = await contentScript();
  for (const frame of page.frames()) await frame.addScriptTag({ content: script });
}

/** Messages of one type that the content script sent. */
export function sent(stub: StubWorker, type: string): unknown[] {
  return stub.messages.filter((message) => message.type === type).map((message) => message.payload);
}
