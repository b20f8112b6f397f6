import type { VaultStatus } from '../../shared/messages';
import type { RouteTable } from '../route';
import { getVault } from '../services';
import { expectRecord, expectString } from '../validate';

export const vaultRoutes: RouteTable<
  | 'vault.status'
  | 'vault.unlock'
  | 'vault.lock'
  | 'vault.setPassphrase'
  | 'vault.removePassphrase'
  | 'vault.restorePrevious'
> = {
  'vault.status': {
    from: 'extension-page',
    handle: async (): Promise<VaultStatus> => getVault().status(),
  },
  'vault.unlock': {
    from: 'extension-page',
    async handle(payload) {
      const passphrase = expectString(expectRecord(payload), 'passphrase', 1024);
      const vault = getVault();
      await vault.unlock(passphrase);
      return vault.status();
    },
  },
  'vault.lock': {
    from: 'extension-page',
    async handle() {
      const vault = getVault();
      await vault.lock();
      return vault.status();
    },
  },
  'vault.setPassphrase': {
    from: 'extension-page',
    async handle(payload) {
      const record = expectRecord(payload);
      const current = record.current === null ? null : expectString(record, 'current', 1024);
      const next = expectString(record, 'next', 1024);
      const vault = getVault();
      await vault.setPassphrase(current, next);
      return vault.status();
    },
  },
  'vault.removePassphrase': {
    from: 'extension-page',
    async handle(payload) {
      const current = expectString(expectRecord(payload), 'current', 1024);
      const vault = getVault();
      await vault.removePassphrase(current);
      return vault.status();
    },
  },
  'vault.restorePrevious': {
    from: 'extension-page',
    handle: () => getVault().restorePreviousCopy(),
  },
};
