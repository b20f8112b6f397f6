/** The controls around a code field: the method switch, "Set as trusted device", the submit button. */
import {
  AUTHENTICATOR_METHOD_WORDS,
  SMS_WORDS,
  SUBMIT_WORDS,
  TRUST_DEVICE_WORDS,
} from './fields/words';

const SELECTED = ':checked, [aria-selected=true], [aria-checked=true], [aria-current=page]';

function textOf(element: Element): string {
  const labels = Array.from(
    (element as HTMLInputElement).labels ?? [],
    (label) => label.textContent,
  );
  const attributes = ['aria-label', 'value', 'name'].map((name) => element.getAttribute(name));
  return [element.textContent, ...labels, ...attributes].join(' ').toLowerCase();
}

/** Whether a control is a link that leaves this page, which no method switch does. */
function leavesPage(element: Element): boolean {
  return (
    element instanceof HTMLAnchorElement &&
    element.href !== '' &&
    element.pathname !== location.pathname
  );
}

/**
 * Return the switch to the authenticator on a logon page that also offers the secure phone, or
 * null when there is none or it is already selected. The switch is a radio button, a tab, a
 * button or a link to the same page.
 */
export function authenticatorSwitch(): HTMLElement | null {
  const options = Array.from(
    document.querySelectorAll<HTMLElement>('[type=radio], [role=tab], [role=radio], button, a'),
  ).filter((element) => !leavesPage(element) && textOf(element).length < 80);
  const app = options.find((element) => {
    const text = textOf(element);
    return AUTHENTICATOR_METHOD_WORDS.test(text) && !/attach|delete|绑定|删除/.test(text);
  });
  const phone = options.some((element) => SMS_WORDS.test(textOf(element)));
  return phone && app?.matches(SELECTED) === false ? app : null;
}

/** Tick "Set as trusted device" in the field's form when it is there and not ticked yet. */
export function tickTrustedDevice(input: HTMLInputElement): void {
  const boxes = (input.form ?? document).querySelectorAll<HTMLInputElement>('[type=checkbox]');
  const box = Array.from(boxes).find((candidate) => TRUST_DEVICE_WORDS.test(textOf(candidate)));
  if (box?.checked === false) box.click();
}

/**
 * Send the code's form as its submit button would. Without a form, click the nearest button
 * whose text names a send action (Verify, Next, 提交 …).
 */
export function submitForm(input: HTMLInputElement): void {
  const form = input.form;
  if (form !== null) {
    // The submitter's name and value reach the server, as they would on a click.
    form.requestSubmit(form.querySelector<HTMLElement>('button:not([type]), [type=submit]'));
    return;
  }
  const scope = input.parentElement?.parentElement ?? document;
  Array.from(scope.querySelectorAll('button'))
    .find((button) => SUBMIT_WORDS.test(textOf(button)))
    ?.click();
}
