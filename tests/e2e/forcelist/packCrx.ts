import { spawnSync } from 'node:child_process';
import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromeExtensionId } from '../../../scripts/updateManifests';
import { CHROMIUM_PATH } from '../browser';

/** A CRX3 file packed for one test run, with what the update manifest must state about it. */
export interface PackedExtension {
  /** ID that Chromium derives from the public half of the signing key. */
  id: string;
  version: string;
  crx: Buffer;
}

/** CRX3 files start with the magic "Cr24" and the format version 3, a little-endian uint32. */
function checkCrx3(crx: Buffer, file: string): void {
  const magic = crx.subarray(0, 4).toString('latin1');
  const version = crx.length >= 8 ? crx.readUInt32LE(4) : 0;
  if (magic !== 'Cr24' || version !== 3) {
    throw new Error(`${file} is not a CRX3 file: magic "${magic}", version ${version}.`);
  }
}

/**
 * Copies `sourceFolder` into `workFolder` and packs the copy as a CRX3 with Chromium's own
 * packer, signed by an RSA key generated here, so no private key is ever committed.
 *
 * The copy keeps the manifest's `key`, which belongs to another key pair. Chromium 156 replaces
 * that field with the CRX's public key when it installs the file, so the installed ID is the
 * one of the signing key. The copy also keeps a concurrent `npm run build` from changing the
 * files while they are packed.
 */
export function packExtension(sourceFolder: string, workFolder: string): PackedExtension {
  const extensionFolder = path.join(workFolder, 'extension');
  cpSync(sourceFolder, extensionFolder, { recursive: true });
  const manifestFile = path.join(extensionFolder, 'manifest.json');
  const { version } = JSON.parse(readFileSync(manifestFile, 'utf8')) as { version: string };

  const keyFile = path.join(workFolder, 'signing-key.pem');
  const { privateKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
  writeFileSync(keyFile, privateKey, { mode: 0o600 });

  // --pack-extension writes FOLDER.crx beside the folder and exits without opening a window.
  const run = spawnSync(
    CHROMIUM_PATH,
    [
      '--no-sandbox',
      '--headless',
      `--pack-extension=${extensionFolder}`,
      `--pack-extension-key=${keyFile}`,
    ],
    { encoding: 'utf8', timeout: 60_000 },
  );
  const crxFile = `${extensionFolder}.crx`;
  if (run.status !== 0 || !existsSync(crxFile)) {
    throw new Error(
      `Chromium failed to pack ${extensionFolder} (exit status ${run.status}): ${run.stderr}`,
    );
  }
  const crx = readFileSync(crxFile);
  checkCrx3(crx, crxFile);

  const publicKey = createPublicKey(privateKey).export({ type: 'spki', format: 'der' });
  return { id: chromeExtensionId(publicKey.toString('base64')), version, crx };
}
