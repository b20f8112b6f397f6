import { describe, expect, test } from 'vitest';
import { buildManifest, FIREFOX_ID } from '../../manifest.config';
import {
  chromeExtensionId,
  chromeUpdateXml,
  firefoxUpdateJson,
} from '../../scripts/updateManifests';

const chrome = buildManifest('chrome', false);
const CRX_URL = 'https://extensions.example.com/ma/mail-authenticator-1.2.0.crx?a=1&b=2';
const XPI_URL = 'https://extensions.example.com/ma/mail-authenticator-1.2.0.xpi';

describe('chromeExtensionId', () => {
  test('manifest key gives documented ID', () => {
    const key = 'key' in chrome ? chrome.key : '';
    expect(chromeExtensionId(key)).toBe('mbmgomjgadhoajlkbnkgcpadkncpffkg');
  });

  test('ID uses letters a to p', () => {
    expect(chromeExtensionId('AAAA')).toMatch(/^[a-p]{32}$/);
  });
});

describe('chromeUpdateXml', () => {
  const xml = chromeUpdateXml('mbmgomjgadhoajlkbnkgcpadkncpffkg', '1.2.0', CRX_URL);

  test('names the extension ID', () => {
    expect(xml).toContain('<app appid="mbmgomjgadhoajlkbnkgcpadkncpffkg">');
  });

  test('escapes ampersands in the URL', () => {
    expect(xml).toContain('mail-authenticator-1.2.0.crx?a=1&amp;b=2"');
  });

  test('names the version', () => {
    expect(xml).toContain('version="1.2.0"');
  });
});

describe('firefoxUpdateJson', () => {
  test('lists one update per add-on', () => {
    const parsed = JSON.parse(firefoxUpdateJson(FIREFOX_ID, '1.2.0', XPI_URL)) as unknown;
    expect(parsed).toEqual({
      addons: { [FIREFOX_ID]: { updates: [{ version: '1.2.0', update_link: XPI_URL }] } },
    });
  });
});
