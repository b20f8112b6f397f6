/** PNG of the key URI on the attach page, served same-origin as the real webmail does. */
import QRCode from 'qrcode';
import type { Context } from '../context';
import type { Reply } from '../http';
import { buildKeyUri } from '../totp';

/**
 * Serves the QR code of the session's pending secret. The nonce in the URL must match the
 * current attach page, so an old image URL stops working once a new secret is shown.
 */
export async function serveAttachQr(context: Context): Promise<Reply> {
  const { session, state, url } = context;
  const nonce = url.searchParams.get('n');
  const username = session.username;
  if (
    session.pendingSecret === null ||
    username === null ||
    nonce === null ||
    nonce !== session.qrNonce
  ) {
    return {
      status: 404,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
      body: 'No QR code for this page.',
    };
  }
  const uri = buildKeyUri(state.issuer, username, session.pendingSecret);
  const png = await QRCode.toBuffer(uri, {
    type: 'png',
    errorCorrectionLevel: 'M',
    margin: 2,
    scale: 6,
  });
  return { status: 200, headers: { 'content-type': 'image/png' }, body: png };
}
