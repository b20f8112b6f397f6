/** Save text as a file through the browser's download flow, without the downloads permission. */
export function downloadText(fileName: string, contents: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([contents], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The download has started once click() returns, so the URL can go soon after.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Read a file the user picked as text. */
export function readText(file: File): Promise<string> {
  return file.text();
}
