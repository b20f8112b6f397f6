// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PageReport } from '../../src/shared/messages';
import { scanPage } from '../../src/content/scanner';

interface ScanCase {
  name: string;
  html: string;
  report: Omit<PageReport, 'qrCandidates'>;
}

const METHODS =
  '<label><input type="radio" name="m" checked> Secure phone</label>' +
  '<label><input type="radio" name="m"> Authenticator App</label>';

const CASES: ScanCase[] = [
  {
    name: 'code field is logon',
    html: '<h1>Verify</h1><label>Verification code<input name="otp"></label>',
    report: { page: 'logon', codeFields: 1 },
  },
  {
    name: 'both fields with switch',
    html: `<form>${METHODS}<label>SMS code<input name="sms"></label><label>Authenticator code<input name="app"></label></form>`,
    report: { page: 'logon', codeFields: 1 },
  },
  {
    name: 'SMS field with switch',
    html: `<form>${METHODS}<label>Code sent to your phone<input name="sms"></label></form>`,
    report: { page: 'logon', codeFields: 1 },
  },
  {
    name: 'SMS field without switch',
    html: '<form><label>Code sent to your phone<input name="sms"></label></form>',
    report: { page: 'sms-only', codeFields: 0 },
  },
  {
    name: 'no field is other',
    html: '<input type="search" placeholder="Search mail"><img src="" alt="">',
    report: { page: 'other', codeFields: 0 },
  },
];

describe('scanPage', () => {
  it.each(CASES)('$name', ({ html, report }) => {
    document.body.innerHTML = html;
    const scanned = scanPage({ deep: 'small-pages' }).report;
    expect(scanned.page).toBe(report.page);
    expect(scanned.codeFields).toBe(report.codeFields);
  });
});

describe('scanPage images', () => {
  const QR = '<canvas width="200" height="200"></canvas>';
  const FIELD = '<label>Verification code<input name="otp"></label>';

  afterEach(() => {
    vi.restoreAllMocks();
  });

  /** Give every element a 200 by 200 box, because happy-dom does not lay out. */
  function squareBoxes(): void {
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockReturnValue(
      DOMRect.fromRect({ width: 200, height: 200 }),
    );
  }

  it.each([
    ['page without fields, automatic', QR, 'with-fields', 0],
    ['page without fields, requested', QR, 'always', 1],
    ['page with a field, automatic', QR + FIELD, 'with-fields', 1],
  ] as const)('%s', (_name, html, images, candidates) => {
    squareBoxes();
    document.body.innerHTML = html;
    expect(scanPage({ images }).report.qrCandidates).toBe(candidates);
  });
});
