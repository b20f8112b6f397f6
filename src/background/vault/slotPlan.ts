/** Choice of key slots for a vault, from whether it has a passphrase and from the settings. */
import type { KeySlot } from './format';
import type { KdfParams } from './kdf';
import { createDeviceSlot, createPassphraseSlot } from './slots';
import type { DeviceKeyStore } from './types';

/** The passphrase slot to build: the current one, none, or one for a new passphrase. */
export type PassphraseChoice = 'keep' | 'none' | { next: string };

export interface SlotRequest {
  vaultId: string;
  masterKey: Uint8Array<ArrayBuffer>;
  current: readonly KeySlot[];
  passphrase: PassphraseChoice;
  lockOnBrowserRestart: boolean;
  kdf: KdfParams;
  deviceKeys: DeviceKeyStore;
}

export interface SlotPlan {
  slots: KeySlot[];
  /** Device keys of removed device slots, to delete once the new record is stored. */
  unusedDeviceKeyIds: string[];
}

/**
 * Build the slot list. A vault without a passphrase always gets a device slot, since nothing
 * else could open it. A vault with a passphrase keeps a device slot only when it should stay
 * unlocked across browser restarts. An existing device slot is reused, so its key stays.
 */
export async function planSlots(request: SlotRequest): Promise<SlotPlan> {
  const { vaultId, masterKey, current, passphrase } = request;
  const slots: KeySlot[] = [];
  if (passphrase === 'keep') {
    slots.push(...current.filter((slot) => slot.kind === 'passphrase'));
  } else if (passphrase !== 'none') {
    slots.push(await createPassphraseSlot(vaultId, masterKey, passphrase.next, request.kdf));
  }
  const hasPassphrase = slots.length > 0;
  const wantsDevice = !hasPassphrase || !request.lockOnBrowserRestart;
  const existingDevice = current.find((slot) => slot.kind === 'device');
  if (wantsDevice) {
    slots.push(existingDevice ?? (await createDeviceSlot(vaultId, masterKey, request.deviceKeys)));
  }
  const unusedDeviceKeyIds =
    !wantsDevice && existingDevice?.kind === 'device' ? [existingDevice.keyId] : [];
  return { slots, unusedDeviceKeyIds };
}

/** Check whether two slot lists contain the same slots in the same order. */
export function sameSlots(a: readonly KeySlot[], b: readonly KeySlot[]): boolean {
  return a.length === b.length && a.every((slot, index) => slot.id === b[index]?.id);
}
