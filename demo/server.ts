/**
 * Demo mailbox: a node:http server that imitates the company webmail's logon, multi-factor and
 * account security pages, and checks every code itself.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { LANG_COOKIE, SESSION_COOKIE, type Context } from './context';
import { html } from './html';
import { BadRequestError, parseCookies, readForm, serializeCookie, type Reply } from './http';
import { pickLang, translator } from './i18n';
import { renderPage } from './layout';
import { createLogger } from './log';
import { ROUTES } from './routes';
import { createDefaultSeed } from './seed';
import { checkClientLogon, createState, type MailboxState } from './state';
import { STYLESHEET } from './styles';
import type { Mailbox, MailboxOptions } from './types';

export type * from './types';

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

/** Headers of every reply. Pages are never cached, since they carry codes and secrets. */
const SECURITY_HEADERS: Record<string, string> = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
};

function buildContext(state: MailboxState, request: IncomingMessage, now: number): Context {
  const url = new URL(request.url ?? '/', 'http://mailbox.invalid');
  const cookies = parseCookies(request.headers.cookie);
  const setCookies: string[] = [];
  let session = state.sessions.find(cookies.get(SESSION_COOKIE), now);
  if (session === undefined) {
    session = state.sessions.create(now);
    setCookies.push(serializeCookie(SESSION_COOKIE, session.id));
  }
  const langQuery = url.searchParams.get('lang');
  const lang = pickLang(langQuery, cookies.get(LANG_COOKIE));
  if (langQuery === 'en' || langQuery === 'zh')
    setCookies.push(serializeCookie(LANG_COOKIE, lang, ONE_YEAR_SECONDS));
  const clientAddress = request.socket.remoteAddress ?? '';
  const context = { method: request.method ?? 'GET', url, form: new URLSearchParams(), cookies };
  return { ...context, clientAddress, lang, t: translator(lang), session, state, now, setCookies };
}

async function route(context: Context, request: IncomingMessage): Promise<Reply> {
  const { t, url, method } = context;
  const handlers = ROUTES[url.pathname];
  if (handlers === undefined) return renderPage(context, t('notFound'), html``, 404);
  const handler = method === 'GET' || method === 'POST' ? handlers[method] : undefined;
  if (handler === undefined) {
    const allowed = Object.keys(handlers).join(', ');
    return {
      status: 405,
      headers: { allow: allowed, 'content-type': 'text/plain' },
      body: 'Method not allowed.',
    };
  }
  if (method === 'POST') {
    context.form = await readForm(request);
    // A form from another site cannot know the token, so it cannot act for the member.
    if (context.form.get('_csrf') !== context.session.csrf) {
      return renderPage(context, t('formExpired'), html``, 403);
    }
  }
  return handler(context);
}

async function handle(
  state: MailboxState,
  baseHeaders: Record<string, string>,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const now = state.now();
  let reply: Reply;
  let setCookies: string[] = [];
  if (request.url === '/static/mail.css') {
    reply = {
      status: 200,
      headers: { 'content-type': 'text/css; charset=utf-8' },
      body: STYLESHEET,
    };
  } else {
    const context = buildContext(state, request, now);
    setCookies = context.setCookies;
    try {
      reply = await route(context, request);
    } catch (error) {
      reply = replyToError(context, error);
    }
  }
  response.writeHead(reply.status, {
    ...baseHeaders,
    // The clock may be fixed or shifted for tests; the extension corrects its own from this header.
    date: new Date(now).toUTCString(),
    ...reply.headers,
    ...(setCookies.length > 0 ? { 'set-cookie': setCookies } : {}),
  });
  response.end(reply.body);
}

function replyToError(context: Context, error: unknown): Reply {
  const { t } = context;
  if (error instanceof BadRequestError) {
    return renderPage(context, t('badRequest', { reason: error.message }), html``, error.status);
  }
  context.state.log.error(`${context.method} ${context.url.pathname} failed`, error);
  return renderPage(context, t('serverError'), html``, 500);
}

/** Starts a mailbox on 127.0.0.1 (or options.host) and resolves once it accepts connections. */
export async function startMailbox(options: MailboxOptions = {}): Promise<Mailbox> {
  const host = options.host ?? '127.0.0.1';
  const log = createLogger(options.logLevel ?? 'error');
  const state = createState(options.seed ?? createDefaultSeed(), options.now ?? Date.now, log);
  const baseHeaders = { ...SECURITY_HEADERS };
  if (options.contentSecurityPolicy !== undefined) {
    baseHeaders['content-security-policy'] = options.contentSecurityPolicy;
  }
  const server = createServer((request, response) => {
    handle(state, baseHeaders, request, response).catch((error: unknown) => {
      log.error('reply failed', error);
      response.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  log.info(`listening on ${url}`);
  return {
    url,
    users: state.users,
    admin: state.policy,
    smsOutbox: (username) =>
      state.sms
        .list(username)
        .map(({ phone, code, text, sentAt }) => ({ phone, code, text, sentAt })),
    checkClientLogon: (username, password) => checkClientLogon(state, username, password),
    logons: (username) =>
      state.logons
        .filter((record) => record.username.toLowerCase() === username.toLowerCase())
        .map((record) => ({ ...record })),
    close: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
      log.info(`stopped ${url}`);
    },
  };
}
