/**
 * Update manifests for administrators who host the extension themselves: the XML file that
 * Chrome and Edge poll for a new CRX, and the JSON file that Firefox polls for a new XPI.
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { FIREFOX_ID } from '../manifest.config';

/**
 * Derive the Chrome extension ID from the manifest's `key` (a base64 DER public key): the first
 * 16 bytes of its SHA-256, written in hexadecimal with the digits 0-f replaced by a-p.
 */
export function chromeExtensionId(publicKey: string): string {
  const digest = createHash('sha256').update(Buffer.from(publicKey, 'base64')).digest('hex');
  return Array.from(digest.slice(0, 32), (digit) =>
    String.fromCharCode('a'.charCodeAt(0) + parseInt(digit, 16)),
  ).join('');
}

function escapeXml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');
}

/** Build the update manifest (Omaha "gupdate" XML) that points Chrome and Edge to one CRX. */
export function chromeUpdateXml(extensionId: string, version: string, crxUrl: string): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gupdate xmlns="http://www.google.com/update2/response" protocol="2.0">',
    `  <app appid="${escapeXml(extensionId)}">`,
    `    <updatecheck codebase="${escapeXml(crxUrl)}" version="${escapeXml(version)}" />`,
    '  </app>',
    '</gupdate>',
    '',
  ].join('\n');
}

/** Build the update manifest (updates.json) that points Firefox to one signed XPI. */
export function firefoxUpdateJson(addonId: string, version: string, xpiUrl: string): string {
  const manifest = { addons: { [addonId]: { updates: [{ version, update_link: xpiUrl }] } } };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/**
 * Write updates.xml and updates.json into the folder, for a server that hosts
 * `NAME.crx` and `NAME.xpi` under `baseUrl`. Returns the paths of both files.
 */
export function writeUpdateManifests(
  folder: string,
  options: { baseUrl: string; name: string; version: string; chromeKey: string },
): string[] {
  const base = options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`;
  const xmlFile = path.join(folder, 'updates.xml');
  const jsonFile = path.join(folder, 'updates.json');
  const extensionId = chromeExtensionId(options.chromeKey);
  writeFileSync(
    xmlFile,
    chromeUpdateXml(extensionId, options.version, `${base}${options.name}.crx`),
  );
  writeFileSync(
    jsonFile,
    firefoxUpdateJson(FIREFOX_ID, options.version, `${base}${options.name}.xpi`),
  );
  return [xmlFile, jsonFile];
}
