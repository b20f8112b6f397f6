/**
 * Every message between the extension's contexts, with its request and response types.
 * Sender and handler both use these maps, so the compiler rejects a message without a handler.
 * Content scripts see codes and account names only: no response to them ever carries a secret
 * or a key URI.
 */
import type { AccountSummary, CodeSnapshot, KeyDraft } from './account';
import type { ImportIssue } from './otp/importText';
import type { Settings, SettingsView } from './settings';

/** Role a sender must have; the router checks it before the handler runs. */
export type SenderRole = 'extension-page' | 'content-script';

export type VaultState = 'uninitialized' | 'locked' | 'unlocked';

export interface VaultStatus {
  state: VaultState;
  hasPassphrase: boolean;
  /** Milliseconds to wait before the next unlock attempt is accepted, after wrong passphrases. */
  retryAfterMs: number;
}

/** What the code is for, which decides the field it goes into. */
export type FillPurpose = 'attach' | 'logon' | 'delete';

/** Findings of the content script in one frame. */
export interface PageReport {
  /** Kind of mailbox page, guessed from its fields and text. */
  page: 'attach' | 'logon' | 'delete' | 'sms-only' | 'client-password' | 'other';
  codeFields: number;
  qrCandidates: number;
}

/** A QR image as the content script hands it over: it decodes nothing itself. */
export type QrSource =
  { kind: 'url'; url: string } | { kind: 'pixels'; width: number; height: number; dataUrl: string };

/** A key QR code found on a page, offered for attachment. The secret stays in the worker. */
export interface AttachOffer {
  offerId: string;
  issuer: string;
  label: string;
  /** True when an account with the same issuer, name and secret is stored already. */
  duplicate: boolean;
}

export type QrScanOutcome =
  | { status: 'key'; offer: AttachOffer }
  | { status: 'invalid'; message: string }
  | { status: 'none' };

export interface CodeReply {
  code: string;
  accountId: string;
  validUntil: number;
  /** Tick "Set as trusted device": policy allows it and the user asked for it. */
  trustDevice: boolean;
  /** Press the form's button after filling. */
  submit: boolean;
}

/** Reason the extension did or did not act on a page, shown in the popup. */
export type PageVerdict =
  | 'ready'
  | 'not-mail-origin'
  | 'no-permission'
  | 'locked'
  | 'no-account'
  | 'no-code-field'
  | 'sms-only'
  | 'client-password'
  | 'unreachable';

export interface PageStatus {
  verdict: PageVerdict;
  origin: string | null;
  report: PageReport | null;
}

export interface FillOutcome {
  filled: boolean;
  /** Plain-language reason when nothing was filled. */
  reason?: string;
  /** True when a method switch that loads a new page was clicked instead of filling. */
  switching?: boolean;
}

export interface AddedAccount {
  account: AccountSummary;
  code: CodeSnapshot;
}

/** Reply to 'popup.open': the vault's state, the settings in force and every current code. */
export interface PopupOpening {
  vault: VaultStatus;
  settings: SettingsView;
  accounts: AccountSummary[];
  codes: CodeSnapshot[];
}

/**
 * Outcome of an import of key URIs, exports or QR images: the accounts added, those stored
 * already, and every line, account or image that was not imported, with the reason in the
 * user's language.
 */
export interface ImportReport {
  added: AddedAccount[];
  /** Accounts that were stored already or appeared twice in the import. */
  duplicates: Pick<KeyDraft, 'issuer' | 'label'>[];
  skipped: ImportIssue[];
}

/** Messages that the popup, the settings page and content scripts send to the worker. */
export interface WorkerMessages {
  // Vault: extension pages only.
  'vault.status': { request: null; response: VaultStatus };
  'vault.unlock': { request: { passphrase: string }; response: VaultStatus };
  'vault.lock': { request: null; response: VaultStatus };
  'vault.setPassphrase': {
    request: { current: string | null; next: string };
    response: VaultStatus;
  };
  'vault.removePassphrase': { request: { current: string }; response: VaultStatus };
  /** Replace a corrupted vault with the last good copy that the vault keeps. */
  'vault.restorePrevious': { request: null; response: VaultStatus };

