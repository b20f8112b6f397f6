import { crc32, deflateSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import QRCode from 'qrcode';
import { payload, toUri } from '../unit/otp-export';
import { referenceBase32Decode, referenceHotp } from '../unit/otp-reference';
import type { ExtensionBrowser } from './browser';
import {
  LANGUAGES,
  SECRETS,
  type Catalog,
  expect,
  expectAccessible,
  keyUri,
  message,
  nearbyCodes,
  openOptionsPage,
  openPopupPage,
  pasteText,
  test,
} from './popup-helpers';

const keyBytes = (secret: string) => Uint8Array.from(referenceBase32Decode(secret));

/** Build the URI of code `index` (from 0) of a Google Authenticator export of `size` codes. */
function exportCode(index: number, size: number, name: string, secret: string): string {
  const account = { secret: keyBytes(secret), name, issuer: 'Demo Mail' };
  return toUri(payload([account], { size, index, id: 4242 }));
}

/** Render a PNG of a QR code that contains `text`. */
function qrPng(text: string): Promise<Buffer> {
  return QRCode.toBuffer(text, { type: 'png', margin: 4, scale: 6, errorCorrectionLevel: 'L' });
}

/** Build a valid, all-white 1-bit PNG of `side` x `side` pixels, which deflates to a small file. */
function blankPng(side: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(side, 0);
  header.writeUInt32BE(side, 4);
  header.set([1, 0, 0, 0, 0], 8);
  // Each row is a filter byte followed by one bit per pixel.
  const rows = Buffer.alloc((1 + Math.ceil(side / 8)) * side, 0xff);
  for (let row = 0; row < side; row += 1) rows[row * (1 + Math.ceil(side / 8))] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

async function openAttach(extension: ExtensionBrowser, catalog: Catalog): Promise<Page> {
  const popup = await openPopupPage(extension);
  await popup.getByRole('button', { name: message(catalog, 'popupAttach') }).click();
  await expect(popup.getByRole('heading', { name: message(catalog, 'attachTitle') })).toBeFocused();
  return popup;
}

async function importText(popup: Page, catalog: Catalog, text: string): Promise<void> {
  await popup.getByLabel(message(catalog, 'attachUri'), { exact: true }).fill(text);
  await popup.getByRole('button', { name: message(catalog, 'attachAddUri'), exact: true }).click();
}

async function pickFiles(
  popup: Page,
  files: { name: string; mimeType: string; buffer: Buffer }[],
): Promise<void> {
  await popup.locator('input[type="file"]').setInputFiles(files);
}

/** Return the codes shown in the report, in order, grouped as the popup shows them. */
async function shownCodes(popup: Page): Promise<string[]> {
  return popup.locator('.code').evaluateAll((codes) => codes.map((code) => code.textContent));
}

for (const { locale, catalog } of LANGUAGES) {
  test.describe(`popup import (${catalog})`, () => {
    test.use({ locale });
    // Each test starts Chromium, and some run axe, which took over 40 s on a busy shared machine.
    test.describe.configure({ timeout: 120_000 });

    test('pasted export adds its accounts', async ({ extension }) => {
      const popup = await openPopupPage(extension);
      const accounts = [
        { secret: keyBytes(SECRETS[0]), name: 'alice@demo.test', issuer: 'Demo Mail' },
        { secret: keyBytes(SECRETS[1]), name: 'Demo Mail:bob@demo.test', issuer: 'Demo Mail' },
      ];
      await pasteText(popup, toUri(payload(accounts)));

      await expect(
        popup.getByRole('heading', { name: message(catalog, 'addedTitle') }),
      ).toBeVisible();
      const [first, second] = await shownCodes(popup);
      expect(nearbyCodes(SECRETS[0])).toContain(first);
      expect(nearbyCodes(SECRETS[1])).toContain(second);
      await expect(popup.getByText('Demo Mail (bob@demo.test)')).toBeVisible();
    });

    test('export codes report missing one', async ({ extension }) => {
      const popup = await openAttach(extension, catalog);
      const codes = [
        exportCode(0, 3, 'alice@demo.test', SECRETS[0]),
        exportCode(2, 3, 'carol@demo.test', SECRETS[2]),
      ];
      await importText(popup, catalog, codes.join('\n'));

      await expect(
        popup.getByRole('heading', { name: message(catalog, 'importReportTitle') }),
      ).toBeVisible();
      await expect(popup.locator('.code')).toHaveCount(2);
      const missing = message(catalog, 'importBatchMissing', '2', '3');
      const where = message(catalog, 'importLine', '1');
      await expect(popup.getByRole('listitem')).toContainText([
        message(catalog, 'importWhere', where, missing),
      ]);
      await expectAccessible(popup);
    });

    test('list reports each bad line', async ({ extension }) => {
      const popup = await openAttach(extension, catalog);
      const alice = keyUri('alice@demo.test', SECRETS[0]);
      const lines = [alice, 'not a key', '# comment', 'otpauth://totp/x?secret=1', alice];
      await importText(popup, catalog, lines.join('\n'));

      const heading = (key: string, count: string) =>
        popup.getByRole('heading', { name: message(catalog, key, count) });
      await expect(heading('importReportAdded', '1')).toBeVisible();
      await expect(heading('importReportDuplicates', '1')).toBeVisible();
      await expect(heading('importReportSkipped', '2')).toBeVisible();
      const notKey = message(catalog, 'keyUriNotKey');
      const quoted = message(catalog, 'keyQuotedCharacter', '1');
      const badSecret = message(
        catalog,
        'keyTwoSentences',
        message(catalog, 'keySecretCharacter', quoted, '1'),
        message(catalog, 'keySecretHintOne'),
      );
      const items = popup.getByRole('listitem');
      await expect(items.filter({ hasText: notKey })).toHaveText(
        message(catalog, 'importWhere', message(catalog, 'importLine', '2'), notKey),
      );
      await expect(items.filter({ hasText: badSecret })).toHaveText(
        message(catalog, 'importWhere', message(catalog, 'importLine', '4'), badSecret),
      );
      await expect(items.filter({ hasText: 'Demo Mail (alice@demo.test)' })).toHaveCount(2);
      await expectAccessible(popup);
    });

    test('manual entry takes HOTP counter', async ({ extension }) => {
      const popup = await openAttach(extension, catalog);
      await popup.getByText(message(catalog, 'manualAdvanced')).click();
      const period = popup.getByLabel(message(catalog, 'manualPeriod'), { exact: true });
      await expect(period).toBeVisible();
      await popup
        .getByLabel(message(catalog, 'keyTypeLabel'), { exact: true })
        .selectOption('hotp');
      await expect(period).toBeHidden();

      const counter = popup.getByLabel(message(catalog, 'keyCounterLabel'), { exact: true });
      await counter.fill('-1');
      await counter.blur();
      await expect(counter).toHaveAttribute('aria-invalid', 'true');
      await expect(popup.getByText(message(catalog, 'keyCounterInvalid', '-1'))).toBeVisible();
      await expectAccessible(popup);
      await counter.fill('5');
      await expect(counter).not.toHaveAttribute('aria-invalid', 'true');

      await popup
        .getByLabel(message(catalog, 'manualLabel'), { exact: true })
        .fill('hotp@demo.test');
      await popup.getByLabel(message(catalog, 'manualSecret'), { exact: true }).fill(SECRETS[4]);
      await popup.getByRole('button', { name: message(catalog, 'manualAdd') }).click();
      await expect(
        popup.getByRole('heading', { name: message(catalog, 'addedTitle') }),
      ).toBeVisible();
      const expected = referenceHotp(keyBytes(SECRETS[4]), 5, 6);
      await expect(popup.locator('.code')).toHaveAttribute('data-code', expected);
    });

    test('image import names each failure', async ({ extension }) => {
      const popup = await openAttach(extension, catalog);
      const alert = popup.getByRole('alert');

      await pickFiles(popup, [
        { name: 'link.png', mimeType: 'image/png', buffer: await qrPng('https://demo.test/app') },
      ]);
      await expect(alert).toHaveText(message(catalog, 'errorInvalidQr'));

      const blank = await extension.context.newPage();
      await blank.setViewportSize({ width: 200, height: 200 });
      const empty = await blank.screenshot();
      await blank.close();
      await pickFiles(popup, [{ name: 'blank.png', mimeType: 'image/png', buffer: empty }]);
      await expect(alert).toHaveText(message(catalog, 'importImageNoQr'));

      const text = Buffer.from('this is not a picture');
      await pickFiles(popup, [{ name: 'note.png', mimeType: 'image/png', buffer: text }]);
      await expect(alert).toHaveText(message(catalog, 'importImageNotImage'));

      const huge = Buffer.alloc(9 * 1024 * 1024);
      await pickFiles(popup, [{ name: 'huge.png', mimeType: 'image/png', buffer: huge }]);
      await expect(alert).toHaveText(message(catalog, 'imageTooLarge', '8'));
    });

    test('settings import lists bad lines', async ({ extension }) => {
      const options = await openOptionsPage(extension, '#backup');
      const backup = options.getByRole('region', { name: message(catalog, 'backupTitle') });
      const alice = keyUri('alice@demo.test', SECRETS[0]);
      const list = [alice, 'otpauth://totp/x', alice].join('\n');
      await backup
        .getByLabel(message(catalog, 'backupFile'), { exact: true })
        .setInputFiles({ name: 'keys.txt', mimeType: 'text/plain', buffer: Buffer.from(list) });
      await options
        .getByRole('button', { name: message(catalog, 'backupImport'), exact: true })
        .click();

      // Each backup form has its own status line, so the import's is found by its text.
      const imported = message(catalog, 'backupImported', '1', '1');
      await expect(backup.getByRole('status').filter({ hasText: imported })).toHaveText(imported);
      await expect(
        backup.getByRole('heading', { name: message(catalog, 'importBackupInvalid', '1') }),
      ).toBeVisible();
      const reason = message(catalog, 'keyUriSecretMissing');
      await expect(backup.getByRole('listitem').filter({ hasText: reason })).toHaveText(
        message(catalog, 'importWhere', message(catalog, 'importLine', '2'), reason),
      );
    });

    test('images of one export import', async ({ extension }) => {
      const popup = await openAttach(extension, catalog);
      const files = await Promise.all(
        [SECRETS[5], SECRETS[6]].map(async (secret, index) => ({
          name: `export-${index + 1}.png`,
          mimeType: 'image/png',
          buffer: await qrPng(exportCode(index, 2, `user${index}@demo.test`, secret)),
        })),
      );
      await pickFiles(popup, files);

      await expect(
        popup.getByRole('heading', { name: message(catalog, 'addedTitle') }),
      ).toBeVisible();
      const [first, second] = await shownCodes(popup);
      expect(nearbyCodes(SECRETS[5])).toContain(first);
      expect(nearbyCodes(SECRETS[6])).toContain(second);
    });

    test('image error sits by images', async ({ extension }) => {
      const popup = await openAttach(extension, catalog);
      await pickFiles(popup, [
        { name: 'link.png', mimeType: 'image/png', buffer: await qrPng('https://demo.test/app') },
      ]);

      const paste = popup.getByRole('region', { name: message(catalog, 'attachPasteTitle') });
      await expect(paste.getByRole('alert')).toHaveText(message(catalog, 'errorInvalidQr'));
      await expect(popup.getByRole('alert')).toHaveCount(1);
    });

    test('huge image names pixel limit', async ({ extension }) => {
      const popup = await openAttach(extension, catalog);
      const buffer = blankPng(30000);
      await pickFiles(popup, [{ name: 'huge.png', mimeType: 'image/png', buffer }]);

      const expected = message(catalog, 'importImageTooManyPixels', '30000', '30000', '33,177,600');
      await expect(popup.getByRole('alert')).toHaveText(expected);
    });

    test('long name stays inside popup', async ({ extension }) => {
      const popup = await openPopupPage(extension);
      await popup.setViewportSize({ width: 400, height: 600 });
      const accounts = [
        { secret: keyBytes(SECRETS[0]), name: 'alice@demo.test', issuer: 'Demo Mail' },
        { secret: keyBytes(SECRETS[1]), name: 'x'.repeat(300), issuer: 'Demo Mail' },
      ];
      await pasteText(popup, toUri(payload(accounts)));

      await expect(
        popup.getByRole('heading', { name: message(catalog, 'importReportTitle') }),
      ).toBeVisible();
      await expect(popup.getByRole('listitem').filter({ hasText: 'xxxx' })).toBeVisible();
      const widths = await popup.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }));
      expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    });
  });
}
