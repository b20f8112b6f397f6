import { describe, expect, it } from 'vitest';
import type { QrSource } from '../../src/shared/messages';
import {
  loadQrImage,
  loadQrSource,
  MAX_IMAGE_BYTES,
  type LoadOptions,
} from '../../src/background/qr/load';
import { ExtensionError } from '../../src/shared/errors';
import { unwrap } from './otp-result';

const PNG_HEADER = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

interface Drawn {
  width: number;
  height: number;
}

/** Fakes of the worker's image globals, recording the size the bitmap was drawn at. */
function fakes(
  bitmapSize: Drawn,
  response?: Response | Error,
): LoadOptions & { drawn: Drawn[]; closed: number[] } {
  const drawn: Drawn[] = [];
  const closed: number[] = [];
  return {
    drawn,
    closed,
    fetch: () => {
      if (response instanceof Error) return Promise.reject(response);
      return Promise.resolve(
        response ?? new Response(PNG_HEADER, { headers: { 'content-type': 'image/png' } }),
      );
    },
    createImageBitmap: () =>
      Promise.resolve({ ...bitmapSize, close: () => closed.push(1) } as unknown as ImageBitmap),
    createCanvas: (width, height) =>
      ({
        getContext: () => ({
          drawImage: (
            _bitmap: unknown,
            _x: number,
            _y: number,
            drawWidth: number,
            drawHeight: number,
          ) => drawn.push({ width: drawWidth, height: drawHeight }),
          getImageData: (_x: number, _y: number, readWidth: number, readHeight: number) => ({
            data: new Uint8ClampedArray(readWidth * readHeight * 4),
            width: readWidth,
            height: readHeight,
          }),
        }),
        width,
        height,
      }) as unknown as OffscreenCanvas,
  };
}

const URL_SOURCE: QrSource = { kind: 'url', url: 'https://mail.example.com/qr.png' };

async function message(source: QrSource | Blob, options: LoadOptions): Promise<string> {
  const result = await loadQrImage(source, options);
  return result.ok ? '' : result.message;
}

describe('loadQrImage', () => {
  it('reads pixels of a URL', async () => {
    const pixels = unwrap(await loadQrImage(URL_SOURCE, fakes({ width: 300, height: 200 })));
    expect([pixels.width, pixels.height]).toEqual([300, 200]);
    expect(pixels.data.length).toBe(300 * 200 * 4);
  });

  it('reads a data URL', async () => {
    const dataUrl = `data:image/png;base64,${Buffer.from(PNG_HEADER).toString('base64')}`;
    const source: QrSource = { kind: 'pixels', width: 10, height: 10, dataUrl };
    const result = await loadQrImage(source, { ...fakes({ width: 10, height: 10 }), fetch });
    expect(result.ok).toBe(true);
  });

  it('reads a Blob', async () => {
    const blob = new Blob([PNG_HEADER], { type: 'image/png' });
    const result = await loadQrImage(blob, fakes({ width: 10, height: 10 }));
    expect(result.ok).toBe(true);
  });

  it('scales down very large images', async () => {
    const options = fakes({ width: 8000, height: 2000 });
    await loadQrImage(URL_SOURCE, options);
    expect(options.drawn).toEqual([{ width: 4096, height: 1024 }]);
  });

  it('closes the bitmap', async () => {
    const options = fakes({ width: 10, height: 10 });
    await loadQrImage(URL_SOURCE, options);
    expect(options.closed).toHaveLength(1);
  });

  it.each([
    ['invalid URL', { kind: 'url', url: 'not a url' }, undefined, 'not a valid URL'],
    [
      'file scheme',
      { kind: 'url', url: 'file:///etc/passwd' },
      undefined,
      '"file:", which is not supported',
    ],
    ['javascript scheme', { kind: 'url', url: 'javascript:alert(1)' }, undefined, 'not supported'],
    [
      'pixels not data URL',
      { kind: 'pixels', width: 1, height: 1, dataUrl: 'https://a.example/x.png' },
      undefined,
      'data: URL',
    ],
    ['network failure', URL_SOURCE, new TypeError('offline'), 'could not be downloaded'],
    ['HTTP error', URL_SOURCE, new Response('', { status: 404 }), 'HTTP 404'],
    [
      'HTML page',
      URL_SOURCE,
      new Response('<html>', { headers: { 'content-type': 'text/html' } }),
      'not an image',
    ],
    [
      'empty body',
      URL_SOURCE,
      new Response(new Uint8Array(0), { headers: { 'content-type': 'image/png' } }),
      'empty',
    ],
    [
      'declared oversize body',
      URL_SOURCE,
      new Response(PNG_HEADER, {
        headers: { 'content-type': 'image/png', 'content-length': String(MAX_IMAGE_BYTES + 1) },
      }),
      'more than the maximum of 16.0 MB',
    ],
  ] as const)('rejects %s', async (_name, source, response, reason) => {
    expect(await message(source, fakes({ width: 10, height: 10 }, response))).toContain(reason);
  });

  it('rejects interrupted download', async () => {
    const body = new ReadableStream({
      start: (controller) => controller.error(new Error('reset')),
    });
    const response = new Response(body, { headers: { 'content-type': 'image/png' } });
    expect(await message(URL_SOURCE, fakes({ width: 10, height: 10 }, response))).toContain(
      'interrupted',
    );
  });

  it('rejects oversize blob', async () => {
    const blob = new Blob([new Uint8Array(MAX_IMAGE_BYTES + 1)], { type: 'image/png' });
    expect(await message(blob, fakes({ width: 10, height: 10 }))).toContain(
      'more than the maximum',
    );
  });

  it('rejects too many pixels', async () => {
    expect(await message(URL_SOURCE, fakes({ width: 20000, height: 20000 }))).toContain('Crop it');
  });

  it('rejects undecodable image', async () => {
    const options = {
      ...fakes({ width: 1, height: 1 }),
      createImageBitmap: () => Promise.reject(new Error('bad')),
    };
    expect(await message(URL_SOURCE, options)).toContain('not an image, or it is damaged');
  });

  it('rejects origin not allowed', async () => {
    const options = {
      ...fakes({ width: 10, height: 10 }),
      allowedOrigins: ['https://qiye.aliyun.com'],
    };
    expect(await message(URL_SOURCE, options)).toContain('not one of your mail sites');
  });

  it('accepts allowed origin', async () => {
    const options = {
      ...fakes({ width: 10, height: 10 }),
      allowedOrigins: ['https://mail.example.com'],
    };
    expect((await loadQrImage(URL_SOURCE, options)).ok).toBe(true);
  });
});

describe('loadQrSource', () => {
  it('throws ExtensionError on failure', async () => {
    const failing = loadQrSource({ kind: 'url', url: 'ftp://x' }, fakes({ width: 1, height: 1 }));
    await expect(failing).rejects.toBeInstanceOf(ExtensionError);
  });

  it('error carries invalid-qr code', async () => {
    const failing = loadQrSource({ kind: 'url', url: 'ftp://x' }, fakes({ width: 1, height: 1 }));
    await expect(failing).rejects.toMatchObject({ code: 'invalid-qr' });
  });
});