  // Accounts: extension pages only.
  'accounts.list': {
    request: null;
    response: { accounts: AccountSummary[]; codes: CodeSnapshot[] };
  };
  'accounts.addUri': { request: { uri: string; origin?: string }; response: AddedAccount };
  'accounts.addManual': { request: { draft: KeyDraft }; response: AddedAccount };
  'accounts.delete': { request: { id: string }; response: null };
  'accounts.export': { request: { id: string }; response: { uri: string } };
  /** Import a pasted text: key URIs and export URIs, one per line. */
  'accounts.import': { request: { text: string; origin?: string }; response: ImportReport };
  /** Import the QR codes of images, such as the codes of a multi-code export. */
  'accounts.importImages': { request: { dataUrls: string[] }; response: ImportReport };
  /** Store the key of an offer that 'page.scan' returned. */
  'accounts.addOffer': { request: { offerId: string }; response: AddedAccount };

  // Popup: extension pages only.
  /**
   * Everything the popup's first view needs, in one round trip. `accounts` and `codes` are empty
   * while the vault is locked.
   */
  'popup.open': { request: null; response: PopupOpening };

  // Clipboard: extension pages only. The popup closes on blur, so the worker clears the copied
  // code after `afterSeconds`, unless the clipboard no longer contains `text` by then.
  'clipboard.clearLater': { request: { text: string; afterSeconds: number }; response: null };

  // Active tab: extension pages only.
  'page.status': { request: { tabId: number }; response: PageStatus };
  'page.fill': { request: { tabId: number; accountId?: string }; response: FillOutcome };
  'page.scan': { request: { tabId: number }; response: QrScanOutcome };

  // Backup: extension pages only.
  'backup.export': {
    request: { passphrase: string };
    response: { fileName: string; contents: string };
  };
  'backup.exportPlain': { request: null; response: { fileName: string; contents: string } };
  'backup.import': {
    request: { contents: string; passphrase: string | null };
    /** `skipped` counts duplicates. `invalid` lists the lines of a key URI list not imported. */
    response: { added: number; skipped: number; invalid?: ImportIssue[] };
  };

  // Settings: extension pages only.
  'settings.get': { request: null; response: SettingsView };
  'settings.set': { request: Partial<Settings>; response: SettingsView };

  // Content scripts: handled only for an allowed mail origin, for the sender's own frame.
  'content.report': { request: PageReport; response: { locked: boolean; hasAccount: boolean } };
  'content.qr': { request: { source: QrSource }; response: QrScanOutcome };
  'content.attach': { request: { offerId: string }; response: CodeReply };
  'content.code': { request: { purpose: FillPurpose }; response: CodeReply };
  /** Run content-actions.js in the sender's frame, whose content.js found a code field or a QR. */
  'content.loadActions': { request: null; response: null };
}

/** Messages that the worker sends to a content script in a tab. */
export interface ContentMessages {
  'content.fill': { request: CodeReply & { purpose: FillPurpose | null }; response: FillOutcome };
  'content.collectQr': { request: null; response: QrSource[] };
  'content.describe': { request: null; response: PageReport };
}

export type WorkerMessageType = keyof WorkerMessages;
export type ContentMessageType = keyof ContentMessages;

export interface Envelope<Type extends string = string, Payload = unknown> {
  type: Type;
  payload: Payload;
}

/** Stable error codes that cross contexts; each comes with a plain-language message. */
export type ErrorCode =
  | 'forbidden'
  | 'invalid-request'
  | 'locked'
  | 'wrong-passphrase'
  | 'rate-limited'
  | 'weak-passphrase'
  | 'invalid-uri'
  | 'invalid-qr'
  | 'duplicate'
  | 'not-found'
  | 'policy'
  | 'corrupted'
  | 'unavailable'
  | 'internal';

/** Reply to an envelope: the handler's value, or an error in plain words. */
export type Reply<Value> =
  { ok: true; value: Value } | { ok: false; error: ErrorCode; message: string };
