// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { classify, findFields } from '../../src/content/fields/detect';
import { pageKind } from '../../src/content/fields/page';

function inputOf(html: string): HTMLInputElement {
  document.body.innerHTML = html;
  const input = document.querySelector('input');
  if (input === null) throw new Error('The case has no input.');
  return input;
}

const KINDS: [string, string, ReturnType<typeof classify>][] = [
  ['one-time-code', '<input autocomplete="one-time-code">', 'weak'],
  ['otp name', '<input name="otp">', 'code'],
  ['English label', '<label for="c">Verification code</label><input id="c">', 'code'],
  ['authenticator placeholder', '<input placeholder="Authenticator code">', 'code'],
  ['2FA ARIA label', '<input aria-label="2FA code">', 'code'],
  ['验证码 label', '<label>验证码<input></label>', 'code'],
  ['动态口令 nearby text', '<p><span>动态口令</span><input name="x"></p>', 'code'],
  ['动态密码 is a code', '<label>动态密码<input></label>', 'code'],
  ['校验码 placeholder', '<input placeholder="校验码">', 'code'],
  ['身份验证器 labelledby', '<b id="l">身份验证器</b><input aria-labelledby="l">', 'code'],
  ['SMS name', '<input name="sms_code" autocomplete="one-time-code">', 'sms'],
  ['短信验证码 label', '<label>短信验证码<input></label>', 'sms'],
  ['code sent to phone', '<input placeholder="Code sent to your phone">', 'sms'],
  ['search box', '<input type="search" name="otp">', null],
  ['search placeholder', '<input placeholder="Search mail">', null],
  ['搜索 placeholder', '<input placeholder="搜索邮件">', null],
  ['captcha', '<label>Image code<input name="captcha"></label>', null],
  ['图形验证码', '<label>图形验证码<input></label>', null],
  ['username', '<input name="username" autocomplete="username">', null],
  ['email label', '<label>Email address<input></label>', null],
  ['password type', '<input type="password" name="otp">', null],
  ['账号 label', '<label>账号<input></label>', null],
  ['generic code', '<input name="code">', 'weak'],
  ['plain text', '<input name="nickname">', null],
];

describe('classify', () => {
  for (const [name, html, expected] of KINDS) {
    it(`classify ${name}`, () => {
      expect(classify(inputOf(html))).toBe(expected);
    });
  }
});

describe('findFields', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('groups per-digit boxes', () => {
    document.body.innerHTML =
      '<div aria-label="Authenticator code">' +
      '<input maxlength="1"><input maxlength="1"><input maxlength="1">' +
      '<input maxlength="1"><input maxlength="1"><input maxlength="1"></div>';
    const fields = findFields([document]);
    expect(fields).toHaveLength(1);
    expect(fields[0]?.boxes).toHaveLength(6);
    expect(fields[0]?.kind).toBe('code');
  });

  it('keeps SMS and code apart', () => {
    document.body.innerHTML =
      '<form><label for="s">SMS verification code</label><input id="s" name="sms_code">' +
      '<label for="o">Verification code</label><input id="o" name="otp"></form>';
    const kinds = findFields([document]).map((field) => [field.boxes[0]?.name, field.kind]);
    expect(kinds).toEqual([
      ['sms_code', 'sms'],
      ['otp', 'code'],
    ]);
  });
});

const PAGES: [string, string, ReturnType<typeof pageKind>][] = [
  [
    'logon',
    '<h1>Verify your identity</h1><form><label>Verification code<input name="otp"></label><button>Log In</button></form>',
    'logon',
  ],
  [
    'attach',
    '<h1>Attach Authenticator</h1><form><label>Verification code<input name="otp"></label><button>Attach Now</button></form>',
    'attach',
  ],
  [
    'attach Chinese',
    '<h1>绑定身份验证器</h1><form><label>验证码<input name="otp"></label><button>立即绑定</button></form>',
    'attach',
  ],
  [
    'delete',
    '<h1>Delete Authenticator</h1><form><label>Verification code<input name="otp"></label><button>Next</button></form>',
    'delete',
  ],
  [
    'delete Chinese',
    '<h1>删除身份验证器</h1><form><label>验证码<input name="otp"></label><button>下一步</button></form>',
    'delete',
  ],
  [
    'client password',
    '<h1>Client security password</h1><form><label>Verification code<input name="otp"></label></form>',
    'client-password',
  ],
  [
    'client password Chinese',
    '<h1>客户端安全密码</h1><form><label>验证码<input name="otp"></label></form>',
    'client-password',
  ],
  [
    'SMS only',
    '<h1>身份验证</h1><form><label>短信验证码<input name="sms_code"></label></form>',
    'sms-only',
  ],
  [
    'weak code on 2FA page',
    '<h1>Two-step verification</h1><form><label>Code<input name="code"></label></form>',
    'logon',
  ],
  [
    'weak code elsewhere',
    '<h1>Checkout</h1><form><label>Code<input name="code"></label></form>',
    'other',
  ],
  ['inbox', '<input type="search" name="q"><ul><li>Message</li></ul>', 'other'],
];

describe('pageKind', () => {
  for (const [name, html, expected] of PAGES) {
    it(`page kind ${name}`, () => {
      document.body.innerHTML = html;
      expect(pageKind(findFields([document]))).toBe(expected);
    });
  }
});
