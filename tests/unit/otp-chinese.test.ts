import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { normalizeSecret } from '../../src/shared/otp/secret';
import { formatMessage, readCatalog } from './catalog';

const chinese = readCatalog('zh_CN');

function messageOf(raw: string): string {
  const result = normalizeSecret(raw);
  return result.ok ? '' : result.message;
}

describe('Chinese secret messages', () => {
  beforeEach(() => {
    vi.spyOn(chrome.i18n, 'getMessage').mockImplementation((key, substitutions) =>
      formatMessage(chinese[key], substitutions),
    );
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('quotes a character with Chinese marks', () => {
    expect(messageOf('1BSWY3DPEHPK3PXP')).toContain('“1”');
  });

  it('joins the hint without a space', () => {
    expect(messageOf('1BSWY3DPEHPK3PXP')).toContain('。数字 1');
  });

  it('shows an invisible character by code point', () => {
    expect(messageOf('JBSW\u007fY3DPEHPK3PXP')).toContain('（U+007F）');
  });
});

describe('Chinese key catalog', () => {
  const otpMessages = Object.entries(chinese).filter(([key]) => /^(key|import)/.test(key));

  it.each(otpMessages)('%s uses Chinese quotation marks', (_key, entry) => {
    expect(entry.message).not.toMatch(/["']/);
  });

  it.each(otpMessages)('%s has no space after punctuation', (_key, entry) => {
    expect(entry.message).not.toMatch(/[。，：；！？] /);
  });
});
