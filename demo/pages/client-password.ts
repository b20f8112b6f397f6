/**
 * Client security password for IMAP, POP and SMTP. Generating one needs a verification: an SMS
 * code when the member has a secure phone, otherwise the authenticator code.
 */
import { formatTime, signedInUser, type Context } from '../context';
import {
  csrfField,
  errorBox,
  maskPhone,
  noticeBox,
  otpField,
  sendSmsForm,
  smsField,
} from '../forms';
import { html, type SafeHtml } from '../html';
import { redirect, type Reply } from '../http';
import { renderPage, securityBreadcrumb } from '../layout';
import { verifyTotp } from '../totp';
import type { DemoUser } from '../types';

const PAGE_PATH = '/settings/security/client-password';

function verificationFactor(user: DemoUser): 'sms' | 'app' | null {
  if (user.securePhone !== null) return 'sms';
  return user.authenticatorSecret !== null ? 'app' : null;
}

function renderGenerateForm(context: Context, user: DemoUser): SafeHtml {
  const { t } = context;
  const factor = verificationFactor(user);
  if (factor === null) return html`<p class="notice">${t('clientPasswordNoFactor')}</p>`;
  return html`<p>${t('clientPasswordVerify')}</p>
    ${factor === 'sms' && sendSmsForm(context, `${PAGE_PATH}/sms`, user.securePhone ?? '')}
    <form method="post" action="${PAGE_PATH}">
      ${csrfField(context)}
      ${factor === 'sms' ? smsField(context) : otpField(context, t('otpHint'))}
      <button type="submit">${t('generatePassword')}</button>
    </form>`;
}

function renderClientPassword(
  context: Context,
  user: DemoUser,
  error: string | null,
  notice: string | null,
): Reply {
  const { t, state } = context;
  const createdAt = state.clientPasswords.createdAt(user.username);
  const content = html`${securityBreadcrumb(context)}
    <p>${t('clientPasswordIntro')}</p>
    ${state.policy.forceClientPassword && html`<p class="notice">${t('clientPasswordForced')}</p>`}
    ${noticeBox(notice)} ${errorBox(error)}
    <p>
      ${createdAt === null ? t('clientPasswordNone') : t('clientPasswordSet', { date: formatTime(createdAt) })}
    </p>
    ${
      createdAt !== null &&
      html`<form method="post" action="${PAGE_PATH}/delete">
        ${csrfField(context)}<button type="submit" class="secondary">${t('deletePassword')}</button>
      </form>`
    }
    ${renderGenerateForm(context, user)}`;
  return renderPage(context, t('clientPassword'), content);
}

export function showClientPassword(context: Context): Reply {
  const { t, url } = context;
  const user = signedInUser(context);
  if (user === undefined) return redirect('/login');
  let notice: string | null = null;
  if (url.searchParams.get('sent') === '1' && user.securePhone !== null) {
    notice = t('smsSent', { phone: maskPhone(user.securePhone) });
  }
  if (url.searchParams.get('deleted') === '1') notice = t('clientPasswordDeleted');
  return renderClientPassword(context, user, null, notice);
}

export function sendClientPasswordSms(context: Context): Reply {
  const { state, t, now } = context;
  const user = signedInUser(context);
  if (user?.securePhone == null) return redirect(PAGE_PATH);
  state.sms.send(
    user.username,
    user.securePhone,
    'client-password',
    (code) => t('smsText', { code }),
    now,
  );
  return redirect(`${PAGE_PATH}?sent=1`);
}

function checkVerificationCode(context: Context, user: DemoUser, factor: 'sms' | 'app'): boolean {
  const { form, state, now } = context;
  if (factor === 'sms') {
    const code = (form.get('sms_code') ?? '').trim();
    return state.sms.consume(user.username, 'client-password', code, now);
  }
  const secret = user.authenticatorSecret;
  return secret !== null && verifyTotp(secret, (form.get('otp') ?? '').trim(), now) !== null;
}

/** Checks the verification code, then shows a new password once. */
export function submitClientPassword(context: Context): Reply {
  const { state, t, now } = context;
  const user = signedInUser(context);
  if (user === undefined) return redirect('/login');
  const factor = verificationFactor(user);
  const verified = factor !== null && checkVerificationCode(context, user, factor);
  if (!verified) {
    return renderClientPassword(
      context,
      user,
      t(factor === 'sms' ? 'wrongSmsCode' : 'wrongCode'),
      null,
    );
  }
  const password = state.clientPasswords.generate(user.username, now);
  state.log.info(`client security password generated for ${user.username}`);
  const content = html`${securityBreadcrumb(context)}
    <p class="notice">${t('clientPasswordShown')}</p>
    <p><code class="secret" id="client-password">${password}</code></p>
    <p><a href="/settings/security">${t('backToSecurity')}</a></p>`;
  return renderPage(context, t('clientPassword'), content);
}

export function deleteClientPassword(context: Context): Reply {
  const user = signedInUser(context);
  if (user === undefined) return redirect('/login');
  context.state.clientPasswords.remove(user.username);
  return redirect(`${PAGE_PATH}?deleted=1`);
}
