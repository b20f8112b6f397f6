/** Page shell: header with the member's links, main content and the language switch. */
import { signedInUser, type Context } from './context';
import { html, type SafeHtml } from './html';
import { htmlReply, type Reply } from './http';
import { htmlLang } from './i18n';

function renderHeader(context: Context): SafeHtml {
  const { t, state } = context;
  const user = signedInUser(context);
  if (user === undefined) return html`<header><span class="brand">${t('appName')}</span></header>`;
  const isAdministrator = user.username.toLowerCase() === state.administrator;
  return html`<header>
    <span class="brand">${t('appName')}</span>
    <span>${t('signedInAs', { name: user.displayName })}</span>
    <nav>
      <a href="/mail">${t('inbox')}</a>
      <a href="/settings/security">${t('settings')}</a>
      ${isAdministrator && html`<a href="/admin">${t('adminConsole')}</a>`}
      <a href="/logout">${t('logOut')}</a>
    </nav>
  </header>`;
}

/** Wraps page content in the shell and replies with it. */
export function renderPage(
  context: Context,
  title: string,
  content: SafeHtml,
  status = 200,
): Reply {
  const { t, url } = context;
  const page = html`<!doctype html>
    <html lang="${htmlLang(context.lang)}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${title} - ${t('appName')}</title>
        <link rel="stylesheet" href="/static/mail.css" />
      </head>
      <body>
        ${renderHeader(context)}
        <main>
          <h1>${title}</h1>
          ${content}
        </main>
        <footer>
          <a href="${url.pathname}?lang=en" lang="en">English</a>
          <a href="${url.pathname}?lang=zh" lang="zh-CN">简体中文</a>
          <a href="/demo/phone">${t('phoneOutbox')}</a>
        </footer>
      </body>
    </html>`;
  return htmlReply(page, status);
}

/** Breadcrumb of the security pages: Settings > Account and Security > Account Security. */
export function securityBreadcrumb(context: Context): SafeHtml {
  const { t } = context;
  return html`<p class="breadcrumb">
    ${t('settings')} &gt; ${t('accountAndSecurity')} &gt;
    <a href="/settings/security">${t('accountSecurity')}</a>
  </p>`;
}
