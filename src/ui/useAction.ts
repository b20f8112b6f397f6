import { useCallback, useState } from 'preact/hooks';
import { createLogger } from '../shared/log';
import { describeError, errorCode } from './errors';

const log = createLogger('ui');

export interface Action<Args extends unknown[]> {
  run: (...args: Args) => Promise<void>;
  busy: boolean;
  /** Message of the last failure in the interface's language, or null. */
  error: string | null;
  setError: (message: string | null) => void;
}

/**
 * Wrap an async task for a button: tracks whether it runs, and turns a failure into a message
 * for the user. A second run while one is pending is ignored, so a double click acts once.
 */
export function useAction<Args extends unknown[]>(
  task: (...args: Args) => Promise<void>,
): Action<Args> {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(
    async (...args: Args) => {
      if (busy) return;
      setBusy(true);
      setError(null);
      try {
        await task(...args);
      } catch (failure) {
        // Only the error code is logged: a message may quote the value the user typed.
        log.warn('Request failed', errorCode(failure) ?? 'unexpected');
        setError(describeError(failure));
      } finally {
        setBusy(false);
      }
    },
    [task, busy],
  );
  return { run, busy, error, setError };
}
