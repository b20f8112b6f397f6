import type { FillPurpose, PageReport } from '../../shared/messages';
import type { Field } from '../fields/detect';
import { fillCode } from '../filler';
import { message } from '../i18n';
import { send } from '../runtime';
import { crossOriginFrame } from '../safety';
import { openFillButton } from './fillButton';
import type { Layer } from './layer';
import { openPanel } from './panel';

const buttons = new Map<HTMLInputElement, Layer>();

async function pressFill(anchor: Element, purpose: FillPurpose): Promise<void> {
  const reply = await send('content.code', { purpose });
  const outcome = reply.ok ? await fillCode(reply.value, true) : null;
  if (!reply.ok) openPanel(anchor, reply.message);
  else if (outcome?.filled === false) {
    openPanel(anchor, message('pageNotFilled', outcome.reason ?? ''));
  }
}

/** Keep one fill button per visible code field on logon and delete pages, and no others. */
export function updateButtons(
  codes: readonly Field[],
  page: PageReport['page'],
  hasAccount: boolean,
): void {
  const wanted = new Map<HTMLInputElement, boolean>();
  if (hasAccount && (page === 'logon' || page === 'delete') && crossOriginFrame() === null) {
    for (const { boxes } of codes) {
      const last = boxes[boxes.length - 1];
      if (last !== undefined && last.getBoundingClientRect().width > 0) {
        wanted.set(last, boxes.length > 1);
      }
    }
  }
  for (const [input, layer] of buttons) {
    if (wanted.has(input)) {
      layer.place();
      continue;
    }
    layer.remove();
    buttons.delete(input);
  }
  for (const [input, digits] of wanted) {
    if (buttons.has(input)) continue;
    const purpose = page as FillPurpose;
    buttons.set(
      input,
      openFillButton(input, digits, () => void pressFill(input, purpose)),
    );
  }
}
