import type { ErrorCode } from './messages';

/**
 * Error that crosses contexts as data: the worker sends its code and message, and the
 * receiving side rethrows it as this type.
 */
export class ExtensionError extends Error {
  override readonly name = 'ExtensionError';

  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}
