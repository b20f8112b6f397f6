/** Stylesheet of every page, served at /static/mail.css. */
export const STYLESHEET = `
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, "PingFang SC", "Microsoft YaHei", sans-serif; color: #1f2329; background: #f2f4f7; }
header { display: flex; align-items: center; gap: 16px; padding: 10px 24px; background: #1f4e8c; color: #fff; }
header .brand { font-weight: 600; font-size: 17px; margin-right: auto; }
header a { color: #fff; }
header nav a { margin-left: 12px; }
main { max-width: 760px; margin: 32px auto; padding: 24px 32px; background: #fff; border-radius: 8px; box-shadow: 0 1px 3px rgba(0,0,0,.12); }
footer { text-align: center; font-size: 13px; color: #646a73; margin-bottom: 32px; }
footer a { margin: 0 6px; }
h1 { font-size: 22px; margin-top: 0; }
label { display: block; margin: 14px 0 4px; font-weight: 500; }
label.inline { display: inline; font-weight: normal; margin: 0; }
input[type=text], input[type=password], input:not([type]), textarea { width: 100%; max-width: 360px; padding: 8px 10px; border: 1px solid #c9cdd4; border-radius: 4px; font: inherit; }
textarea { max-width: 100%; min-height: 72px; }
button { margin-top: 16px; padding: 8px 20px; border: 0; border-radius: 4px; background: #1f6fe5; color: #fff; font: inherit; cursor: pointer; }
button.secondary { background: #e5e8ed; color: #1f2329; }
button.danger { background: #d83931; }
.hint { color: #646a73; font-size: 13px; margin: 4px 0; }
.error { padding: 8px 12px; border-radius: 4px; background: #fdeceb; color: #a1261f; }
.notice { padding: 8px 12px; border-radius: 4px; background: #e8f3ff; color: #1a4b8f; }
.success { padding: 8px 12px; border-radius: 4px; background: #e8f8ee; color: #1c6b39; font-size: 18px; }
.tabs { display: flex; gap: 8px; margin-bottom: 8px; }
.tabs a { padding: 6px 14px; border: 1px solid #c9cdd4; border-radius: 16px; text-decoration: none; color: inherit; }
.tabs a[aria-current=page] { border-color: #1f6fe5; color: #1f6fe5; font-weight: 600; }
.breadcrumb { font-size: 13px; color: #646a73; }
.qr { display: block; width: 200px; height: 200px; image-rendering: pixelated; border: 1px solid #e5e8ed; }
code.secret { font-size: 16px; letter-spacing: 1px; word-break: break-all; }
table { width: 100%; border-collapse: collapse; }
th, td { text-align: left; padding: 8px; border-bottom: 1px solid #e5e8ed; }
dl.rows { display: grid; grid-template-columns: 220px 1fr; gap: 10px 16px; }
dl.rows dt { font-weight: 500; }
dl.rows dd { margin: 0; }
fieldset { border: 1px solid #e5e8ed; border-radius: 4px; margin: 14px 0; }
`;
