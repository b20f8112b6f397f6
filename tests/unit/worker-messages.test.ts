import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readPolicy } from '../../src/background/settings/policy';
import { checkUserPatch } from '../../src/background/settings/user-settings';
import { expectString } from '../../src/background/validate';
import { decryptBackup } from '../../src/background/vault/backup';
import { MINIMUM_KDF } from '../../src/background/vault/kdf';
import { ExtensionError } from '../../src/shared/errors';
import { checkPassphrase } from '../../src/shared/passphrase';
import { describeError } from '../../src/ui/errors';
import { formatMessage, readCatalog } from './catalog';
import { PASSPHRASE, openTestVault } from './vault-fixtures';

const english = readCatalog('en');
const chinese = readCatalog('zh_CN');

/** Key prefixes of the messages that the worker and the settings checks build. */
const WORKER_PREFIXES = [
  'request',
  'vault',
  'backupError',
  'qrLoad',
  'passphraseRule',
  'settingsCheck',
  'originRule',
  'policyWarning',
  'savedSettings',
  'settingsChange',
  'optionsNumber',
];

/** Chinese ideographs, CJK punctuation or full-width forms. */
const CHINESE_TEXT = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;

const workerKeys = Object.keys(english).filter((key) =>
  WORKER_PREFIXES.some((prefix) => key.startsWith(prefix)),
);

function useChinese(): void {
  vi.spyOn(chrome.i18n, 'getMessage').mockImplementation((key, substitutions) =>
    formatMessage(chinese[key], substitutions),
  );
}

async function thrownMessage(task: () => unknown): Promise<string> {
  try {
    await task();
  } catch (error) {
    if (error instanceof ExtensionError) return error.message;
    throw error;
  }
  return 'no error';
}

describe('worker message catalog', () => {
  it('has worker messages', () => {
    expect(workerKeys.length).toBeGreaterThan(80);
  });

  it.each(workerKeys)('%s is translated to Chinese', (key) => {
    expect(chinese[key]?.message).toMatch(CHINESE_TEXT);
  });
});

describe('worker messages in Chinese', () => {
  beforeEach(useChinese);
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('short passphrase names both lengths', () => {
    const result = checkPassphrase('abc', { minLength: 8, minStrength: 2 });
    expect(result.ok ? '' : result.message).toBe(
      '密码短语太短：只有 3 个字符，至少需要 8 个。请再加一些词语或字符。',
    );
  });

  it('weak passphrase names both strengths', () => {
    const result = checkPassphrase('password123456', { minLength: 8, minStrength: 3 });
    expect(result.ok ? '' : result.message).toContain('（强度为“非常弱”，至少需要“强”）');
  });

  it('out-of-range change names label', () => {
    const result = checkUserPatch({ autoLockMinutes: 5000 }, []);
    expect(result.ok ? '' : result.message).toBe(
      '设置“自动锁定时间（分钟）”的值 5000 不在 0 到 1440 分钟之间，因此未被采用。未保存任何更改。',
    );
  });

  it('policy warnings name the key', () => {
    const { warnings } = readPolicy({ autoLockMinutes: 'soon', colour: 'blue' });
    expect(warnings).toEqual([
      '策略“autoLockMinutes”的值 "soon" 不是数字（单位：分钟），因此未被采用。将使用用户的设置或默认值（15）。',
      '策略“colour”不是本扩展程序的设置，因此未被采用。请对照管理员指南检查拼写。',
    ]);
  });

  it('policy origin entry gives problem', () => {
    const { warnings } = readPolicy({ mailOrigins: ['http://mail.example.com'] });
    expect(warnings[0]).toBe(
      '策略“mailOrigins”：条目 "http://mail.example.com" 未被采用，因为只允许 https://（http:// 仅限 localhost 和 127.0.0.1）。',
    );
  });

  it('request check names field', async () => {
    const message = await thrownMessage(() => expectString({}, 'passphrase'));
    expect(message).toBe('请求无效：“passphrase”必须是文本。请重新加载页面后重试。');
  });

  it('foreign file is not backup', async () => {
    const result = await decryptBackup('not a backup', 'x', MINIMUM_KDF);
    expect(result.ok ? '' : result.message).toBe(
      '此文件不是邮箱身份验证器的备份。请选择由本扩展程序导出的文件。',
    );
  });

  it('wrong vault passphrase', async () => {
    const { vault } = openTestVault();
    await vault.setPassphrase(null, PASSPHRASE);
    await vault.lock();
    const message = await thrownMessage(() => vault.unlock('not the passphrase'));
    expect(message).toBe('密码短语不正确。请检查大写锁定键和键盘布局后重试。');
  });
});

describe('describeError', () => {
  it.each([
    ['worker message', new ExtensionError('weak-passphrase', 'Too short.'), 'Too short.'],
    [
      'empty message',
      new ExtensionError('locked', ''),
      'The authenticator is locked. Unlock it and try again.',
    ],
    [
      'bare QR wording',
      new ExtensionError('invalid-qr', 'Invalid QR code format. Please retry.'),
      'Invalid QR code format. Please retry.',
    ],
    [
      'QR with reason',
      new ExtensionError('invalid-qr', 'The image is empty.'),
      'Invalid QR code format. Please retry. The image is empty.',
    ],
    ['unexpected exception', new Error('boom'), english.errorInternal?.message],
  ])('%s', (_name, error, shown) => {
    expect(describeError(error)).toBe(shown);
  });

  it('shows Chinese worker message', () => {
    useChinese();
    const message = checkUserPatch({ clipboardClearSeconds: -1 }, []);
    const error = new ExtensionError('invalid-request', message.ok ? '' : message.message);
    expect(describeError(error)).toMatch(
      /^设置“复制的验证码清除时间（秒）”的值 -1 不在 0 到 600 秒之间/,
    );
    vi.restoreAllMocks();
  });
});
