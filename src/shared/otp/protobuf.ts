/**
 * Minimal reader for the protocol buffers wire format
 * (https://protobuf.dev/programming-guides/encoding/), enough for Google Authenticator's export
 * payload. It reads fields in order and never trusts a length without checking it against the
 * bytes that remain.
 */
import { t } from '../i18n';

export const WIRE_VARINT = 0;
export const WIRE_FIXED64 = 1;
export const WIRE_LENGTH_DELIMITED = 2;
export const WIRE_FIXED32 = 5;

/** One field of a message: a number for varints, bytes for length-delimited fields. */
export type ProtoField =
  | { number: number; wireType: typeof WIRE_VARINT; value: bigint }
  | { number: number; wireType: typeof WIRE_LENGTH_DELIMITED; value: Uint8Array }
  | { number: number; wireType: typeof WIRE_FIXED64 | typeof WIRE_FIXED32; value: Uint8Array };

/** Malformed protocol buffer input, with a translated message: truncated data, an overlong varint or a group. */
export class ProtobufError extends Error {
  override readonly name = 'ProtobufError';
}

/** Reads a varint of at most 10 bytes, as the wire format allows for 64-bit values. */
function readVarint(bytes: Uint8Array, start: number): { value: bigint; next: number } {
  let value = 0n;
  for (let index = 0; index < 10; index++) {
    const byte = bytes[start + index];
    if (byte === undefined) throw new ProtobufError(t('importDataEndsInNumber'));
    value |= BigInt(byte & 0x7f) << BigInt(7 * index);
    if ((byte & 0x80) === 0) return { value, next: start + index + 1 };
  }
  throw new ProtobufError(t('importDataNumberTooLong'));
}

function takeBytes(bytes: Uint8Array, start: number, length: number): Uint8Array {
  if (length > bytes.length - start) throw new ProtobufError(t('importDataEndsInField'));
  return bytes.subarray(start, start + length);
}

/**
 * Reads every top-level field of a message. Throws {@link ProtobufError} on malformed input;
 * groups (wire types 3 and 4) are rejected because no export payload uses them.
 */
export function readFields(bytes: Uint8Array): ProtoField[] {
  const fields: ProtoField[] = [];
  let offset = 0;
  while (offset < bytes.length) {
    const tag = readVarint(bytes, offset);
    offset = tag.next;
    const number = Number(tag.value >> 3n);
    const wireType = Number(tag.value & 7n);
    if (number === 0) throw new ProtobufError(t('importDataFieldZero'));

    if (wireType === WIRE_VARINT) {
      const varint = readVarint(bytes, offset);
      offset = varint.next;
      fields.push({ number, wireType, value: varint.value });
    } else if (wireType === WIRE_LENGTH_DELIMITED) {
      const length = readVarint(bytes, offset);
      offset = length.next;
      if (length.value > BigInt(bytes.length)) throw new ProtobufError(t('importDataEndsInField'));
      const value = takeBytes(bytes, offset, Number(length.value));
      offset += value.length;
      fields.push({ number, wireType, value });
    } else if (wireType === WIRE_FIXED64 || wireType === WIRE_FIXED32) {
      const value = takeBytes(bytes, offset, wireType === WIRE_FIXED64 ? 8 : 4);
      offset += value.length;
      fields.push({ number, wireType, value });
    } else {
      throw new ProtobufError(t('importDataWireType', String(wireType)));
    }
  }
  return fields;
}
