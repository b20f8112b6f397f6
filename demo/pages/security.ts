/** Settings > Account and Security > Account Security: phone, authenticator and client password. */
import { formatTime, signedInUser, type Context } from '../context';
import { maskPhone } from '../forms';
import { html } from '../html';
import { redirect, type Reply } from '../http';
import { renderPage, securityBreadcrumb } from '../layout';
import { allowsApp, isInScope } from '../policy';

export function showSecurity(context: Context): Reply {
  const { t, state } = context;
  const user = signedInUser(context);
  if (user === undefined) return redirect('/login');
  const inScope = isInScope(state.policy, user);
  const passwordCreatedAt = state.clientPasswords.createdAt(user.username);
  const authenticatorAction =
    user.authenticatorSecret !== null
      ? html`<a href="/settings/security/authenticator/delete">${t('deleteAuthenticator')}</a>`
      : inScope &&
        allowsApp(state.policy) &&
        html`<a href="/settings/security/authenticator/attach">${t('attachTitle')}</a>`;
  const content = html`${securityBreadcrumb(context)}
    <p>${t(inScope ? 'mfaStatusOn' : 'mfaStatusOff')}</p>
    <dl class="rows">
      <dt>${t('securePhone')}</dt>
      <dd>${user.securePhone === null ? t('notAttached') : maskPhone(user.securePhone)}</dd>
      <dt>${t('authenticatorApp')}</dt>
      <dd>
        ${t(user.authenticatorSecret === null ? 'notAttached' : 'attached')} ${authenticatorAction}
      </dd>
      <dt>${t('clientPassword')}</dt>
      <dd>
        ${passwordCreatedAt === null ? t('clientPasswordNone') : t('clientPasswordSet', { date: formatTime(passwordCreatedAt) })}
        <a href="/settings/security/client-password">${t('clientPassword')}</a>
      </dd>
    </dl>`;
  return renderPage(context, t('accountSecurity'), content);
}
