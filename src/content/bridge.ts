/**
 * Contract between the two content scripts, which share the extension's isolated world in a
 * frame. content.js runs on every mail page and only detects. The worker runs content-actions.js
 * only in a frame that has a code field or a QR code, or that is about to be filled. A global
 * symbol links them, because each is built as one classic script with no imports.
 */
import type { Scan, ScanOptions } from './scanner';

/** Functions of content.js that content-actions.js uses, so that the scanner ships once. */
export interface Detector {
  scanPage(options?: ScanOptions): Scan;
}

/** Entry points of content-actions.js that content.js calls. */
export interface Actions {
  /** Keep fill buttons and QR offers in step with the latest scan. */
  update(scan: Scan, hasAccount: boolean): Promise<void>;
}

interface Shared {
  detector?: Detector;
  actions?: Actions;
}

const KEY = Symbol.for('mail-authenticator.content');

/** Return the object that both scripts of this frame share. */
export function shared(): Shared {
  const scope = globalThis as { [KEY]?: Shared };
  return (scope[KEY] ??= {});
}

/** Return content.js's scanner; content.js always runs before the worker adds the actions. */
export function detector(): Detector {
  const found = shared().detector;
  if (found === undefined) throw new Error('content.js has not run in this frame.');
  return found;
}
