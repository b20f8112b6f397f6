import { ExtensionError } from '../../shared/errors';
import type { RouteTable } from '../route';
import { effectiveSettings, updateUserSettings } from '../settings/store';
import { expectRecord } from '../validate';

export const settingsRoutes: RouteTable<'settings.get' | 'settings.set'> = {
  'settings.get': { from: 'extension-page', handle: () => effectiveSettings() },
  'settings.set': {
    from: 'extension-page',
    async handle(payload) {
      // The store checks each value against its rule and refuses keys the administrator set.
      const updated = await updateUserSettings(expectRecord(payload));
      if (!updated.ok) {
        throw new ExtensionError(updated.error, updated.message);
      }
      return updated.value;
    },
  },
};
