import { clearClipboardLater } from '../clipboard';
import type { RouteTable } from '../route';
import { expectInteger, expectRecord, expectString } from '../validate';

export const clipboardRoutes: RouteTable<'clipboard.clearLater'> = {
  'clipboard.clearLater': {
    from: 'extension-page',
    async handle(payload) {
      const record = expectRecord(payload);
      const text = expectString(record, 'text', 64);
      const afterSeconds = Math.min(Math.max(expectInteger(record, 'afterSeconds'), 0), 3600);
      await clearClipboardLater(text, afterSeconds);
      return null;
    },
  },
};
