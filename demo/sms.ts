/** SMS codes that the mailbox would send to secure phones, kept in an outbox instead. */
import { randomInt, timingSafeEqual } from 'node:crypto';
import type { SmsMessage } from './types';

/** How long an SMS code is accepted, in milliseconds. */
export const SMS_CODE_LIFETIME_MS = 5 * 60 * 1000;

/** Purpose of an SMS code. A code is accepted only for the purpose it was sent for. */
export type SmsPurpose = 'logon' | 'client-password';

interface SentCode extends SmsMessage {
  username: string;
  purpose: SmsPurpose;
  used: boolean;
}

export class SmsOutbox {
  readonly #sent: SentCode[] = [];

  /**
   * Records a fresh 6-digit code for the user's phone and returns it.
   * NOTE: there is no wait between sends and no daily cap, which a real SMS service would enforce.
   */
  send(
    username: string,
    phone: string,
    purpose: SmsPurpose,
    text: (code: string) => string,
    now: number,
  ): SmsMessage {
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    const message: SentCode = {
      username: username.toLowerCase(),
      phone,
      code,
      text: text(code),
      sentAt: now,
      purpose,
      used: false,
    };
    this.#sent.unshift(message);
    return { phone, code, text: message.text, sentAt: now };
  }

  /** Accepts an unused, unexpired code sent to the user for the purpose, and marks it used. */
  consume(username: string, purpose: SmsPurpose, code: string, now: number): boolean {
    const match = this.#sent.find(
      (message) =>
        message.username === username.toLowerCase() &&
        message.purpose === purpose &&
        !message.used &&
        now - message.sentAt <= SMS_CODE_LIFETIME_MS &&
        message.code.length === code.length &&
        timingSafeEqual(Buffer.from(message.code), Buffer.from(code)),
    );
    if (match === undefined) return false;
    match.used = true;
    return true;
  }

  /** Returns the messages sent to the user, newest first; all users' when username is null. */
  list(username: string | null): (SmsMessage & { username: string })[] {
    return this.#sent
      .filter((message) => username === null || message.username === username.toLowerCase())
      .map(({ username: owner, phone, code, text, sentAt }) => ({
        username: owner,
        phone,
        code,
        text,
        sentAt,
      }));
  }
}
