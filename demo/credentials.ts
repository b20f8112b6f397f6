/** Trusted-device tokens and client security passwords, stored as SHA-256 digests. */
import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

/** How long "Set as trusted device" lasts, in seconds. */
export const TRUSTED_DEVICE_SECONDS = 30 * 24 * 60 * 60;

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

/** Random tokens of browsers that members marked as trusted, remembered per member. */
export class TrustedDevices {
  readonly #tokens = new Map<string, { digest: Buffer; expiresAt: number }[]>();

  /** Creates a token for the member's browser; the caller puts it in a cookie. */
  issue(username: string, now: number): string {
    const token = randomBytes(32).toString('base64url');
    const entries = this.#tokens.get(username) ?? [];
    entries.push({ digest: digest(token), expiresAt: now + TRUSTED_DEVICE_SECONDS * 1000 });
    this.#tokens.set(username, entries);
    return token;
  }

  /** Checks whether the token belongs to this member and has not expired. */
  isTrusted(username: string, token: string | undefined, now: number): boolean {
    if (token === undefined) return false;
    const candidate = digest(token);
    const entries = this.#tokens.get(username) ?? [];
    return entries.some(
      (entry) => entry.expiresAt > now && timingSafeEqual(entry.digest, candidate),
    );
  }
}

/** Letters and digits without look-alikes (0/O, 1/l/I), as the password is typed into clients. */
const PASSWORD_ALPHABET = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** Client security passwords: one per member, shown once and then kept only as a digest. */
export class ClientPasswords {
  readonly #passwords = new Map<string, { digest: Buffer; createdAt: number }>();

  /** Creates a 16-character password for the member, replacing any earlier one. */
  generate(username: string, now: number): string {
    let password = '';
    for (let index = 0; index < 16; index++) {
      password += PASSWORD_ALPHABET.charAt(randomInt(PASSWORD_ALPHABET.length));
    }
    this.#passwords.set(username, { digest: digest(password), createdAt: now });
    return password;
  }

  /** Returns when the member's password was created, or null when there is none. */
  createdAt(username: string): number | null {
    return this.#passwords.get(username)?.createdAt ?? null;
  }

  remove(username: string): void {
    this.#passwords.delete(username);
  }

  matches(username: string, password: string): boolean {
    const entry = this.#passwords.get(username);
    return entry !== undefined && timingSafeEqual(entry.digest, digest(password));
  }
}
