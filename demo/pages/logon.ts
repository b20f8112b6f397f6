/** Logon page, the decision after the password, and logout. */
import {
  replaceSession,
  signedInUser,
  SESSION_COOKIE,
  TRUSTED_COOKIE,
  type Context,
} from '../context';
import { csrfField, errorBox } from '../forms';
import { html } from '../html';
import { redirect, serializeCookie, type Reply } from '../http';
import { renderPage } from '../layout';
import { decideSecondStep, isInScope, isSecureAddress } from '../policy';
import type { DemoUser, SkipReason } from '../types';

/** Renders the logon form; it has no code field, since the code step comes after the password. */
export function renderLogon(context: Context, error: string | null = null, username = ''): Reply {
  const { t } = context;
  const content = html`${errorBox(error)}
    <form method="post" action="/login">
      ${csrfField(context)}
      <label for="username">${t('username')}</label>
      <input
        id="username"
        name="username"
        type="text"
        autocomplete="username"
        value="${username}"
        required
      />
      <label for="password">${t('password')}</label>
      <input
        id="password"
        name="password"
        type="password"
        autocomplete="current-password"
        required
      />
      <button type="submit">${t('logIn')}</button>
    </form>`;
  return renderPage(context, t('logonTitle'), content);
}

export function showLogon(context: Context): Reply {
  if (signedInUser(context) !== undefined) return redirect('/mail');
  return renderLogon(context);
}

/** Checks the password, then sends the member to the mailbox, the code step or the attach page. */
export function submitLogon(context: Context): Reply {
  const { form, state, t } = context;
  const username = form.get('username') ?? '';
  const user = state.users.authenticate(username, form.get('password') ?? '');
  if (user === undefined) {
    state.log.info(`logon rejected: wrong password for "${username}"`);
    return renderLogon(context, t('wrongPassword'), username);
  }
  const session = replaceSession(context);
  session.username = user.username;
  return routeAfterPassword(context, user);
}

function routeAfterPassword(context: Context, user: DemoUser): Reply {
  const { state, session } = context;
  const skipReason = secondFactorSkipReason(context, user);
  if (skipReason !== null) {
    state.log.info(`logon of ${user.username}: no second factor (${skipReason})`);
    session.stage = 'signed-in';
    state.logons.unshift({
      username: user.username,
      at: context.now,
      secondFactor: 'none',
      skipReason,
      trustedDevice: false,
    });
    return redirect('/mail');
  }
  const step = decideSecondStep(state.policy, user);
  state.log.info(`logon of ${user.username}: second step ${step.kind}`);
  switch (step.kind) {
    case 'code':
      session.stage = 'second-factor';
      session.factors = step.factors;
      return redirect('/login/verify');
    case 'attach':
      session.stage = 'attach';
      return redirect('/login/attach');
    case 'blocked':
      session.stage = 'anonymous';
      session.username = null;
      return renderLogon(context, context.t('blocked'), user.username);
  }
}

function secondFactorSkipReason(context: Context, user: DemoUser): SkipReason | null {
  const { state, cookies, clientAddress, now } = context;
  if (!isInScope(state.policy, user)) return 'not in scope';
  if (isSecureAddress(state.policy.secureIps, clientAddress)) return 'secure logon IP';
  const token = cookies.get(TRUSTED_COOKIE);
  if (state.trustedDevices.isTrusted(user.username, token, now)) return 'trusted device';
  return null;
}

/** Ends the session; the trusted-device cookie stays, as it belongs to the browser. */
export function logout(context: Context): Reply {
  context.state.sessions.delete(context.session);
  context.setCookies.push(serializeCookie(SESSION_COOKIE, '', 0));
  return redirect('/login');
}
