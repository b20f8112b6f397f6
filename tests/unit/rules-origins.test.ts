/**
 * The real webmail hosts work out of the box: they are the default mail origins and the
 * production manifest's host permissions. An administrator's list replaces them. These tests read
 * the built manifests in dist/, so run `npm run build` first. No test contacts the hosts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildManifest } from '../../manifest.config';
import { isAllowedOrigin, toMatchPatterns } from '../../src/background/settings/origins';
import { createSettingsStore, type SettingsStorage } from '../../src/background/settings/store';
import { DEFAULT_MAIL_ORIGINS, DEFAULT_SETTINGS } from '../../src/shared/settings';

/** Webmail hosts of the mail service, written out here so that a change to the defaults shows. */
const WEBMAIL_ORIGINS = [
  'https://qiye.aliyun.com',
  'https://mail.xc.aliyun.com',
  'https://mail.sg.aliyun.com',
  'https://mail.hk.aliyun.com',
  'https://mail.de.alibabacloud.com',
  'https://mail.us.alibabacloud.com',
];

const WEBMAIL_PATTERNS = WEBMAIL_ORIGINS.map((origin) => `${origin}/*`);

const ADMINISTRATOR_ORIGINS = ['https://mail.example.com', 'https://*.corp.example.com'];

interface BuiltManifest {
  host_permissions?: string[];
}

function readBuiltManifest(folder: string): BuiltManifest {
  const file = `dist/${folder}/manifest.json`;
  if (!existsSync(file)) throw new Error(`${file} is missing. Run "npm run build" first.`);
  return JSON.parse(readFileSync(file, 'utf8')) as BuiltManifest;
}

/** Storage with an empty user area and `managed` as the administrator's policy. */
function storageWithPolicy(managed: Record<string, unknown>): SettingsStorage {
  return {
    local: { get: () => Promise.resolve({}), set: () => Promise.resolve() },
    managed: { get: () => Promise.resolve(structuredClone(managed)) },
    onChanged: { addListener: () => undefined, removeListener: () => undefined },
  };
}

describe('default mail origins', () => {
  it('list the webmail hosts', () => {
    expect([...DEFAULT_MAIL_ORIGINS]).toEqual(WEBMAIL_ORIGINS);
  });

  it('are the default setting', () => {
    expect(DEFAULT_SETTINGS.mailOrigins).toEqual(WEBMAIL_ORIGINS);
  });

  it.each(WEBMAIL_ORIGINS)('allow %s', (origin) => {
    expect(isAllowedOrigin(`${origin}/alimail/`, DEFAULT_SETTINGS)).toBe(true);
  });

  it.each([
    'http://qiye.aliyun.com',
    'https://evil.aliyun.com',
    'https://qiye.aliyun.com.evil.test',
  ])('reject look-alike %s', (origin) => {
    expect(isAllowedOrigin(origin, DEFAULT_SETTINGS)).toBe(false);
  });
});

describe('production manifest host permissions', () => {
  it.each(['chrome', 'firefox'] as const)('match defaults in %s source', (target) => {
    expect(buildManifest(target, false).host_permissions).toEqual(WEBMAIL_PATTERNS);
  });

  it.each(['chrome', 'firefox'])('match defaults in dist/%s build', (folder) => {
    expect(readBuiltManifest(folder).host_permissions).toEqual(WEBMAIL_PATTERNS);
  });

  it('match the content script patterns', () => {
    expect(toMatchPatterns(DEFAULT_MAIL_ORIGINS)).toEqual(WEBMAIL_PATTERNS);
  });

  it.each(['chrome-demo', 'firefox-demo'])('add only loopback in dist/%s', (folder) => {
    const hosts = readBuiltManifest(folder).host_permissions ?? [];

    expect(hosts.slice(0, WEBMAIL_PATTERNS.length)).toEqual(WEBMAIL_PATTERNS);
    expect(hosts.slice(WEBMAIL_PATTERNS.length)).toEqual([
      'http://127.0.0.1/*',
      'http://localhost/*',
    ]);
  });
});

describe('administrator mail origins', () => {
  it('replace the defaults', async () => {
    const store = createSettingsStore(storageWithPolicy({ mailOrigins: ADMINISTRATOR_ORIGINS }));
    const { settings, managedKeys } = await store.effectiveSettings();

    expect(settings.mailOrigins).toEqual(ADMINISTRATOR_ORIGINS);
    expect(managedKeys).toContain('mailOrigins');
  });

  it('turn the webmail hosts off', async () => {
    const store = createSettingsStore(storageWithPolicy({ mailOrigins: ADMINISTRATOR_ORIGINS }));
    const { settings } = await store.effectiveSettings();

    for (const origin of WEBMAIL_ORIGINS) expect(isAllowedOrigin(origin, settings)).toBe(false);
    expect(isAllowedOrigin('https://webmail.corp.example.com', settings)).toBe(true);
  });

  it('give only their own patterns', async () => {
    const store = createSettingsStore(storageWithPolicy({ mailOrigins: ADMINISTRATOR_ORIGINS }));
    const { settings } = await store.effectiveSettings();

    expect(toMatchPatterns(settings.mailOrigins)).toEqual([
      'https://mail.example.com/*',
      'https://*.corp.example.com/*',
    ]);
  });

  it('keep the defaults without a policy', async () => {
    const store = createSettingsStore(storageWithPolicy({}));
    const { settings, managedKeys } = await store.effectiveSettings();

    expect(settings.mailOrigins).toEqual(WEBMAIL_ORIGINS);
    expect(managedKeys).toEqual([]);
  });
});
