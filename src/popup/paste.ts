import { useEffect } from 'preact/hooks';
import { t } from '../shared/i18n';
import { UserError } from '../ui/errors';

/**
 * Pasted or picked content that may contain keys: a text of key URIs or export URIs, or the data
 * URLs of images with QR codes.
 */
export type PastedKey = { kind: 'uri'; uri: string } | { kind: 'images'; dataUrls: string[] };

/** Maximum size of a pasted or picked image, in bytes. A screenshot of a QR code is far smaller. */
export const MAX_IMAGE_BYTES = 8 * 1024 * 1024;

/** Maximum number of images per import, as the worker accepts. */
export const MAX_IMAGES = 8;

/**
 * Maximum size of the images of one import together, in bytes. As data URLs they grow by a third,
 * to about 53 MB, which stays below the 64 MiB limit of one extension message.
 */
export const MAX_TOTAL_IMAGE_BYTES = 40 * 1024 * 1024;

/** Text that the paste listener takes as keys: a key URI or an export URI on its first line. */
const KEY_TEXT = /^otpauth(-migration)?:\/\//i;

/** Read an image file into a data URL for an import. Rejects a file that is too large. */
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

/** Read picked or pasted image files into data URLs, within {@link MAX_IMAGES} and their total size. */
export function readImages(files: readonly File[]): Promise<string[]> {
  if (files.length > MAX_IMAGES) {
    return Promise.reject(new UserError(t('importImageTooMany', String(MAX_IMAGES))));
  }
  const total = files.reduce((sum, file) => sum + file.size, 0);
  if (total > MAX_TOTAL_IMAGE_BYTES) {
    const megabytes = (bytes: number) => String(Math.ceil(bytes / 1024 / 1024));
    const message = t('importImagesTooLarge', [megabytes(total), megabytes(MAX_TOTAL_IMAGE_BYTES)]);
    return Promise.reject(new UserError(message));
  }
  return Promise.all(files.map(readImage));
}

function imageFiles(data: DataTransfer): File[] {
  const files: File[] = [];
  for (const item of Array.from(data.items)) {
    const file = item.kind === 'file' && item.type.startsWith('image/') ? item.getAsFile() : null;
    if (file !== null) files.push(file);
  }
  return files;
}

/**
 * Listen for pastes anywhere in the page: images, or a text whose first line is an otpauth:// key
 * URI or an otpauth-migration:// export, are handed to `onKey`. Other text pasted into a field is
 * left alone, so search and forms work.
 */
export function usePastedKeys(onKey: (key: PastedKey) => void, onError: (error: unknown) => void) {
  useEffect(() => {
    const listener = (event: ClipboardEvent) => {
      const data = event.clipboardData;
      if (!data) return;
      const files = imageFiles(data);
      if (files.length > 0) {
        event.preventDefault();
        readImages(files).then((dataUrls) => onKey({ kind: 'images', dataUrls }), onError);
        return;
      }
      const text = data.getData('text/plain').trim();
      if (KEY_TEXT.test(text)) {
        event.preventDefault();
        onKey({ kind: 'uri', uri: text });
      }
    };
    document.addEventListener('paste', listener);
    return () => document.removeEventListener('paste', listener);
  }, [onKey, onError]);
}
