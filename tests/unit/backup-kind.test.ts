import { describe, expect, it } from 'vitest';
import { detectBackupKind, type BackupKind } from '../../src/background/vault/backup';

const KEY_URI = 'otpauth://totp/Demo:ana@example.com?secret=JBSWY3DPEHPK3PXP&issuer=Demo';

const CASES: [string, string, BackupKind][] = [
  ['encrypted backup', '{"kind":"mail-authenticator-backup","version":1}', 'encrypted'],
  ['newer backup version', '{"kind":"mail-authenticator-backup","version":9}', 'encrypted'],
  ['backup after blank lines', '\n  {"kind":"mail-authenticator-backup"}', 'encrypted'],
  ['one key URI', KEY_URI, 'key-uris'],
  ['export URI', 'otpauth-migration://offline?data=CgA%3D', 'key-uris'],
  ['comment before URI', `# exported\r\n\r\n  ${KEY_URI}\r\n`, 'key-uris'],
  ['bad line before URI', `hello\n${KEY_URI}`, 'key-uris'],
  ['upper-case scheme', KEY_URI.replace('otpauth', 'OTPAUTH'), 'key-uris'],
  ['empty file', '', 'not-backup'],
  ['blank lines only', '\n \r\n', 'not-backup'],
  ['binary bytes', '\u0000\u0001\uFFFD', 'not-backup'],
  ['broken JSON', '{not json', 'not-backup'],
  ['other JSON object', '{"accounts":[]}', 'not-backup'],
  ['JSON array', '[{"kind":"mail-authenticator-backup"}]', 'not-backup'],
  ['URI inside text', `see ${KEY_URI}`, 'not-backup'],
  ['plain text', 'hello world', 'not-backup'],
];

describe('detectBackupKind', () => {
  it.each(CASES)('%s', (_case, contents, kind) => {
    expect(detectBackupKind(contents)).toBe(kind);
  });
});
