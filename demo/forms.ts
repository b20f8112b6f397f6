/** Form parts shared by the logon, attach, delete and client password pages. */
import type { Context } from './context';
import { html, type SafeHtml } from './html';

/** Hidden field with the session's CSRF token, checked by the server on every POST. */
export function csrfField(context: Context): SafeHtml {
  return html`<input type="hidden" name="_csrf" value="${context.session.csrf}" />`;
}

/**
 * Authenticator code input. Its name, autocomplete and inputmode are what the extension looks
 * for, so every page that takes an authenticator code uses this one.
 */
export function otpField(context: Context, hint: string): SafeHtml {
  const { t } = context;
  return html`<label for="otp">${t('verificationCode')}</label>
    <input
      id="otp"
      name="otp"
      type="text"
      autocomplete="one-time-code"
      inputmode="numeric"
      maxlength="6"
      pattern="[0-9]{6}"
      required
      aria-describedby="otp-hint"
    />
    <p class="hint" id="otp-hint">${hint}</p>`;
}

/** SMS code input, labelled as such so that the extension leaves it alone. */
export function smsField(context: Context): SafeHtml {
  const { t } = context;
  return html`<label for="sms_code">${t('smsCode')}</label>
    <input
      id="sms_code"
      name="sms_code"
      type="text"
      autocomplete="off"
      inputmode="numeric"
      maxlength="6"
      required
    />`;
}

/** Form with a single "Send code" button that puts an SMS code in the phone outbox. */
export function sendSmsForm(context: Context, action: string, phone: string): SafeHtml {
  const { t } = context;
  return html`<form method="post" action="${action}">
    ${csrfField(context)}
    <p class="hint">${t('smsHint', { phone: maskPhone(phone) })}</p>
    <button type="submit" class="secondary">${t('sendCode')}</button>
    <p class="hint">${t('smsDemoHint')} <a href="/demo/phone">${t('phoneOutbox')}</a></p>
  </form>`;
}

/** Error box, or nothing when there is no message. */
export function errorBox(message: string | null): SafeHtml {
  return html`${message !== null && html`<p class="error" role="alert">${message}</p>`}`;
}

/** Notice box, or nothing when there is no message. */
export function noticeBox(message: string | null): SafeHtml {
  return html`${message !== null && html`<p class="notice" role="status">${message}</p>`}`;
}

/** Hides the middle digits of a phone number, as the page shows it to anyone at the screen. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return digits.length < 7 ? phone : `${digits.slice(0, -8)}****${digits.slice(-4)}`;
}
