import { useEffect } from 'preact/hooks';
import { t } from '../shared/i18n';
import { UserError } from '../ui/errors';

/** Pasted content that may contain an account's key. */
export type PastedKey = { kind: 'uri'; uri: string } | { kind: 'image'; dataUrl: string };

/** Maximum size of a pasted or picked image, in bytes. A screenshot of a QR code is far smaller. */
export const MAX_IMAGE_BYTES = 8 * 1024 * 1024;

/** Read an image file into a data URL for 'accounts.addImage'. Rejects a file that is too large. */
export function readImage(file: File): Promise<string> {
  if (file.size > MAX_IMAGE_BYTES) {
    const megabytes = String(MAX_IMAGE_BYTES / 1024 / 1024);
    return Promise.reject(new UserError(t('imageTooLarge', megabytes)));
  }
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('Reading the image file failed.'));
    reader.readAsDataURL(file);
  });
}

function imageFile(data: DataTransfer): File | null {
  for (const item of Array.from(data.items)) {
    if (item.kind === 'file' && item.type.startsWith('image/')) return item.getAsFile();
  }
  return null;
}

/**
 * Listen for pastes anywhere in the page: an image or a text that starts with otpauth:// is
 * handed to `onKey`. Other text pasted into a field is left alone, so search and forms work.
 */
export function usePastedKeys(onKey: (key: PastedKey) => void, onError: (error: unknown) => void) {
  useEffect(() => {
    const listener = (event: ClipboardEvent) => {
      const data = event.clipboardData;
      if (!data) return;
      const file = imageFile(data);
      if (file) {
        event.preventDefault();
        readImage(file).then((dataUrl) => onKey({ kind: 'image', dataUrl }), onError);
        return;
      }
      const text = data.getData('text/plain').trim();
      if (/^otpauth:\/\//i.test(text)) {
        event.preventDefault();
        onKey({ kind: 'uri', uri: text });
      }
    };
    document.addEventListener('paste', listener);
    return () => document.removeEventListener('paste', listener);
  }, [onKey, onError]);
}
