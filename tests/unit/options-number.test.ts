// @vitest-environment happy-dom
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SettingNumber } from '../../src/options/controls';
import { numberProblem } from '../../src/options/numberRange';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';

const RANGE = { min: 0, max: 1440 };

describe('numberProblem', () => {
  it.each([
    ['0', null],
    ['1440', null],
    [' 45 ', null],
    ['', 'Not saved: enter a whole number from 0 to 1440.'],
    ['1.5', 'Not saved: 1.5 is not a whole number. Enter a whole number from 0 to 1440.'],
    ['-5', 'Not saved: -5 is below the minimum of 0. Enter a whole number from 0 to 1440.'],
    ['5000', 'Not saved: 5000 is above the maximum of 1440. Enter a whole number from 0 to 1440.'],
  ])('"%s" gives the expected reason', (text, reason) => {
    expect(numberProblem(text, RANGE)).toBe(reason);
  });
});

describe('SettingNumber out of range', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  async function typeInto(text: string) {
    const onChange = vi.fn();
    const container = document.createElement('div');
    document.body.append(container);
    render(
      h(SettingNumber, {
        view: { settings: { ...DEFAULT_SETTINGS }, managedKeys: [], policyWarnings: [] },
        setting: 'autoLockMinutes',
        label: 'Lock after',
        hint: 'Minutes.',
        ...RANGE,
        onChange,
      }),
      container,
    );
    const input = container.querySelector('input');
    if (input === null) throw new Error('The number input was not rendered.');
    await act(() => {
      input.value = text;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    return { container, input, onChange };
  }

  it('keeps the typed value', async () => {
    const { input } = await typeInto('5000');
    expect(input.value).toBe('5000');
  });

  it('saves nothing', async () => {
    const { onChange } = await typeInto('5000');
    expect(onChange).not.toHaveBeenCalled();
  });

  it('marks the field invalid', async () => {
    const { input } = await typeInto('5000');
    expect(input.getAttribute('aria-invalid')).toBe('true');
  });

  it('describes the field with the reason', async () => {
    const { container, input } = await typeInto('5000');
    const error = container.querySelector('.field-error');
    expect(error?.textContent).toBe(numberProblem('5000', RANGE));
    expect(input.getAttribute('aria-describedby')?.split(' ')).toContain(error?.id);
  });

  it('valid value shows no reason', async () => {
    const { container, input, onChange } = await typeInto('30');
    expect(container.querySelector('.field-error')).toBeNull();
    expect(input.hasAttribute('aria-invalid')).toBe(false);
    expect(onChange).toHaveBeenCalledWith({ autoLockMinutes: 30 });
  });
});
