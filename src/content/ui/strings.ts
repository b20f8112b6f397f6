/**
 * Text of the in-page UI, in the language of the mail page the user is reading: English, or
 * Simplified Chinese when the page or, failing that, the browser is in Chinese. The strings live
 * here and not in _locales to keep the UI in the page's language.
 */
const chinese = /^zh/i.test(document.documentElement.lang || navigator.language);

/** Group a six-digit code as 123 456 so that it is easy to read and compare. */
export function spaced(code: string): string {
  return code.length === 6 ? `${code.slice(0, 3)} ${code.slice(3)}` : code;
}

export const strings = chinese
  ? {
      offer: (account: string) => `添加到 Mail Authenticator：${account}`,
      duplicate: (account: string) => `Mail Authenticator 中已有 ${account}`,
      add: '添加',
      dismiss: '关闭',
      done: (code: string, submitted: boolean) =>
        `${submitted ? '已绑定' : '已添加，请按页面按钮完成绑定'}。第一个验证码：${spaced(code)}。请立即备份：Mail Authenticator > 设置 > 备份。`,
      fillButton: '填入验证码',
      notFilled: '未填入：',
    }
  : {
      offer: (account: string) => `Add to Mail Authenticator: ${account}`,
      duplicate: (account: string) => `Already in Mail Authenticator: ${account}`,
      add: 'Add',
      dismiss: 'Dismiss',
      done: (code: string, submitted: boolean) =>
        `${submitted ? 'Attached' : "Added. Press the page's button to finish attaching"}. Your first code is ${spaced(code)}. Back up your accounts now: Mail Authenticator > Settings > Backup.`,
      fillButton: 'Fill code',
      notFilled: 'Not filled: ',
    };
