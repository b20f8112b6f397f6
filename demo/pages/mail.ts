/** Inbox with a few fixed messages, and the demo's phone outbox. */
import { formatTime, signedInUser, type Context } from '../context';
import { html } from '../html';
import { redirect, type Reply } from '../http';
import { renderPage } from '../layout';

const MESSAGES = [
  {
    from: 'IT Service Desk',
    subject: 'Multi-factor authentication is now on',
    date: '2026-11-30 09:12',
  },
  { from: 'Finance', subject: 'Expense claims due Friday', date: '2026-11-28 16:40' },
  { from: '行政部', subject: '年会通知', date: '2026-11-27 10:05' },
];

export function showInbox(context: Context): Reply {
  const { t } = context;
  if (signedInUser(context) === undefined) return redirect('/login');
  const content = html`<table>
    <thead>
      <tr>
        <th>${t('from')}</th>
        <th>${t('subject')}</th>
        <th>${t('date')}</th>
      </tr>
    </thead>
    <tbody>
      ${MESSAGES.map(
        (message) =>
          html`<tr>
            <td>${message.from}</td>
            <td>${message.subject}</td>
            <td>${message.date}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
  return renderPage(context, t('inbox'), content);
}

/**
 * Lists every SMS the mailbox would have sent, newest first. It needs no logon because it replaces
 * the member's phone, so it must never be served beyond a test machine.
 */
export function showPhoneOutbox(context: Context): Reply {
  const { t, state } = context;
  const messages = state.sms.list(null);
  const rows = messages.map(
    (message) =>
      html`<tr>
        <td>${message.phone}</td>
        <td>${message.username}</td>
        <td>${message.text}</td>
        <td>${formatTime(message.sentAt)}</td>
      </tr>`,
  );
  const content =
    messages.length === 0
      ? html`<p>${t('noMessages')}</p>`
      : html`<table>
          <thead>
            <tr>
              <th>${t('phone')}</th>
              <th>${t('username')}</th>
              <th>${t('message')}</th>
              <th>${t('date')}</th>
            </tr>
          </thead>
          <tbody>
            ${rows}
          </tbody>
        </table>`;
  return renderPage(context, t('phoneOutbox'), content);
}
