/** Small helpers over node:http: cookies, form bodies and replies. */
import type { IncomingMessage } from 'node:http';
import { SafeHtml } from './html';

/** Largest form body accepted, in bytes; the mailbox's forms stay far below it. */
const MAX_FORM_BYTES = 64 * 1024;

/** Response that a route handler returns; the server writes it. */
export interface Reply {
  status: number;
  headers: Record<string, string>;
  body: string | Buffer;
}

/** Parses the Cookie header; a malformed pair is skipped. */
export function parseCookies(header: string | undefined): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const pair of (header ?? '').split(';')) {
    const separator = pair.indexOf('=');
    if (separator < 1) continue;
    const name = pair.slice(0, separator).trim();
    try {
      cookies.set(name, decodeURIComponent(pair.slice(separator + 1).trim()));
    } catch {
      continue;
    }
  }
  return cookies;
}

/** Builds a Set-Cookie value: HttpOnly and SameSite=Lax, for the whole site. */
export function serializeCookie(name: string, value: string, maxAgeSeconds?: number): string {
  const parts = [`${name}=${encodeURIComponent(value)}`, 'Path=/', 'HttpOnly', 'SameSite=Lax'];
  if (maxAgeSeconds !== undefined) parts.push(`Max-Age=${maxAgeSeconds}`);
  return parts.join('; ');
}

/** Error for a request body that the mailbox does not accept. */
export class BadRequestError extends Error {
  constructor(
    readonly status: 413 | 415,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Reads an application/x-www-form-urlencoded body, the only kind the mailbox's forms send.
 * Throws BadRequestError for another content type or a body over 64 KiB.
 */
export async function readForm(request: IncomingMessage): Promise<URLSearchParams> {
  const type = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded') {
    throw new BadRequestError(415, `Expected a form body, not "${type ?? ''}".`);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_FORM_BYTES) throw new BadRequestError(413, 'Form body is over 64 KiB.');
    chunks.push(chunk);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

/** Replies with an HTML page. */
export function htmlReply(page: SafeHtml, status = 200): Reply {
  return { status, headers: { 'content-type': 'text/html; charset=utf-8' }, body: page.text };
}

/** Replies with a 303 redirect, so that a reload after a POST does not resend the form. */
export function redirect(location: string): Reply {
  return { status: 303, headers: { location }, body: '' };
}
