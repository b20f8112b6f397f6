/**
 * One-time codes: TOTP (RFC 6238) and HOTP (RFC 4226), computed by otpauth. Pure and synchronous,
 * so the worker can refresh every account's code on each tick.
 */
import { HOTP, Secret, TOTP } from 'otpauth';
import type { CodeSnapshot, OtpParameters } from '../account';

/** A code and the window in which it is valid, in milliseconds since the epoch. */
export type GeneratedCode = Omit<CodeSnapshot, 'accountId'>;

/**
 * Generates the code that is valid at `nowMs`. A TOTP code is valid for its whole time step, so
 * `validFrom` and `validUntil` are the step's bounds. An HOTP code has no time window: it is the
 * code at the stored counter, with `validFrom` set to `nowMs` and `validUntil` to
 * `Number.MAX_SAFE_INTEGER` until the caller advances the counter.
 * Expects parameters that passed `parseKeyUri` or `validateDraft`.
 */
export function generateCode(parameters: OtpParameters, nowMs: number): GeneratedCode {
  const secret = Secret.fromBase32(parameters.secret);
  const { algorithm, digits } = parameters;

  if (parameters.type === 'hotp') {
    const code = HOTP.generate({ secret, algorithm, digits, counter: parameters.counter });
    return { code, validFrom: nowMs, validUntil: Number.MAX_SAFE_INTEGER };
  }

  const periodMs = parameters.period * 1000;
  const step = Math.floor(nowMs / periodMs);
  const code = TOTP.generate({
    secret,
    algorithm,
    digits,
    period: parameters.period,
    timestamp: nowMs,
  });
  return { code, validFrom: step * periodMs, validUntil: (step + 1) * periodMs };
}
