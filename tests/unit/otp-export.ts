/**
 * A protocol buffer writer just big enough to build Google Authenticator export payloads by
 * hand, for the migration and import tests.
 */
export function varint(value: number | bigint): number[] {
  let rest = BigInt.asUintN(64, BigInt(value));
  const bytes: number[] = [];
  do {
    const low = Number(rest & 0x7fn);
    rest >>= 7n;
    bytes.push(rest === 0n ? low : low | 0x80);
  } while (rest !== 0n);
  return bytes;
}
export const intField = (number: number, value: number | bigint) => [
  ...varint(number << 3),
  ...varint(value),
];
export function bytesField(number: number, value: Uint8Array | string): number[] {
  const bytes = typeof value === 'string' ? new TextEncoder().encode(value) : value;
  return [...varint((number << 3) | 2), ...varint(bytes.length), ...bytes];
}

export interface AccountSpec {
  secret: Uint8Array;
  name: string;
  issuer?: string;
  algorithm?: number;
  digits?: number;
  type?: number;
  counter?: number | bigint;
}
export function account(spec: AccountSpec): number[] {
  return [
    ...bytesField(1, spec.secret),
    ...bytesField(2, spec.name),
    ...(spec.issuer === undefined ? [] : bytesField(3, spec.issuer)),
    ...intField(4, spec.algorithm ?? 1),
    ...intField(5, spec.digits ?? 1),
    ...intField(6, spec.type ?? 2),
    ...(spec.counter === undefined ? [] : intField(7, spec.counter)),
  ];
}
export function payload(
  accounts: AccountSpec[],
  batch = { size: 1, index: 0, id: -123456 },
): Uint8Array {
  return Uint8Array.from([
    ...accounts.flatMap((spec) => bytesField(1, Uint8Array.from(account(spec)))),
    ...intField(2, 1),
    ...intField(3, batch.size),
    ...intField(4, batch.index),
    ...intField(5, batch.id),
  ]);
}
export const toUri = (bytes: Uint8Array) =>
  `otpauth-migration://offline?data=${encodeURIComponent(Buffer.from(bytes).toString('base64'))}`;
