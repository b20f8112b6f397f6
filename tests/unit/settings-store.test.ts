import type { Storage } from 'webextension-polyfill';
import { describe, expect, it, vi } from 'vitest';
import { createSettingsStore, type SettingsStorage } from '../../src/background/settings/store';
import { DEFAULT_SETTINGS, type SettingsView } from '../../src/shared/settings';

// store.ts binds its default instance to the real browser API, which Node lacks.
vi.mock('webextension-polyfill', () => ({ default: {} }));

type ChangeListener = (changes: Record<string, Storage.StorageChange>, area: string) => void;

/** In-memory storage.local and storage.managed with a working onChanged event. */
function fakeStorage(
  options: { managed?: Record<string, unknown> | Error; local?: Record<string, unknown> } = {},
) {
  let managed = options.managed ?? {};
  const local: Record<string, unknown> = { ...options.local };
  const listeners = new Set<ChangeListener>();
  const emit = (changes: Record<string, Storage.StorageChange>, area: string) => {
    for (const listener of listeners) listener(changes, area);
  };
  const storage: SettingsStorage = {
    local: {
      get: (key) =>
        Promise.resolve(typeof key === 'string' ? { [key]: structuredClone(local[key]) } : {}),
      set: (items) => {
        Object.assign(local, structuredClone(items));
        emit(Object.fromEntries(Object.keys(items).map((key) => [key, {}])), 'local');
        return Promise.resolve();
      },
    },
    managed: {
      get: () =>
        managed instanceof Error
          ? Promise.reject(managed)
          : Promise.resolve(structuredClone(managed)),
    },
    onChanged: {
      addListener: (listener: ChangeListener) => void listeners.add(listener),
      removeListener: (listener: ChangeListener) => void listeners.delete(listener),
    },
  };
  return {
    storage,
    local,
    listenerCount: () => listeners.size,
    emit,
    setManaged(values: Record<string, unknown>) {
      managed = values;
      emit({}, 'managed');
    },
  };
}

/** Resolve with the next view that `watchSettings` delivers. */
function nextView(
  watch: (listener: (view: SettingsView) => void) => () => void,
): Promise<SettingsView> {
  return new Promise((resolve) => {
    const stop = watch((view) => {
      stop();
      resolve(view);
    });
  });
}

describe('effectiveSettings', () => {
  it('returns defaults without policy', async () => {
    const view = await createSettingsStore(fakeStorage().storage).effectiveSettings();

    expect(view).toEqual({ settings: DEFAULT_SETTINGS, managedKeys: [], policyWarnings: [] });
  });

  it('treats unavailable managed storage as no policy', async () => {
    const fake = fakeStorage({ managed: new Error('Managed storage manifest not found') });
    const view = await createSettingsStore(fake.storage).effectiveSettings();

    expect(view.managedKeys).toEqual([]);
    expect(view.settings).toEqual(DEFAULT_SETTINGS);
  });

  it('applies user values over defaults', async () => {
    const fake = fakeStorage({ local: { settings: { autoLockMinutes: 5, trustDevice: true } } });
    const { settings } = await createSettingsStore(fake.storage).effectiveSettings();

    expect(settings.autoLockMinutes).toBe(5);
    expect(settings.trustDevice).toBe(true);
    expect(settings.allowExport).toBe(DEFAULT_SETTINGS.allowExport);
  });

  it('applies policy over user values', async () => {
    const fake = fakeStorage({
      local: { settings: { autoLockMinutes: 5, clipboardClearSeconds: 10 } },
      managed: { autoLockMinutes: 1, allowExport: 0 },
    });
    const view = await createSettingsStore(fake.storage).effectiveSettings();

    expect(view.settings.autoLockMinutes).toBe(1);
    expect(view.settings.allowExport).toBe(false);
    expect(view.settings.clipboardClearSeconds).toBe(10);
    expect(view.managedKeys).toEqual(['autoLockMinutes', 'allowExport']);
  });

  it('reports policy warnings', async () => {
    const fake = fakeStorage({ managed: { autoLockMinutes: 'soon', colour: 'blue' } });
    const view = await createSettingsStore(fake.storage).effectiveSettings();

    expect(view.managedKeys).toEqual([]);
    expect(view.policyWarnings).toHaveLength(2);
  });

  it('keeps other keys beside corrupt ones', async () => {
    const stored = { autoLockMinutes: 'x', allowExport: false, mailOrigins: 'not;an origin' };
    const fake = fakeStorage({ local: { settings: stored } });
    const { settings } = await createSettingsStore(fake.storage).effectiveSettings();

    expect(settings.autoLockMinutes).toBe(DEFAULT_SETTINGS.autoLockMinutes);
    expect(settings.allowExport).toBe(false);
    expect(settings.mailOrigins).toEqual(DEFAULT_SETTINGS.mailOrigins);
  });

  it('ignores stored settings of wrong shape', async () => {
    const fake = fakeStorage({ local: { settings: ['allowExport'] } });
    const { settings } = await createSettingsStore(fake.storage).effectiveSettings();

    expect(settings).toEqual(DEFAULT_SETTINGS);
  });

  it('returns copies of the defaults', async () => {
    const store = createSettingsStore(fakeStorage().storage);
    (await store.effectiveSettings()).settings.mailOrigins.push('https://evil.test');

    expect((await store.effectiveSettings()).settings.mailOrigins).toEqual(
      DEFAULT_SETTINGS.mailOrigins,
    );
  });
});

