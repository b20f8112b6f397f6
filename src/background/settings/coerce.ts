/**
 * Type coercions for policy values whose meaning is plain. Policy engines deliver the same
 * setting in different shapes: a Windows registry DWORD 1 for true, a string "15" from a
 * plist editor, a list as one JSON or comma-separated string. Chrome converts registry values
 * by the schema before the extension receives them, but Firefox passes `3rdparty` values through
 * unchanged, so these conversions are the only ones there.
 */

const MAX_DESCRIBED_LENGTH = 60;

/** Return a value as short readable text for a warning. Never throws, whatever the value. */
export function describeValue(value: unknown): string {
  let text: string;
  try {
    // JSON.stringify returns undefined for undefined, functions and symbols.
    const json = JSON.stringify(value) as string | undefined;
    text = json ?? String(value);
  } catch {
    // Cycles and BigInt make JSON.stringify throw.
    text = Object.prototype.toString.call(value);
  }
  if (text.length <= MAX_DESCRIBED_LENGTH) return text;
  return `${text.slice(0, MAX_DESCRIBED_LENGTH)}…`;
}

/** Return the boolean meant by true/false, 1/0 or their string forms, or undefined. */
export function toBoolean(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (value === 1 || value === 0) return value === 1;
  if (typeof value !== 'string') return undefined;

  const text = value.trim().toLowerCase();
  if (text === 'true' || text === '1') return true;
  if (text === 'false' || text === '0') return false;
  return undefined;
}

const NUMERIC_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** Return the finite number meant by a number or a decimal string, or undefined. */
export function toNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;

  const text = value.trim();
  if (!NUMERIC_TEXT.test(text)) return undefined;
  const number = Number(text);
  return Number.isFinite(number) ? number : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Values of an object whose keys are all list indexes ("1", "2"), as registry subkeys read. */
function numberedValues(record: Record<string, unknown>): unknown[] | undefined {
  const keys = Object.keys(record);
  if (keys.length === 0 || !keys.every((key) => /^\d{1,9}$/.test(key))) return undefined;
  return keys.sort((a, b) => Number(a) - Number(b)).map((key) => record[key]);
}

function parseJsonList(text: string): unknown[] | undefined {
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Return the list meant by an array, a JSON array string, a string of entries separated by
 * newlines or commas, or an object with numbered keys. Entries are not checked here.
 */
export function toList(value: unknown): unknown[] | undefined {
  if (Array.isArray(value)) return value as unknown[];
  if (isRecord(value)) return numberedValues(value);
  if (typeof value !== 'string') return undefined;

  const text = value.trim();
  if (text.startsWith('[')) return parseJsonList(text);
  return text
    .split(/[\r\n,]+/)
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
}
