/** Delete Authenticator: a current code, then "Next", then a confirmation with a Delete button. */
import { signedInUser, type Context } from '../context';
import { csrfField, errorBox, otpField } from '../forms';
import { html } from '../html';
import { redirect, type Reply } from '../http';
import { renderPage, securityBreadcrumb } from '../layout';
import { verifyTotp } from '../totp';

const DELETE_PATH = '/settings/security/authenticator/delete';
const CONFIRM_PATH = `${DELETE_PATH}/confirm`;
/** How long a verified code allows the deletion, in milliseconds. */
const APPROVAL_LIFETIME_MS = 5 * 60 * 1000;

function renderStep(context: Context, content: ReturnType<typeof html>, status = 200): Reply {
  return renderPage(
    context,
    context.t('deleteAuthenticator'),
    html`${securityBreadcrumb(context)}${content}`,
    status,
  );
}

function renderCodeStep(context: Context, error: string | null): Reply {
  const { t } = context;
  return renderStep(
    context,
    html`${errorBox(error)}
      <form method="post" action="${DELETE_PATH}">
        ${csrfField(context)} ${otpField(context, t('deleteIntro'))}
        <button type="submit">${t('next')}</button>
      </form>`,
  );
}

export function showDelete(context: Context): Reply {
  const user = signedInUser(context);
  if (user === undefined) return redirect('/login');
  if (user.authenticatorSecret === null) {
    return renderStep(context, html`<p class="notice">${context.t('noAuthenticator')}</p>`, 409);
  }
  return renderCodeStep(context, null);
}

export function submitDeleteCode(context: Context): Reply {
  const { form, session, state, t, now } = context;
  const user = signedInUser(context);
  if (user === undefined) return redirect('/login');
  const secret = user.authenticatorSecret;
  if (secret === null) return redirect(DELETE_PATH);
  if (verifyTotp(secret, (form.get('otp') ?? '').trim(), now) === null) {
    state.log.info(`delete for ${user.username}: wrong code`);
    return renderCodeStep(context, t('wrongCode'));
  }
  session.deleteApprovedUntil = now + APPROVAL_LIFETIME_MS;
  return redirect(CONFIRM_PATH);
}

export function showDeleteConfirm(context: Context): Reply {
  const { session, t, now } = context;
  const user = signedInUser(context);
  if (user === undefined) return redirect('/login');
  if (user.authenticatorSecret === null || session.deleteApprovedUntil < now)
    return redirect(DELETE_PATH);
  return renderStep(
    context,
    html`<p>${t('deleteConfirm', { account: user.username })}</p>
      <form method="post" action="${CONFIRM_PATH}">
        ${csrfField(context)}
        <button type="submit" class="danger">${t('delete')}</button>
        <a href="/settings/security">${t('cancel')}</a>
      </form>`,
  );
}

export function submitDeleteConfirm(context: Context): Reply {
  const { session, state, t, now } = context;
  const user = signedInUser(context);
  if (user === undefined) return redirect('/login');
  if (session.deleteApprovedUntil < now) {
    return renderStep(
      context,
      html`<p class="error" role="alert">${t('verificationExpired')}</p>`,
      409,
    );
  }
  session.deleteApprovedUntil = 0;
  user.authenticatorSecret = null;
  state.log.info(`delete for ${user.username}: authenticator deleted`);
  return renderStep(
    context,
    html`<p class="success" role="status">${t('authenticatorDeleted')}</p>
      <p><a href="/settings/security">${t('backToSecurity')}</a></p>`,
  );
}
