/** Code step of the logon: SMS code, authenticator code, or a switch between the two. */
import { pendingUser, replaceSession, TRUSTED_COOKIE, type Context } from '../context';
import { TRUSTED_DEVICE_SECONDS } from '../credentials';
import {
  csrfField,
  errorBox,
  noticeBox,
  maskPhone,
  otpField,
  sendSmsForm,
  smsField,
} from '../forms';
import { html, type SafeHtml } from '../html';
import { redirect, serializeCookie, type Reply } from '../http';
import { renderPage } from '../layout';
import type { Factor } from '../policy';
import { verifyTotp } from '../totp';
import type { DemoUser } from '../types';
import { renderLogon } from './logon';

/** Wrong codes after which the logon is cancelled and the password is asked again. */
export const MAX_FAILED_CODES = 5;

/** Picks the method from ?method=, falling back to the authenticator when both are offered. */
function chooseFactor(context: Context, requested: string | null): Factor {
  const { factors } = context.session;
  if (requested === 'sms' || requested === 'app') {
    if (factors.includes(requested)) return requested;
  }
  return factors.includes('app') ? 'app' : 'sms';
}

function renderMethodSwitch(context: Context, current: Factor): SafeHtml {
  const { t, session } = context;
  if (session.factors.length < 2) return html``;
  const tab = (factor: Factor, label: string) =>
    html`<a href="/login/verify?method=${factor}" ${factor === current && html`aria-current="page"`}
      >${label}</a
    >`;
  return html`<nav class="tabs" aria-label="${t('chooseMethod')}">
    ${tab('sms', t('securePhone'))} ${tab('app', t('authenticatorApp'))}
  </nav>`;
}

function renderVerify(
  context: Context,
  user: DemoUser,
  factor: Factor,
  error: string | null,
  notice: string | null,
): Reply {
  const { t } = context;
  const phone = user.securePhone ?? '';
  const codeInput = factor === 'app' ? otpField(context, t('otpHint')) : smsField(context);
  const content = html`<p>${t('verifyIntro')}</p>
    ${renderMethodSwitch(context, factor)} ${noticeBox(notice)} ${errorBox(error)}
    ${factor === 'sms' && sendSmsForm(context, '/login/sms', phone)}
    <form method="post" action="/login/verify">
      ${csrfField(context)}
      <input type="hidden" name="method" value="${factor}" />
      ${codeInput}
      <p>
        <input id="trust_device" name="trust_device" type="checkbox" value="1" />
        <label class="inline" for="trust_device">${t('trustDevice')}</label>
      </p>
      <p class="hint">${t('trustHint')}</p>
      <button type="submit">${t('logIn')}</button>
    </form>`;
  return renderPage(context, t('verifyTitle'), content);
}

export function showVerify(context: Context): Reply {
  const user = pendingUser(context, 'second-factor');
  if (user === undefined) return redirect('/login');
  const factor = chooseFactor(context, context.url.searchParams.get('method'));
  const sent = context.url.searchParams.get('sent') === '1' && user.securePhone !== null;
  const notice = sent ? context.t('smsSent', { phone: maskPhone(user.securePhone ?? '') }) : null;
  return renderVerify(context, user, factor, null, notice);
}

/** Puts a logon SMS code in the phone outbox. */
export function sendLogonSms(context: Context): Reply {
  const { session, state, t, now } = context;
  const user = pendingUser(context, 'second-factor');
  if (user?.securePhone == null || !session.factors.includes('sms')) return redirect('/login');
  state.sms.send(user.username, user.securePhone, 'logon', (code) => t('smsText', { code }), now);
  state.log.info(`SMS logon code sent to ${user.username}`);
  return redirect('/login/verify?method=sms&sent=1');
}

function checkCode(context: Context, user: DemoUser, factor: Factor): boolean {
  const { form, state, now } = context;
  if (factor === 'sms')
    return state.sms.consume(user.username, 'logon', (form.get('sms_code') ?? '').trim(), now);
  const secret = user.authenticatorSecret;
  return secret !== null && verifyTotp(secret, (form.get('otp') ?? '').trim(), now) !== null;
}

/** Checks the code; five wrong codes cancel the logon. */
export function submitVerify(context: Context): Reply {
  const { form, session, state, t } = context;
  const user = pendingUser(context, 'second-factor');
  if (user === undefined) return renderLogon(context, t('logonExpired'));
  const factor = chooseFactor(context, form.get('method'));
  if (!checkCode(context, user, factor)) {
    session.failedCodes += 1;
    state.log.info(`logon of ${user.username}: wrong ${factor} code (${session.failedCodes})`);
    if (session.failedCodes >= MAX_FAILED_CODES) {
      replaceSession(context);
      return renderLogon(context, t('tooManyAttempts'), user.username);
    }
    return renderVerify(
      context,
      user,
      factor,
      t(factor === 'app' ? 'wrongCode' : 'wrongSmsCode'),
      null,
    );
  }
  session.stage = 'signed-in';
  session.failedCodes = 0;
  const trustedDevice = form.get('trust_device') === '1';
  state.logons.unshift({
    username: user.username,
    at: context.now,
    secondFactor: factor,
    skipReason: null,
    trustedDevice,
  });
  if (trustedDevice) {
    const token = state.trustedDevices.issue(user.username, context.now);
    context.setCookies.push(serializeCookie(TRUSTED_COOKIE, token, TRUSTED_DEVICE_SECONDS));
  }
  state.log.info(`logon of ${user.username}: ${factor} code accepted`);
  return redirect('/mail');
}