describe('updateUserSettings', () => {
  it('saves a valid change', async () => {
    const fake = fakeStorage({ local: { settings: { allowExport: false } } });
    const result = await createSettingsStore(fake.storage).updateUserSettings({
      autoLockMinutes: 30,
    });

    expect(result).toMatchObject({ ok: true, value: { settings: { autoLockMinutes: 30 } } });
    expect(fake.local.settings).toEqual({ allowExport: false, autoLockMinutes: 30 });
  });

  it('rejects a managed key', async () => {
    const fake = fakeStorage({ managed: { autoLockMinutes: 1 } });
    const result = await createSettingsStore(fake.storage).updateUserSettings({
      autoLockMinutes: 30,
    });

    expect(result.ok ? '' : result.error).toBe('policy');
    expect(result.ok ? '' : result.message).toContain('set by your administrator');
    expect(fake.local.settings).toBeUndefined();
  });

  it('rejects an out-of-range value', async () => {
    const fake = fakeStorage();
    const result = await createSettingsStore(fake.storage).updateUserSettings({
      allowExport: false,
      autoLockMinutes: 5000,
    });

    expect(result.ok ? '' : result.error).toBe('invalid-request');
    expect(result.ok ? '' : result.message).toContain('not between 0 and 1440 minutes');
    expect(fake.local.settings).toBeUndefined();
  });

  it('rejects an invalid origin entry', async () => {
    const fake = fakeStorage();
    const result = await createSettingsStore(fake.storage).updateUserSettings({
      mailOrigins: ['https://mail.example.com', 'http://mail.example.com'],
    });

    expect(result.ok ? '' : result.message).toContain('only https://');
  });

  it('rejects an unknown key', async () => {
    const result = await createSettingsStore(fakeStorage().storage).updateUserSettings({
      colour: 'blue',
    });

    expect(result.ok ? '' : result.message).toContain('"colour" is not a setting');
  });

  it('keeps both of two quick changes', async () => {
    const fake = fakeStorage();
    const store = createSettingsStore(fake.storage);
    await Promise.all([
      store.updateUserSettings({ autoLockMinutes: 30 }),
      store.updateUserSettings({ allowExport: false }),
    ]);

    expect(fake.local.settings).toEqual({ autoLockMinutes: 30, allowExport: false });
  });
});

describe('watchSettings', () => {
  it('applies a policy arriving later', async () => {
    const fake = fakeStorage();
    const store = createSettingsStore(fake.storage);
    const view = nextView(store.watchSettings);
    fake.setManaged({ allowExport: false });

    expect((await view).settings.allowExport).toBe(false);
    expect((await view).managedKeys).toEqual(['allowExport']);
  });

  it('applies a removed policy', async () => {
    const fake = fakeStorage({ managed: { allowExport: false } });
    const store = createSettingsStore(fake.storage);
    const view = nextView(store.watchSettings);
    fake.setManaged({});

    expect((await view).settings.allowExport).toBe(true);
    expect((await view).managedKeys).toEqual([]);
  });

  it('reports a user change', async () => {
    const store = createSettingsStore(fakeStorage().storage);
    const view = nextView(store.watchSettings);
    await store.updateUserSettings({ clipboardClearSeconds: 0 });

    expect((await view).settings.clipboardClearSeconds).toBe(0);
  });

  it('ignores unrelated storage changes', async () => {
    const fake = fakeStorage();
    const listener = vi.fn();
    createSettingsStore(fake.storage).watchSettings(listener);
    fake.emit({ vault: {} }, 'local');
    fake.emit({ settings: {} }, 'session');
    fake.emit({ settings: {} }, 'sync');
    await new Promise((resolve) => setTimeout(resolve, 0));

    expect(listener).not.toHaveBeenCalled();
  });

  it('stops after unsubscribe', () => {
    const fake = fakeStorage();
    const stop = createSettingsStore(fake.storage).watchSettings(vi.fn());
    stop();

    expect(fake.listenerCount()).toBe(0);
  });
});
