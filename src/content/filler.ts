import type { CodeReply, FillOutcome } from '../shared/messages';
import { fillBoxes } from './fill';
import { authenticatorSwitch, submitForm, tickTrustedDevice } from './form';
import { crossOriginFrame, unsafeReason } from './safety';
import { scanPage, type Scan } from './scanner';

/** How long to wait for the authenticator's field after clicking the method switch. */
const SWITCH_TIMEOUT_MS = 2000;
const POLL_MS = 100;

const NO_FIELD = 'No verification code field was found on this page.';

const refuse = (reason: string): FillOutcome => ({ filled: false, reason });

async function afterMethodSwitch(scan: Scan): Promise<Scan> {
  const toggle = authenticatorSwitch();
  if (toggle === null) return scan;
  toggle.click();
  for (let waited = 0; waited < SWITCH_TIMEOUT_MS; waited += POLL_MS) {
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    const next = scanPage({ deep: true });
    if (next.codes.some((field) => field.boxes.every((box) => unsafeReason(box) === null)))
      return next;
  }
  return scanPage({ deep: true });
}

/**
 * Fill the code into the frame's code field, tick "Set as trusted device" and press the form's
 * button as the reply asks. fromPage marks a request started by a click on the page itself,
 * which a cross-origin frame could have staged, so such a frame is refused.
 */
export async function fillCode(reply: CodeReply, fromPage: boolean): Promise<FillOutcome> {
  const framed = fromPage ? crossOriginFrame() : null;
  if (framed !== null) return refuse(framed);

  let scan = scanPage({ deep: true });
  if (scan.report.page === 'client-password') {
    return refuse(
      'Mail Authenticator does not fill the client security password page. Type the code yourself.',
    );
  }
  if (scan.report.page === 'logon') scan = await afterMethodSwitch(scan);
  if (scan.codes.length === 0) {
    return refuse(
      scan.report.page === 'sms-only'
        ? 'This page asks for the SMS code sent to your phone.'
        : NO_FIELD,
    );
  }

  let reason = NO_FIELD;
  for (const { boxes } of scan.codes) {
    const [first] = boxes;
    if (first === undefined) continue;
    if (boxes.length > 1 && boxes.length !== reply.code.length) {
      reason = `The page has ${boxes.length} boxes for a ${reply.code.length}-digit code.`;
      continue;
    }
    const unsafe = boxes.map(unsafeReason).find((found) => found !== null);
    if (unsafe !== undefined) {
      reason = unsafe;
      continue;
    }
    if (!fillBoxes(boxes, reply.code)) {
      return refuse('The page changed the filled code. Type the code yourself.');
    }
    if (reply.trustDevice) tickTrustedDevice(first);
    if (reply.submit) submitForm(first);
    return { filled: true };
  }
  return refuse(reason);
}
