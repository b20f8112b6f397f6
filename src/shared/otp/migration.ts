/**
 * Google Authenticator export URIs, otpauth-migration://offline?data=BASE64. The data is a
 * protocol buffer MigrationPayload: repeated OtpParameters (field 1), version (2), batch_size (3),
 * batch_index (4) and batch_id (5). An export of many accounts spans several QR codes that share
 * one batch_id.
 */
import type { KeyDraft } from '../account';
import { t } from '../i18n';
import { fail, ok, type Result } from '../result';
import { type ProtoField, ProtobufError, readFields } from './protobuf';
import { decodeOtpParameters, type RejectedAccount } from './migrationAccount';

export type { RejectedAccount } from './migrationAccount';

/** Content of one export QR code. */
export interface MigrationPayload {
  accounts: KeyDraft[];
  /** Accounts that the extension cannot use, each with the reason. */
  rejected: RejectedAccount[];
  version: number;
  /** Number of QR codes in the export, and this code's place among them (from 0). */
  batchSize: number;
  batchIndex: number;
  batchId: number;
}

/** Maximum batch size. It bounds the work on a damaged payload and is far above real exports. */
export const MAX_BATCH_SIZE = 1000;

const MIGRATION_URI = /^otpauth-migration:\/\/offline\/?\?(.*)$/is;

/**
 * Extracts the `data` parameter without reading `+` as a space, because it is base64. Some apps
 * do not percent-encode the `+`, and some readers turn it into a space, so spaces become `+` again.
 */
function extractData(query: string): string | null {
  for (const piece of query.split('&')) {
    const equals = piece.indexOf('=');
    if (equals === -1 || piece.slice(0, equals).toLowerCase() !== 'data') continue;
    const raw = piece.slice(equals + 1);
    try {
      return decodeURIComponent(raw).replace(/ /g, '+');
    } catch {
      // Broken percent-encoding: the base64 check that follows rejects the raw text.
      return raw;
    }
  }
  return null;
}

/** Decodes standard or URL-safe base64, with or without padding. */
function decodeBase64(text: string): Uint8Array | null {
  const standard = text.replace(/\s/g, '').replace(/-/g, '+').replace(/_/g, '/').replace(/=+$/, '');
  if (!/^[A-Za-z0-9+/]*$/.test(standard) || standard.length % 4 === 1) return null;
  const binary = atob(standard.padEnd(Math.ceil(standard.length / 4) * 4, '='));
  return Uint8Array.from(binary, (character) => character.charCodeAt(0));
}

function readInt32(fields: ProtoField[], number: number): number {
  const field = fields.findLast((candidate) => candidate.number === number);
  return field?.wireType === 0 ? Number(BigInt.asIntN(32, field.value)) : 0;
}

/** Builds the payload from decoded top-level fields. */
function readPayload(fields: ProtoField[]): MigrationPayload {
  const payload: MigrationPayload = {
    accounts: [],
    rejected: [],
    version: readInt32(fields, 2),
    batchSize: Math.max(readInt32(fields, 3), 1),
    batchIndex: Math.max(readInt32(fields, 4), 0),
    batchId: readInt32(fields, 5),
  };
  for (const field of fields) {
    if (field.number !== 1 || field.wireType !== 2) continue;
    const account = decodeOtpParameters(field.value);
    if (account.ok) payload.accounts.push(account.value);
    else payload.rejected.push(account.rejected);
  }
  return payload;
}

/** Tells whether a text is a Google Authenticator export URI, without decoding it. */
export function isMigrationUri(text: string): boolean {
  return /^otpauth-migration:/i.test(text.trim());
}

/**
 * Decodes one Google Authenticator export URI. Accounts that use an unsupported algorithm (MD5),
 * digit count or type are listed in `rejected` with the reason, and the others are still returned.
 */
export function decodeMigrationUri(uri: string): Result<MigrationPayload, 'invalid-uri'> {
  const match = MIGRATION_URI.exec(uri.trim());
  if (match === null) {
    return fail('invalid-uri', t('importNotExport'));
  }
  const data = extractData(match[1] ?? '');
  if (data === null || data === '') {
    return fail('invalid-uri', t('importNoData'));
  }
  const bytes = decodeBase64(data);
  if (bytes === null) {
    return fail('invalid-uri', t('importNotBase64'));
  }

  try {
    const payload = readPayload(readFields(bytes));
    if (payload.batchSize > MAX_BATCH_SIZE || payload.batchIndex >= payload.batchSize) {
      const index = String(payload.batchIndex + 1);
      return fail('invalid-uri', t('importBatchDamaged', [index, String(payload.batchSize)]));
    }
    return ok(payload);
  } catch (error) {
    if (!(error instanceof ProtobufError)) throw error;
    return fail('invalid-uri', t('importDamaged', error.message));
  }
}
