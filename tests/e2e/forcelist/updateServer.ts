import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromeUpdateXml } from '../../../scripts/updateManifests';
import type { PackedExtension } from './packCrx';

/** An HTTP server on 127.0.0.1 that hosts one update manifest and the CRX it points to. */
export interface UpdateServer {
  /** URL of the update manifest, for the `ExtensionInstallForcelist` entry. */
  manifestUrl: string;
  /** Method, path and status of every request served so far, in order. */
  requests: string[];
  close(): Promise<void>;
}

const MANIFEST_PATH = '/updates.xml';
const CRX_PATH = '/mail-authenticator.crx';

/**
 * Starts the server on a free port. Chromium appends a query string with the extension ID, its
 * installed version and the browser version to the manifest URL, which the server ignores.
 */
export async function serveUpdate(packed: PackedExtension): Promise<UpdateServer> {
  const requests: string[] = [];
  let origin = '';
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', origin);
    if (pathname === MANIFEST_PATH) {
      response.setHeader('Content-Type', 'application/xml');
      response.end(chromeUpdateXml(packed.id, packed.version, `${origin}${CRX_PATH}`));
    } else if (pathname === CRX_PATH) {
      response.setHeader('Content-Type', 'application/x-chrome-extension');
      response.end(packed.crx);
    } else {
      response.statusCode = 404;
      response.end();
    }
    requests.push(`${request.method ?? 'GET'} ${pathname} ${response.statusCode}`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    manifestUrl: `${origin}${MANIFEST_PATH}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
