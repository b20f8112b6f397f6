import { sendToWorker } from '../shared/messaging';

/**
 * Copy a code and ask the worker to clear the clipboard after `clearSeconds`, unless it
 * contains something else by then. The worker does the clearing because the popup closes as
 * soon as it loses focus. A clear time of 0 keeps the code.
 */
export async function copyCode(code: string, clearSeconds: number): Promise<void> {
  await navigator.clipboard.writeText(code);
  if (clearSeconds > 0) {
    await sendToWorker('clipboard.clearLater', { text: code, afterSeconds: clearSeconds });
  }
}
