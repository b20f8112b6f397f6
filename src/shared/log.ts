/**
 * The extension's only logger. Debug lines appear in development builds only, and nothing is
 * logged from content scripts in release builds, so pages cannot detect the extension.
 * Never pass a secret, a code or a key URI to it.
 */
type Level = 'debug' | 'info' | 'warn' | 'error';

// import.meta.env exists only under Vite; scripts run by tsx (bench/, scripts/) have none.
const development = (import.meta.env as ImportMetaEnv | undefined)?.DEV === true;

export function createLogger(scope: string, options: { quietInRelease?: boolean } = {}) {
  const silent = options.quietInRelease === true && !development;
  const write = (level: Level, message: string, details: unknown[]) => {
    if (silent || (level === 'debug' && !development)) return;
    // eslint-disable-next-line no-console -- this is the one place that writes to the console
    console[level](`[mail-authenticator:${scope}] ${message}`, ...details);
  };
  return {
    debug: (message: string, ...details: unknown[]) => write('debug', message, details),
    info: (message: string, ...details: unknown[]) => write('info', message, details),
    warn: (message: string, ...details: unknown[]) => write('warn', message, details),
    error: (message: string, ...details: unknown[]) => write('error', message, details),
  };
}
