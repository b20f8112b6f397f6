/** Administrator console: the multi-factor switch, scope, methods, secure logon IPs, client passwords. */
import { signedInUser, type Context } from '../context';
import { csrfField, errorBox, noticeBox } from '../forms';
import { html } from '../html';
import { redirect, type Reply } from '../http';
import { renderPage } from '../layout';
import { isValidIpRule } from '../policy';
import type { MfaMethods, MfaPolicy } from '../types';

function lines(text: string | null): string[] {
  return (text ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

function readPolicy(form: URLSearchParams): MfaPolicy {
  const methods = form.get('methods');
  return {
    enabled: form.get('enabled') === '1',
    scope: form.get('scope') === 'chosen' ? 'chosen' : 'all',
    departments: form.getAll('departments'),
    accounts: lines(form.get('accounts')).map((name) => name.toLowerCase()),
    exceptions: lines(form.get('exceptions')).map((name) => name.toLowerCase()),
    methods: methods === 'sms' || methods === 'both' ? methods : 'app',
    secureIps: lines(form.get('secure_ips')),
    forceClientPassword: form.get('force_client_password') === '1',
  };
}

/** Returns the error message for the draft, or null when it can be saved. */
function validatePolicy(context: Context, draft: MfaPolicy): string | null {
  const { state, t } = context;
  const unknown = [...draft.accounts, ...draft.exceptions].filter(
    (name) => state.users.get(name) === undefined,
  );
  if (unknown.length > 0) return t('unknownAccounts', { list: unknown.join(', ') });
  const invalid = draft.secureIps.filter((rule) => !isValidIpRule(rule));
  if (invalid.length > 0) return t('invalidIps', { list: invalid.join(', ') });
  return null;
}

function renderAdmin(
  context: Context,
  draft: MfaPolicy,
  error: string | null,
  notice: string | null,
): Reply {
  const { t, state } = context;
  const departments = [
    ...new Set([...state.users.list().map((user) => user.department), ...draft.departments]),
  ];
  const radio = (name: string, value: string, checked: boolean, label: string) =>
    html`<label class="inline"
        ><input type="radio" name="${name}" value="${value}" ${checked && html`checked`} />
        ${label}</label
      ><br />`;
  const methodRadio = (value: MfaMethods, label: string) =>
    radio('methods', value, draft.methods === value, label);
  const content = html`${noticeBox(notice)} ${errorBox(error)}
    <form method="post" action="/admin">
      ${csrfField(context)}
      <h2>${t('mfaTitle')}</h2>
      <label class="inline"
        ><input type="checkbox" name="enabled" value="1" ${draft.enabled && html`checked`} />
        ${t('mfaEnabled')}</label
      >
      <fieldset>
        <legend>${t('scope')}</legend>
        ${radio('scope', 'all', draft.scope === 'all', t('scopeAll'))}
        ${radio('scope', 'chosen', draft.scope === 'chosen', t('scopeChosen'))}
        <p>${t('departments')}:</p>
        ${departments.map(
          (name) =>
            html`<label class="inline"
              ><input
                type="checkbox"
                name="departments"
                value="${name}"
                ${draft.departments.includes(name) && html`checked`}
              />
              ${name}</label
            > `,
        )}
        <label for="accounts">${t('accounts')}</label>
        <textarea id="accounts" name="accounts">${draft.accounts.join('\n')}</textarea>
        <label for="exceptions">${t('exceptions')}</label>
        <textarea id="exceptions" name="exceptions">${draft.exceptions.join('\n')}</textarea>
      </fieldset>
      <fieldset>
        <legend>${t('methods')}</legend>
        ${methodRadio('sms', t('methodSms'))} ${methodRadio('app', t('methodApp'))}
        ${methodRadio('both', t('methodBoth'))}
      </fieldset>
      <label for="secure_ips">${t('secureIps')}</label>
      <textarea id="secure_ips" name="secure_ips">${draft.secureIps.join('\n')}</textarea>
      <p>
        <label class="inline"
          ><input
            type="checkbox"
            name="force_client_password"
            value="1"
            ${draft.forceClientPassword && html`checked`}
          />
          ${t('forceClientPassword')}</label
        >
      </p>
      <button type="submit">${t('save')}</button>
    </form>`;
  return renderPage(context, t('adminConsole'), content);
}

/** Returns null for the administrator, or the reply that sends anyone else away. */
function rejectNonAdministrator(context: Context): Reply | null {
  const user = signedInUser(context);
  if (user === undefined) return redirect('/login');
  if (user.username.toLowerCase() === context.state.administrator) return null;
  const content = html`<p class="error" role="alert">
    ${context.t('adminOnly', { admin: context.state.administrator })}
  </p>`;
  return renderPage(context, context.t('adminConsole'), content, 403);
}

export function showAdmin(context: Context): Reply {
  const rejection = rejectNonAdministrator(context);
  if (rejection !== null) return rejection;
  const notice = context.url.searchParams.get('saved') === '1' ? context.t('saved') : null;
  return renderAdmin(context, context.state.policy, null, notice);
}

/** Saves the console form into the live policy, which the next logon obeys. */
export function submitAdmin(context: Context): Reply {
  const rejection = rejectNonAdministrator(context);
  if (rejection !== null) return rejection;
  const draft = readPolicy(context.form);
  const error = validatePolicy(context, draft);
  if (error !== null) return renderAdmin(context, draft, error, null);
  Object.assign(context.state.policy, draft);
  context.state.log.info('administrator saved the multi-factor policy');
  return redirect('/admin?saved=1');
}
