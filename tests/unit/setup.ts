/**
 * Unit-test setup: a minimal stand-in for the extension APIs, installed once before any module
 * loads webextension-polyfill (which refuses to load without chrome.runtime.id). Storage areas
 * are in memory and empty for each test file; i18n answers from _locales/en. Behaviour that
 * depends on the real browser is tested in Chromium by the end-to-end tests instead.
 */
import { readFileSync } from 'node:fs';

type Items = Record<string, unknown>;

function memoryArea() {
  let items: Items = {};
  return {
    get: (keys?: string | string[] | null) => {
      if (keys === undefined || keys === null) return Promise.resolve({ ...items });
      const wanted = typeof keys === 'string' ? [keys] : keys;
      return Promise.resolve(
        Object.fromEntries(wanted.filter((key) => key in items).map((key) => [key, items[key]])),
      );
    },
    set: (next: Items) => {
      items = { ...items, ...structuredClone(next) };
      return Promise.resolve();
    },
    remove: (keys: string | string[]) => {
      const gone = new Set(typeof keys === 'string' ? [keys] : keys);
      items = Object.fromEntries(Object.entries(items).filter(([key]) => !gone.has(key)));
      return Promise.resolve();
    },
    clear: () => {
      items = {};
      return Promise.resolve();
    },
  };
}

const english = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Record<
  string,
  { message: string; placeholders?: Record<string, { content: string }> }
>;

/** Fill a message's $NAME$ placeholders from their "$1".."$9" contents, as Chrome does. */
function englishMessage(key: string, substitutions?: string | string[]): string {
  const entry = english[key];
  if (entry === undefined) return '';
  const values = typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []);
  return entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? whole;
    return content.replace(/\$(\d)/g, (_, index: string) => values[Number(index) - 1] ?? '');
  });
}
const noEvent = {
  addListener: () => undefined,
  removeListener: () => undefined,
  hasListener: () => false,
};

Object.assign(globalThis, {
  chrome: {
    runtime: {
      id: 'unit-test-extension',
      getURL: (path: string) => `chrome-extension://unit-test-extension/${path}`,
      sendMessage: () => Promise.reject(new Error('No worker in unit tests.')),
      onMessage: noEvent,
    },
    storage: {
      local: memoryArea(),
      session: memoryArea(),
      managed: memoryArea(),
      onChanged: noEvent,
    },
    i18n: {
      getMessage: englishMessage,
      getUILanguage: () => 'en',
    },
    alarms: {
      create: () => Promise.resolve(),
      clear: () => Promise.resolve(true),
      onAlarm: noEvent,
    },
  },
});
