/**
 * Words that tell what an input or a page is for, in English and Simplified Chinese. They are
 * matched against lower-cased attribute and label text, so they are written in lower case, and
 * they are kept short because every mail page loads them.
 */

/** An authenticator (TOTP) code, or a verification code of unknown kind. */
export const CODE_WORDS =
  /one.?time|verif|security.?code|auth|2fa|two.?(factor|step)|otp|mfa|dynamic|验证|动态|口令|校验码|安全码/;

/** Generic words that point to a code only when the page itself is about codes. */
export const WEAK_CODE_WORDS = /code|码/;

/** A code sent by SMS, which the authenticator must never fill. */
export const SMS_WORDS = /sms|短信|phone|mobile|手机|sent to/;

/** Fields that are never a code field, whatever else their label contains. */
export const NEVER_WORDS =
  /search|query|keyword|搜索|captcha|图形|图片|image|人机|invite|coupon|promo|postal|zip/;

/** Identity fields. "Dynamic password" and "one-time password" match CODE_WORDS first. */
export const IDENTITY_WORDS = /user|login|account|mail|邮箱|账号|帐号|用户|password|密码/;

/** Pages whose code field the extension must not fill. */
export const CLIENT_PASSWORD_WORDS = /client.{0,12}password|third.party client|客户端/;

export const DELETE_WORDS = /(delete|remove|unbind).{0,12}authenticator|删除|解绑/;

export const ATTACH_WORDS = /attach|bind|scan|绑定|扫/;

/** The method switch of a logon page that offers both the secure phone and the authenticator. */
export const AUTHENTICATOR_METHOD_WORDS = /authenticator|验证器/;

export const TRUST_DEVICE_WORDS = /trust|remember|信任/;

/** Buttons that send the code form. */
export const SUBMIT_WORDS =
  /attach|verify|submit|next|confirm|continue|log|sign|ok|绑定|验证|提交|下一步|确|登录|继续/;
