import { describe, expect, it } from 'vitest';
import { checkUserPatch, readUserSettings } from '../../src/background/settings/user-settings';
import type { SettingKey, Settings } from '../../src/shared/settings';

const readings: [name: string, stored: unknown, values: Partial<Settings>, warnings: string[]][] = [
  ['nothing stored', undefined, {}, []],
  [
    'valid values',
    { trustDevice: true, autoLockMinutes: 5 },
    { trustDevice: true, autoLockMinutes: 5 },
    [],
  ],
  [
    'corrupt boolean',
    { trustDevice: 'maybe', allowExport: false },
    { allowExport: false },
    [
      'Saved setting "trustDevice" was ignored because its value "maybe" is not true or false. The default (false) is used.',
    ],
  ],
  ['unknown stored key', { colour: 'blue' }, {}, ['Saved setting "colour" is unknown']],
  ['number instead of object', 42, {}, ['The saved settings 42 are not a set of named values']],
  ['null stored', null, {}, ['The saved settings null']],
];

describe('readUserSettings', () => {
  it.each(readings)('reads %s', (_name, stored, values, warnings) => {
    const reading = readUserSettings(stored);

    expect(reading.values).toEqual(values);
    expect(reading.warnings).toHaveLength(warnings.length);
    warnings.forEach((fragment, index) => {
      expect(reading.warnings[index]).toContain(fragment);
    });
  });
});

const patches: [name: string, patch: unknown, managed: SettingKey[], outcome: string][] = [
  ['empty change', {}, [], 'ok'],
  ['user wish', { trustDevice: true }, ['allowTrustedDevice'], 'ok'],
  ['managed key', { allowExport: true }, ['allowExport'], 'policy'],
  ['fractional minutes', { autoLockMinutes: 2.5 }, [], 'invalid-request'],
  [
    'too many origins',
    { mailOrigins: Array.from({ length: 201 }, (_, i) => `https://m${i}.example.com`) },
    [],
    'invalid-request',
  ],
  ['non-object change', 'allowExport=false', [], 'invalid-request'],
  ['array change', [{ allowExport: false }], [], 'invalid-request'],
];

describe('checkUserPatch', () => {
  it.each(patches)('checks %s', (_name, patch, managed, outcome) => {
    const result = checkUserPatch(patch, managed);

    expect(result.ok ? 'ok' : result.error).toBe(outcome);
  });

  it('normalizes origins the user typed', () => {
    const result = checkUserPatch({ mailOrigins: ['HTTPS://Mail.Example.com/'] }, []);

    expect(result).toEqual({ ok: true, value: { mailOrigins: ['https://mail.example.com'] } });
  });
});
