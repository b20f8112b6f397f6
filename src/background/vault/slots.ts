/**
 * Key slots that wrap the master key, in the manner of LUKS: each slot is an independent way
 * to recover the same master key, so adding or replacing a slot rewrites no entry.
 */
import { MASTER_KEY_BYTES, open, randomBytes, seal } from './cipher';
import { canonicalJson, utf8 } from './encoding';
import type { DeviceSlot, KeySlot, PassphraseSlot } from './format';
import { deriveKek, newKdf, type KdfParams } from './kdf';
import type { DeviceKeyStore } from './types';

/**
 * Additional data of a slot's wrapped key: the vault id and every slot field but the wrapped
 * key itself. Moving a slot to another vault or editing its KDF parameters fails to unwrap.
 */
function slotAdditionalData(vaultId: string, slot: KeySlot): Uint8Array<ArrayBuffer> {
  const description =
    slot.kind === 'passphrase'
      ? { kind: slot.kind, id: slot.id, kdf: slot.kdf }
      : { kind: slot.kind, id: slot.id, keyId: slot.keyId };
  return utf8(canonicalJson({ purpose: 'key-slot', vaultId, slot: description }));
}

/** Wrap the master key under an Argon2id key derived from the passphrase. */
export async function createPassphraseSlot(
  vaultId: string,
  masterKey: Uint8Array<ArrayBuffer>,
  passphrase: string,
  params: KdfParams,
): Promise<PassphraseSlot> {
  const kdf = newKdf(params);
  const slot: PassphraseSlot = {
    kind: 'passphrase',
    id: crypto.randomUUID(),
    kdf,
    wrapped: { nonce: '', ciphertext: '' },
  };
  const kek = await deriveKek(passphrase, kdf);
  slot.wrapped = await seal(kek, masterKey, slotAdditionalData(vaultId, slot));
  return slot;
}

/** Unwrap the master key; returns null when the passphrase is wrong or the slot was changed. */
export async function openPassphraseSlot(
  vaultId: string,
  slot: PassphraseSlot,
  passphrase: string,
): Promise<Uint8Array<ArrayBuffer> | null> {
  const kek = await deriveKek(passphrase, slot.kdf);
  return open(kek, slot.wrapped, slotAdditionalData(vaultId, slot));
}

/** Wrap the master key under a new non-extractable device key. */
export async function createDeviceSlot(
  vaultId: string,
  masterKey: Uint8Array<ArrayBuffer>,
  deviceKeys: DeviceKeyStore,
): Promise<DeviceSlot> {
  const keyId = crypto.randomUUID();
  const deviceKey = await deviceKeys.create(keyId);
  const slot: DeviceSlot = {
    kind: 'device',
    id: crypto.randomUUID(),
    keyId,
    wrapped: { nonce: '', ciphertext: '' },
  };
  slot.wrapped = await seal(deviceKey, masterKey, slotAdditionalData(vaultId, slot));
  return slot;
}

/** Unwrap the master key; returns null when the device key is gone or does not fit the slot. */
export async function openDeviceSlot(
  vaultId: string,
  slot: DeviceSlot,
  deviceKeys: DeviceKeyStore,
): Promise<Uint8Array<ArrayBuffer> | null> {
  const deviceKey = await deviceKeys.get(slot.keyId);
  if (deviceKey === null) return null;
  return open(deviceKey, slot.wrapped, slotAdditionalData(vaultId, slot));
}

/** Generate a random 256-bit master key. */
export function newMasterKey(): Uint8Array<ArrayBuffer> {
  return randomBytes(MASTER_KEY_BYTES);
}
