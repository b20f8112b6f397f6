/** Console logger of the demo mailbox, a Node program outside the extension's logger. */

export type LogLevel = 'silent' | 'error' | 'info';

export interface Logger {
  info(message: string): void;
  error(message: string, error?: unknown): void;
}

/** Creates a logger that writes lines prefixed with [demo-mailbox] up to the given level. */
export function createLogger(level: LogLevel): Logger {
  return {
    info: (message) => {
      if (level === 'info') console.info(`[demo-mailbox] ${message}`);
    },
    error: (message, error) => {
      if (level !== 'silent') console.error(`[demo-mailbox] ${message}`, error ?? '');
    },
  };
}
