// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { fillBoxes, setNativeValue } from '../../src/content/fill';

/** Give an input React's kind of value tracker and return what its onChange would see. */
function trackLikeReact(input: HTMLInputElement): { changes: string[] } {
  const native = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value');
  let tracked = '';
  Object.defineProperty(input, 'value', {
    configurable: true,
    get: () => native?.get?.call(input) as string,
    set: (value: string) => {
      tracked = value;
      native?.set?.call(input, value);
    },
  });
  const state = { changes: [] as string[] };
  input.addEventListener('input', () => {
    const actual = native?.get?.call(input) as string;
    if (actual === tracked) return;
    tracked = actual;
    state.changes.push(actual);
  });
  return state;
}

describe('fillBoxes', () => {
  it('React tracker sees the change', () => {
    document.body.innerHTML = '<input>';
    const input = document.querySelector('input') as HTMLInputElement;
    const state = trackLikeReact(input);
    expect(fillBoxes([input], '123456')).toBe(true);
    expect(state.changes).toEqual(['123456']);
  });

  it('assignment alone is not seen', () => {
    document.body.innerHTML = '<input>';
    const input = document.querySelector('input') as HTMLInputElement;
    const state = trackLikeReact(input);
    input.value = '123456';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    expect(state.changes).toEqual([]);
  });

  it('types one digit per box', () => {
    document.body.innerHTML = '<input><input><input><input><input><input>';
    const boxes = Array.from(document.querySelectorAll('input'));
    const events: string[] = [];
    for (const type of ['keydown', 'beforeinput', 'input', 'keyup', 'change']) {
      boxes[0]?.addEventListener(type, () => events.push(type));
    }
    expect(fillBoxes(boxes, '987654')).toBe(true);
    expect(boxes.map((box) => box.value)).toEqual(['9', '8', '7', '6', '5', '4']);
    expect(events).toEqual(['keydown', 'beforeinput', 'input', 'keyup', 'change']);
  });

  it('cancelled keydown leaves value alone', () => {
    document.body.innerHTML = '<input><input><input><input>';
    const boxes = Array.from(document.querySelectorAll('input'));
    boxes[1]?.addEventListener('keydown', (event) => event.preventDefault());
    expect(fillBoxes(boxes, '1234')).toBe(false);
    expect(boxes.map((box) => box.value)).toEqual(['1', '', '3', '4']);
  });

  it('wrong box count is refused', () => {
    document.body.innerHTML = '<input><input><input><input>';
    const boxes = Array.from(document.querySelectorAll('input'));
    expect(fillBoxes(boxes, '123456')).toBe(false);
    expect(boxes.map((box) => box.value)).toEqual(['', '', '', '']);
  });

  it('page formatting is accepted', () => {
    document.body.innerHTML = '<input>';
    const input = document.querySelector('input') as HTMLInputElement;
    input.addEventListener('input', () => {
      setNativeValue(input, input.value.replace(/^(\d{3})(\d{3})$/, '$1 $2'));
    });
    expect(fillBoxes([input], '123456')).toBe(true);
    expect(input.value).toBe('123 456');
  });
});
