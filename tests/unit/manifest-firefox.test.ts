import { describe, expect, test } from 'vitest';
import { buildManifest, FIREFOX_ID, FIREFOX_MIN_VERSION } from '../../manifest.config';

const firefox = buildManifest('firefox', false);
const chrome = buildManifest('chrome', false);

/** Keys that one browser needs and the other rejects or warns about. */
const BROWSER_ONLY_KEYS = [
  { key: 'key', chrome: true, firefox: false },
  { key: 'minimum_chrome_version', chrome: true, firefox: false },
  { key: 'browser_specific_settings', chrome: false, firefox: true },
] as const;

describe('manifest per browser', () => {
  test.each(BROWSER_ONLY_KEYS)('$key only where it belongs', (row) => {
    expect(row.key in chrome).toBe(row.chrome);
    expect(row.key in firefox).toBe(row.firefox);
  });

  test('firefox background is an event page', () => {
    expect(firefox.background).toEqual({ scripts: ['src/background/index.ts'], type: 'module' });
  });

  test('chrome background is a service worker', () => {
    expect(chrome.background).toEqual({
      service_worker: 'src/background/index.ts',
      type: 'module',
    });
  });

  test('offscreen permission on chrome only', () => {
    expect(chrome.permissions).toContain('offscreen');
    expect(firefox.permissions).not.toContain('offscreen');
  });

  test('gecko settings for addons.mozilla.org', () => {
    const gecko =
      'browser_specific_settings' in firefox ? firefox.browser_specific_settings.gecko : null;
    expect(gecko?.id).toBe(FIREFOX_ID);
    expect(gecko?.strict_min_version).toBe(FIREFOX_MIN_VERSION);
    expect(gecko?.data_collection_permissions).toEqual({ required: ['none'] });
  });
});

describe('manifest host permissions', () => {
  test.each(['chrome', 'firefox'] as const)('%s release build excludes loopback', (target) => {
    const hosts = buildManifest(target, false).host_permissions;
    expect(hosts.filter((host) => host.startsWith('http://'))).toEqual([]);
  });

  test.each(['chrome', 'firefox'] as const)('%s demo build adds loopback', (target) => {
    const hosts = buildManifest(target, true).host_permissions;
    expect(hosts).toContain('http://127.0.0.1/*');
    expect(hosts).toContain('http://localhost/*');
  });
});
