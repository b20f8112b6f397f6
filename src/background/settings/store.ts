/**
 * Effective settings: the defaults, then the user's values from storage.local, then the
 * administrator's policy from storage.managed. A policy key always wins and is listed in
 * managedKeys, which the settings page shows as locked.
 */
import browser, { type Storage } from 'webextension-polyfill';
import { createLogger } from '../../shared/log';
import { ok, type Result } from '../../shared/result';
import {
  DEFAULT_SETTINGS,
  type SettingKey,
  type Settings,
  type SettingsView,
} from '../../shared/settings';
import { readPolicy } from './policy';
import {
  checkUserPatch,
  readUserSettings,
  USER_SETTINGS_KEY,
  type PatchError,
} from './user-settings';

const log = createLogger('settings');

/** The parts of browser.storage that the settings store uses; tests pass a fake. */
export interface SettingsStorage {
  local: Pick<Storage.StorageArea, 'get' | 'set'>;
  managed: Pick<Storage.StorageArea, 'get'>;
  onChanged: Pick<Storage.Static['onChanged'], 'addListener' | 'removeListener'>;
}

export type SettingsListener = (view: SettingsView) => void;

export interface SettingsStore {
  /** Return the settings in force and the keys the administrator set. */
  effectiveSettings: () => Promise<SettingsView>;
  /** Save a change the user asked for, unless it touches a managed key or is invalid. */
  updateUserSettings: (patch: unknown) => Promise<Result<SettingsView, PatchError>>;
  /** Call `listener` with new settings after every policy or user change. Returns the unsubscribe. */
  watchSettings: (listener: SettingsListener) => () => void;
}

function copyDefaults(): Settings {
  return {
    ...DEFAULT_SETTINGS,
    mailOrigins: [...DEFAULT_SETTINGS.mailOrigins],
    acceptedIssuers: [],
  };
}

/** Create a settings store on top of `storage`. */
export function createSettingsStore(storage: SettingsStorage): SettingsStore {
  let lastUserWarnings = '';
  // Serializes read-modify-write of the user's settings, so two quick changes both survive.
  let writes: Promise<unknown> = Promise.resolve();

  async function readManaged(): Promise<Record<string, unknown>> {
    try {
      return await storage.managed.get();
    } catch (error) {
      // Firefox rejects when neither a policy nor a managed storage manifest exists, which means no policy.
      log.debug('managed storage is unavailable, so no policy applies', error);
      return {};
    }
  }

  async function readUser(): Promise<Partial<Settings>> {
    const stored = await storage.local.get(USER_SETTINGS_KEY);
    const reading = readUserSettings(stored[USER_SETTINGS_KEY]);
    const warnings = reading.warnings.join('\n');
    // Logged once per distinct problem, because every settings read would repeat it.
    if (warnings !== '' && warnings !== lastUserWarnings) {
      log.warn('Saved settings were ignored or corrected.', reading.warnings);
    }
    lastUserWarnings = warnings;
    return reading.values;
  }

  async function effectiveSettings(): Promise<SettingsView> {
    const [user, managed] = await Promise.all([readUser(), readManaged()]);
    const policy = readPolicy(managed);
    const settings: Settings = { ...copyDefaults(), ...user, ...policy.values };
    const managedKeys = Object.keys(policy.values) as SettingKey[];
    return { settings, managedKeys, policyWarnings: policy.warnings };
  }

  async function applyPatch(patch: unknown): Promise<Result<SettingsView, PatchError>> {
    const current = await effectiveSettings();
    const checked = checkUserPatch(patch, current.managedKeys);
    if (!checked.ok) return checked;

    const user = await readUser();
    await storage.local.set({ [USER_SETTINGS_KEY]: { ...user, ...checked.value } });
    return ok(await effectiveSettings());
  }

  function updateUserSettings(patch: unknown): Promise<Result<SettingsView, PatchError>> {
    const result = writes.then(() => applyPatch(patch));
    writes = result.catch(() => undefined);
    return result;
  }

  function watchSettings(listener: SettingsListener): () => void {
    let latest = 0;
    const onChanged = (changes: Record<string, Storage.StorageChange>, area: string) => {
      const relevant = area === 'managed' || (area === 'local' && USER_SETTINGS_KEY in changes);
      if (!relevant) return;
      // Only the newest read is delivered, so a slow earlier read cannot undo a later change.
      const request = ++latest;
      effectiveSettings()
        .then((view) => {
          if (request === latest) listener(view);
        })
        .catch((error: unknown) => log.error('settings could not be read after a change', error));
    };
    storage.onChanged.addListener(onChanged);
    return () => storage.onChanged.removeListener(onChanged);
  }

  return { effectiveSettings, updateUserSettings, watchSettings };
}

let defaultStore: SettingsStore | undefined;

function store(): SettingsStore {
  defaultStore ??= createSettingsStore(browser.storage);
  return defaultStore;
}

/** Return the settings in force, from the extension's own storage and policy. */
export function effectiveSettings(): Promise<SettingsView> {
  return store().effectiveSettings();
}

/** Save a change the user asked for; a managed key or an invalid value rejects it. */
export function updateUserSettings(patch: unknown): Promise<Result<SettingsView, PatchError>> {
  return store().updateUserSettings(patch);
}

/**
 * Call `listener` after every policy or user settings change, without a browser restart.
 *
 * NOTE: Firefox reads policy once at startup and fires no storage.onChanged event for the
 * managed area, so there a policy change needs a browser restart.
 */
export function watchSettings(listener: SettingsListener): () => void {
  return store().watchSettings(listener);
}
