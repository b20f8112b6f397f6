/**
 * Words that say what an input or a page is for, in English and Simplified Chinese. They are
 * matched against lower-cased attribute and label text, so they are written in lower case.
 */

/** An authenticator (TOTP) code, or a verification code of unknown kind. */
export const CODE_WORDS =
  /one-time|verif\w*[\s_-]*code|security[\s_-]*code|auth\w*[\s_-]*code|authenticator|2fa|two[\s_-]*(factor|step)|otp|mfa|dynamic[\s_-]*(code|password)|验证码|动态码|动态口令|动态密码|校验码|身份验证器|安全码/;

/** Generic words that point to a code only when the page itself is about codes. */
export const WEAK_CODE_WORDS = /code|verif|码|验证/;

/** A code sent by SMS, which the authenticator must never fill. */
export const SMS_WORDS = /sms|短信|phone|mobile|手机|text message|sent to your/;

/** Fields that are never a code field, whatever else their label says. */
export const NEVER_WORDS =
  /search|query|keyword|搜索|查找|captcha|图形|图片|image code|人机|invite|coupon|promo|postal|zip/;

/** Identity fields; "dynamic password" and "one-time password" are caught by CODE_WORDS first. */
export const IDENTITY_WORDS = /user|login|account|e-?mail|邮箱|账号|帐号|用户名|password|密码/;

/** Pages whose code field the extension must not fill. */
export const CLIENT_PASSWORD_WORDS =
  /client[\s-]*(security[\s-]*)?password|third-party client|客户端(安全)?密码|第三方客户端/;

export const DELETE_WORDS =
  /(delete|remove|unbind|detach)[\s-]*(the[\s-]*)?authenticator|删除身份验证器|解绑|解除绑定/;

export const ATTACH_WORDS = /attach|bind|scan|绑定|扫描|扫码/;

/** The method switch of a logon page that offers both the secure phone and the authenticator. */
export const AUTHENTICATOR_METHOD_WORDS = /authenticator|身份验证器|验证器/;

export const TRUST_DEVICE_WORDS =
  /trust(ed)?[\s-]*(this[\s-]*)?(device|browser|computer)|remember (this )?device|信任设备|信任此/;

/** Buttons that send the code form. */
export const SUBMIT_WORDS =
  /attach|verify|submit|next|confirm|continue|log ?in|sign ?in|ok|绑定|验证|提交|下一步|确定|确认|登录|继续/;
