/**
 * Clipboard access for documents that are not focused (Chrome's offscreen document, Firefox's
 * background page), where navigator.clipboard is refused: execCommand still works there with
 * the clipboardRead and clipboardWrite permissions.
 */
function readClipboard(): string {
  const buffer = document.createElement('textarea');
  document.body.append(buffer);
  buffer.focus();
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- the only clipboard read an unfocused document has
  document.execCommand('paste');
  const text = buffer.value;
  buffer.remove();
  return text;
}

function emptyClipboard(): void {
  const replace = (event: ClipboardEvent) => {
    event.clipboardData?.setData('text/plain', '');
    event.preventDefault();
  };
  document.addEventListener('copy', replace, { once: true });
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- the only clipboard write an unfocused document has
  document.execCommand('copy');
}

/** Empty the clipboard if it still contains `text`, and return true when it was emptied. */
export function clearClipboardIfUnchanged(text: string): boolean {
  if (readClipboard() !== text) return false;
  emptyClipboard();
  return true;
}
