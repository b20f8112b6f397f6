// @vitest-environment happy-dom
import { h, render, type ComponentChild } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AdminSection } from '../../src/options/AdminSection';
import { SettingNumber, SettingToggle } from '../../src/options/controls';
import { MailSitesSection } from '../../src/options/MailSitesSection';
import { DEFAULT_SETTINGS, type SettingKey, type SettingsView } from '../../src/shared/settings';

const MANAGED_NOTE = 'Set by your administrator.';

function viewWith(managedKeys: SettingKey[], policyWarnings: string[] = []): SettingsView {
  return { settings: { ...DEFAULT_SETTINGS }, managedKeys, policyWarnings };
}

function mount(node: ComponentChild): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  render(node, container);
  return container;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('SettingToggle', () => {
  const cases = [
    {
      name: 'managed key',
      managed: ['trustDevice'],
      reason: null,
      disabled: true,
      note: MANAGED_NOTE,
    },
    { name: 'user key', managed: [], reason: null, disabled: false, note: null },
    {
      name: 'forbidden by policy',
      managed: [],
      reason: 'Turned off.',
      disabled: true,
      note: 'Turned off.',
    },
  ] as const;

  it.each(cases)('$name sets disabled and note', ({ managed, reason, disabled, note }) => {
    const container = mount(
      h(SettingToggle, {
        view: viewWith([...managed]),
        setting: 'trustDevice',
        label: 'Trust this device',
        disabledReason: reason,
        onChange: () => undefined,
      }),
    );
    const box = container.querySelector('input[type="checkbox"]');
    expect(box?.hasAttribute('disabled')).toBe(disabled);
    expect(container.querySelector('.managed')?.textContent ?? null).toBe(note);
  });
});

describe('SettingNumber', () => {
  const cases = [
    { name: 'value in range', typed: '45', saved: [{ clipboardClearSeconds: 45 }] },
    { name: 'value above max', typed: '601', saved: [] },
    { name: 'fractional value', typed: '2.5', saved: [] },
  ];

  it.each(cases)('$name is saved or ignored', ({ typed, saved }) => {
    const onChange = vi.fn();
    const container = mount(
      h(SettingNumber, {
        view: viewWith([]),
        setting: 'clipboardClearSeconds',
        label: 'Clear after',
        min: 0,
        max: 600,
        onChange,
      }),
    );
    const input = container.querySelector('input');
    if (input === null) throw new Error('The number input was not rendered.');
    input.value = typed;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    expect(onChange.mock.calls.map(([patch]: unknown[]) => patch)).toEqual(saved);
  });

  it('managed key is disabled', () => {
    const container = mount(
      h(SettingNumber, {
        view: viewWith(['autoLockMinutes']),
        setting: 'autoLockMinutes',
        label: 'Lock after',
        min: 0,
        max: 1440,
        onChange: () => undefined,
      }),
    );
    expect(container.querySelector('input')?.hasAttribute('disabled')).toBe(true);
    expect(container.querySelector('.managed')?.textContent).toBe(MANAGED_NOTE);
  });
});

describe('AdminSection', () => {
  it('no policy renders nothing', () => {
    const container = mount(h(AdminSection, { view: viewWith([]) }));
    expect(container.innerHTML).toBe('');
  });

  it('lists managed settings and warnings', () => {
    const warning = 'Policy "autoLockMinutes" is not a number, so 15 was used.';
    const container = mount(
      h(AdminSection, { view: viewWith(['allowExport', 'acceptedIssuers'], [warning]) }),
    );
    const names = [...container.querySelectorAll('dt')].map((term) => term.textContent);
    const values = [...container.querySelectorAll('dd')].map((value) => value.textContent);
    expect(names).toEqual(['Moving accounts to other apps allowed', 'Accepted issuers']);
    expect(values).toEqual(['Yes', 'None']);
    expect(container.querySelector('.warnings li')?.textContent).toBe(warning);
  });
});

describe('MailSitesSection', () => {
  it('managed origins cannot be edited', () => {
    const container = mount(
      h(MailSitesSection, { view: viewWith(['mailOrigins']), onChange: () => Promise.resolve() }),
    );
    expect(container.querySelectorAll('.site')).toHaveLength(DEFAULT_SETTINGS.mailOrigins.length);
    expect(container.querySelectorAll('button')).toHaveLength(0);
    expect(container.querySelector('input')).toBeNull();
    expect(container.querySelector('.managed')?.textContent).toBe(MANAGED_NOTE);
  });

  it('user origins offer removal', () => {
    const container = mount(
      h(MailSitesSection, { view: viewWith([]), onChange: () => Promise.resolve() }),
    );
    const removeButtons = container.querySelectorAll('.sites button');
    expect(removeButtons).toHaveLength(DEFAULT_SETTINGS.mailOrigins.length);
    expect(container.querySelector('input')).not.toBeNull();
  });
});
