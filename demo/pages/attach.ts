/**
 * Attach page, reached during logon (Method 1) or from Account Security (Method 2).
 * Each visit shows a fresh secret. A wrong code keeps the same secret, so the entry that the app
 * already added stays valid.
 */
import { randomBytes } from 'node:crypto';
import { pendingUser, replaceSession, signedInUser, type Context } from '../context';
import { csrfField, errorBox, otpField } from '../forms';
import { html } from '../html';
import { redirect, type Reply } from '../http';
import { renderPage, securityBreadcrumb } from '../layout';
import { allowsApp, isInScope } from '../policy';
import { createTotpSecret, verifyTotp } from '../totp';
import type { DemoUser } from '../types';
import { renderLogon } from './logon';
import { MAX_FAILED_CODES } from './verify';

/** The two places the attach page lives, which differ in access rule and in the way out. */
interface AttachRoute {
  path: string;
  user: (context: Context) => DemoUser | undefined;
  /** Text above the QR code. */
  intro: (context: Context) => string | null;
  /** Link shown after a successful attachment. */
  exit: { href: string; label: 'continueToMailbox' | 'backToSecurity' };
}

const LOGON_ROUTE: AttachRoute = {
  path: '/login/attach',
  user: (context) => pendingUser(context, 'attach'),
  intro: (context) => context.t('attachLogonIntro'),
  exit: { href: '/mail', label: 'continueToMailbox' },
};

const SETTINGS_ROUTE: AttachRoute = {
  path: '/settings/security/authenticator/attach',
  user: signedInUser,
  intro: () => null,
  exit: { href: '/settings/security', label: 'backToSecurity' },
};

function renderAttach(
  context: Context,
  route: AttachRoute,
  user: DemoUser,
  error: string | null,
): Reply {
  const { t, session, state } = context;
  const secret = session.pendingSecret ?? '';
  const content = html`${route === SETTINGS_ROUTE && securityBreadcrumb(context)}
    ${route.intro(context) !== null && html`<p class="notice">${route.intro(context)}</p>`}
    ${errorBox(error)}
    <p>${t('attachScan')}</p>
    <img
      class="qr"
      src="/qr/attach.png?n=${session.qrNonce ?? ''}"
      alt="${t('qrAlt')}"
      width="200"
      height="200"
    />
    <details>
      <summary>${t('cantScan')}</summary>
      <p>
        ${t('setupKey')}:
        <code class="secret" id="setup-key">${secret.replace(/(.{4})(?=.)/g, '$1 ')}</code>
      </p>
      <p class="hint">${t('setupKeyHint', { account: user.username })} (${state.issuer})</p>
    </details>
    <form method="post" action="${route.path}">
      ${csrfField(context)}
      <p>${t('attachEnter')}</p>
      ${otpField(context, t('otpHint'))}
      <button type="submit">${t('attachNow')}</button>
    </form>`;
  return renderPage(context, t('attachTitle'), content);
}

/** Returns why the member cannot attach from the settings, or null when they can. */
function settingsRejection(context: Context, user: DemoUser): string | null {
  const { state, t } = context;
  if (user.authenticatorSecret !== null) return t('alreadyAttached');
  if (!isInScope(state.policy, user) || !allowsApp(state.policy)) return t('appNotAllowed');
  return null;
}

function showAttach(context: Context, route: AttachRoute): Reply {
  const user = route.user(context);
  if (user === undefined) return redirect('/login');
  const rejection = route === SETTINGS_ROUTE ? settingsRejection(context, user) : null;
  if (rejection !== null) {
    const content = html`${securityBreadcrumb(context)}
      <p class="notice">${rejection}</p>`;
    return renderPage(context, context.t('attachTitle'), content, 409);
  }
  context.session.pendingSecret = createTotpSecret();
  context.session.qrNonce = randomBytes(12).toString('base64url');
  return renderAttach(context, route, user, null);
}

function submitAttach(context: Context, route: AttachRoute): Reply {
  const { session, state, t, form, now } = context;
  const user = route.user(context);
  if (user === undefined) return redirect('/login');
  const secret = session.pendingSecret;
  const rejection = route === SETTINGS_ROUTE ? settingsRejection(context, user) : null;
  if (secret === null || rejection !== null) return redirect(route.path);
  if (verifyTotp(secret, (form.get('otp') ?? '').trim(), now) === null) {
    session.failedCodes += 1;
    state.log.info(`attach for ${user.username}: wrong code (${session.failedCodes})`);
    // During logon a correct code opens the mailbox, so guessing is capped as at the code step.
    if (route === LOGON_ROUTE && session.failedCodes >= MAX_FAILED_CODES) {
      replaceSession(context);
      return renderLogon(context, t('tooManyAttempts'), user.username);
    }
    return renderAttach(context, route, user, t('wrongCode'));
  }
  user.authenticatorSecret = secret;
  session.pendingSecret = null;
  session.qrNonce = null;
  if (session.stage === 'attach') {
    session.stage = 'signed-in';
    state.logons.unshift({
      username: user.username,
      at: now,
      secondFactor: 'attach',
      skipReason: null,
      trustedDevice: false,
    });
  }
  state.log.info(`attach for ${user.username}: authenticator attached`);
  const content = html`<p class="success" role="status">${t('attachSuccess')}</p>
    <p>${t('attachSuccessHint')}</p>
    <p><a href="${route.exit.href}">${t(route.exit.label)}</a></p>`;
  return renderPage(context, t('attachTitle'), content);
}

export const showLogonAttach = (context: Context) => showAttach(context, LOGON_ROUTE);
export const submitLogonAttach = (context: Context) => submitAttach(context, LOGON_ROUTE);
export const showSettingsAttach = (context: Context) => showAttach(context, SETTINGS_ROUTE);
export const submitSettingsAttach = (context: Context) => submitAttach(context, SETTINGS_ROUTE);
