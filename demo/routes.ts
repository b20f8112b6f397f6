/** Route table: method and exact path to handler. */
import type { Handler } from './context';
import { redirect } from './http';
import { showAdmin, submitAdmin } from './pages/admin';
import {
  showLogonAttach,
  showSettingsAttach,
  submitLogonAttach,
  submitSettingsAttach,
} from './pages/attach';
import {
  deleteClientPassword,
  sendClientPasswordSms,
  showClientPassword,
  submitClientPassword,
} from './pages/client-password';
import {
  showDelete,
  showDeleteConfirm,
  submitDeleteCode,
  submitDeleteConfirm,
} from './pages/delete';
import { logout, showLogon, submitLogon } from './pages/logon';
import { showInbox, showPhoneOutbox } from './pages/mail';
import { serveAttachQr } from './pages/qr';
import { showSecurity } from './pages/security';
import { sendLogonSms, showVerify, submitVerify } from './pages/verify';

export const ROUTES: Record<string, Partial<Record<'GET' | 'POST', Handler>>> = {
  '/': { GET: () => redirect('/mail') },
  '/login': { GET: showLogon, POST: submitLogon },
  '/login/verify': { GET: showVerify, POST: submitVerify },
  '/login/sms': { POST: sendLogonSms },
  '/login/attach': { GET: showLogonAttach, POST: submitLogonAttach },
  '/logout': { GET: logout },
  '/mail': { GET: showInbox },
  '/settings/security': { GET: showSecurity },
  '/settings/security/authenticator/attach': {
    GET: showSettingsAttach,
    POST: submitSettingsAttach,
  },
  '/settings/security/authenticator/delete': { GET: showDelete, POST: submitDeleteCode },
  '/settings/security/authenticator/delete/confirm': {
    GET: showDeleteConfirm,
    POST: submitDeleteConfirm,
  },
  '/settings/security/client-password': { GET: showClientPassword, POST: submitClientPassword },
  '/settings/security/client-password/sms': { POST: sendClientPasswordSms },
  '/settings/security/client-password/delete': { POST: deleteClientPassword },
  '/admin': { GET: showAdmin, POST: submitAdmin },
  '/qr/attach.png': { GET: serveAttachQr },
  '/demo/phone': { GET: showPhoneOutbox },
};
