/**
 * Outcome of an operation that can fail in an expected way (wrong passphrase, invalid key URI).
 * Expected failures are values; exceptions are kept for bugs and broken environments.
 */
export type Result<T, E extends string = string> =
  { ok: true; value: T } | { ok: false; error: E; message: string };

export function ok<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

export function fail<E extends string>(
  error: E,
  message: string,
): { ok: false; error: E; message: string } {
  return { ok: false, error, message };
}
