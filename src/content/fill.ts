/**
 * Putting a code into inputs so that the page's own script accepts it. Frameworks such as React
 * keep their own copy of an input's value and update it only from input events. Per-digit boxes
 * move the focus from their key and input handlers. So each character arrives the way a typing
 * user's would.
 */

// eslint-disable-next-line @typescript-eslint/unbound-method -- always called with .call(input)
const valueSetter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;

/**
 * Set the value through HTMLInputElement.prototype's setter, not the element's own property: React
 * installs a tracking setter on the element, and its change detection only fires when the
 * tracked value differs from the one the input event reports.
 */
export function setNativeValue(input: HTMLInputElement, value: string): void {
  if (valueSetter === undefined) input.value = value;
  else valueSetter.call(input, value);
}

function key(input: HTMLInputElement, type: 'keydown' | 'keyup', digit: string): boolean {
  const init = { key: digit, code: `Digit${digit}`, bubbles: true, cancelable: true };
  return input.dispatchEvent(new KeyboardEvent(type, init));
}

function inputEvent(input: HTMLInputElement, type: 'beforeinput' | 'input', data: string): boolean {
  const init = { inputType: 'insertText', data, bubbles: true, cancelable: type === 'beforeinput' };
  return input.dispatchEvent(new InputEvent(type, init));
}

/** Type one character into a box: keydown, beforeinput, value, input, keyup. */
function typeCharacter(box: HTMLInputElement, character: string): void {
  box.focus();
  // A page that cancels keydown or beforeinput handles the key itself, as it would a real key.
  if (key(box, 'keydown', character) && inputEvent(box, 'beforeinput', character)) {
    setNativeValue(box, character);
    inputEvent(box, 'input', character);
  }
  key(box, 'keyup', character);
  box.dispatchEvent(new Event('change', { bubbles: true }));
}

function digitsOf(text: string): string {
  return text.replace(/\D/g, '');
}

/**
 * Fill the code into one input, or one digit per box, and return whether the page kept it.
 * Formatting that the page adds, such as a space in the middle, is ignored in the check.
 */
export function fillBoxes(boxes: readonly HTMLInputElement[], code: string): boolean {
  const [first] = boxes;
  if (first === undefined || (boxes.length > 1 && boxes.length !== code.length)) return false;
  if (boxes.length === 1) {
    first.focus();
    setNativeValue(first, code);
    inputEvent(first, 'input', code);
    first.dispatchEvent(new Event('change', { bubbles: true }));
    return digitsOf(first.value) === code;
  }
  boxes.forEach((box, index) => typeCharacter(box, code.charAt(index)));
  return digitsOf(boxes.map((box) => box.value).join('')) === code;
}
