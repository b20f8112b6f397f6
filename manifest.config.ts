import { DEFAULT_MAIL_ORIGINS } from './src/shared/settings.ts';
import packageJson from './package.json' with { type: 'json' };

export type BrowserTarget = 'chrome' | 'firefox';

/**
 * Public half of the key that fixes the Chrome and Edge extension ID
 * (mbmgomjgadhoajlkbnkgcpadkncpffkg). Store uploads drop it; the stores sign with their own key.
 */
const CHROME_PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA0XGzE0uo6XToUWNRanwQ8tijzwRCLeIfFZBmzTESZ5VJt2eMjJWjVtX3LSZV1K1doBRwpkYkIkIXa8CXJEDlrfQQiKuU1L4diVfzLCXfV6nE0P8uCa9wQOK4AcGn5hQFmdghYSo80pLakmMYbY4hEmQCMVsotN1HgvpBjnmyHmZZivEz9jmDlDVD88ErPlSiN61bGcHbQc19tHOX8XjsYnRQuysNDu+/o4ZnwP7MJ1zqv2ZzY4vW7+caTq2nNlI0TOFl8napJLnBAkmKdIL7CFCgtTrT3ngfOLl4o4AFoRxB1248518fVVOZwmcv32CQfgwhM1EjkZByUMIesaRU+wIDAQAB';

export const FIREFOX_ID = 'mail-authenticator@example.com';

/**
 * Oldest Firefox the extension installs on. Firefox 140 (an ESR) is the first release that reads
 * `data_collection_permissions`, which addons.mozilla.org requires of new extensions.
 */
export const FIREFOX_MIN_VERSION = '140.0';

/**
 * Firefox settings. There is no `gecko_android` key, because Firefox for Android lacks
 * contextMenus and commands, and addons.mozilla.org fills its Android compatibility setting from
 * that key.
 */
function geckoSettings() {
  return {
    id: FIREFOX_ID,
    strict_min_version: FIREFOX_MIN_VERSION,
    // The extension talks to the mail site only, so no user data reaches the developer or others.
    data_collection_permissions: { required: ['none' as const] },
  };
}

/** Hosts the demo build may also run on: the bundled demo mailbox listens on loopback. */
const DEMO_HOSTS = ['http://127.0.0.1/*', 'http://localhost/*'];

/** Build the manifest for one browser; the demo build also reaches the demo mailbox on loopback. */
export function buildManifest(target: BrowserTarget, demo: boolean) {
  const mailHosts = DEFAULT_MAIL_ORIGINS.map((origin) => `${origin}/*`);
  const hostPermissions = demo ? [...mailHosts, ...DEMO_HOSTS] : mailHosts;
  const background =
    target === 'chrome'
      ? { service_worker: 'src/background/index.ts', type: 'module' as const }
      : { scripts: ['src/background/index.ts'], type: 'module' as const };

  return {
    manifest_version: 3 as const,
    name: '__MSG_extensionName__',
    short_name: '__MSG_extensionShortName__',
    description: '__MSG_extensionDescription__',
    default_locale: 'en',
    version: packageJson.version,
    icons: { 16: 'icons/16.png', 32: 'icons/32.png', 48: 'icons/48.png', 128: 'icons/128.png' },
    action: {
      default_popup: 'src/popup/index.html',
      default_title: '__MSG_extensionName__',
      default_icon: { 16: 'icons/16.png', 32: 'icons/32.png' },
    },
    options_ui: { page: 'src/options/index.html', open_in_tab: true },
    background,
    permissions: [
      'storage',
      'alarms',
      'scripting',
      'activeTab',
      'contextMenus',
      'clipboardWrite',
      ...(target === 'chrome' ? ['offscreen'] : []),
    ],
    host_permissions: hostPermissions,
    optional_permissions: ['clipboardRead'],
    optional_host_permissions: ['https://*/*'],
    storage: { managed_schema: 'managed_schema.json' },
    commands: {
      'fill-code': {
        suggested_key: { default: 'Alt+Shift+F' },
        description: '__MSG_commandFillCode__',
      },
    },
    content_security_policy: {
      extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'",
    },
    ...(target === 'chrome'
      ? { key: CHROME_PUBLIC_KEY, minimum_chrome_version: '120' }
      : { browser_specific_settings: { gecko: geckoSettings() } }),
  };
}
