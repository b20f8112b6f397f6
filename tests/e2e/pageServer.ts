import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

/** Folder of the page shapes that the content script is tested on. */
export const PAGES_FOLDER = path.resolve('tests/fixtures/pages');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export interface ExtraFile {
  type: string;
  body: string | Buffer;
}

export interface PageServer {
  /** Origin, such as http://127.0.0.1:41234. */
  url: string;
  close(): Promise<void>;
}

/**
 * Serve the fixture pages, and files made at test time such as QR images, on 127.0.0.1.
 * Paths that leave the fixture folder get 404.
 */
export async function startPageServer(extra: Record<string, ExtraFile> = {}): Promise<PageServer> {
  const server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const made = extra[pathname];
    if (made !== undefined) {
      response.writeHead(200, { 'content-type': made.type, 'cache-control': 'no-store' });
      response.end(made.body);
      return;
    }
    const file = path.join(PAGES_FOLDER, path.normalize(pathname));
    if (!file.startsWith(PAGES_FOLDER + path.sep)) {
      response.writeHead(404).end();
      return;
    }
    readFile(file).then(
      (body) => {
        const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
        response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
        response.end(body);
      },
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
