import type { CodeReply, FillOutcome } from '../shared/messages';
import { fillBoxes } from './fill';
import { authenticatorSwitch, submitForm, tickTrustedDevice } from './form';
import { detector } from './bridge';
import { message } from './i18n';
import { crossOriginFrame, unsafeReason } from './safety';
import type { Scan } from './scanner';

/** How long to wait for the authenticator's field after clicking the method switch. */
const SWITCH_TIMEOUT_MS = 2000;

const refuse = (reason: string): FillOutcome => ({ filled: false, reason });
const safe = (scan: Scan) => scan.codes.some(({ boxes }) => !boxes.some(unsafeReason));

/**
 * Click the switch to the authenticator on a logon page that offers the secure phone too, then
 * wait for the authenticator's field. A switch that loads another page cannot be waited for, so
 * it is clicked after the reply, and the reply tells the user to fill again.
 */
async function switchMethod(scan: Scan): Promise<Scan | string> {
  const toggle = authenticatorSwitch();
  if (toggle === null) return scan;
  if (
    toggle instanceof HTMLAnchorElement &&
    toggle.href.split('#')[0] !== location.href.split('#')[0]
  ) {
    setTimeout(() => toggle.click());
    return message('pageSwitching');
  }
  toggle.click();
  for (let waited = 0; waited < SWITCH_TIMEOUT_MS && !safe(scan); waited += 100) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    scan = detector().scanPage({ deep: 'always' });
  }
  return scan;
}

/**
 * Fill the code into the frame's code field, tick "Set as trusted device" and press the form's
 * button as the reply requests. fromPage marks a request started by a click on the page itself,
 * which a cross-origin frame could have staged, so such a frame is refused.
 */
export async function fillCode(reply: CodeReply, fromPage: boolean): Promise<FillOutcome> {
  const framed = fromPage ? crossOriginFrame() : null;
  if (framed !== null) return refuse(framed);

  let scan: Scan | string = detector().scanPage({ deep: 'always' });
  const { page } = scan.report;
  if (page === 'client-password') return refuse(message('pageClientPassword'));
  if (page === 'sms-only') return refuse(message('pageSmsOnly'));
  if (page === 'logon') scan = await switchMethod(scan);
  if (typeof scan === 'string') return { ...refuse(scan), switching: true };

  // The first field that is safe gets the code; a hidden decoy before it is skipped.
  let reason = message('pageNoField');
  for (const { boxes } of scan.codes) {
    const [first] = boxes;
    const unsafe = boxes.map(unsafeReason).find(Boolean);
    if (first === undefined || unsafe) {
      reason = unsafe ?? reason;
      continue;
    }
    if (!fillBoxes(boxes, reply.code)) return refuse(message('pageNotAccepted'));
    if (reply.trustDevice) tickTrustedDevice(first);
    if (reply.submit) submitForm(first);
    return { filled: true };
  }
  return refuse(reason);
}
