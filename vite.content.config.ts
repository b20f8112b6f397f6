import { defineConfig } from 'vite';
import type { BrowserTarget } from './manifest.config.ts';
import { outputFolder } from './vite.config.ts';

/**
 * The two content scripts and their entry points. content.js is registered for the mail origins;
 * the worker runs content-actions.js with scripting.executeScript in a frame that needs it.
 */
export const CONTENT_SCRIPTS = {
  'content.js': 'src/content/index.ts',
  'content-actions.js': 'src/content/actions.ts',
} as const;

export type ContentScriptName = keyof typeof CONTENT_SCRIPTS;

/**
 * Each content script is built on its own as one classic script with no imports, because an
 * IIFE build takes one entry point. CONTENT_SCRIPT names the file (content.js by default). Both
 * run from the extension's own files and need no web-accessible resources, so pages cannot
 * probe for the extension's files.
 */
export default defineConfig(() => {
  const name: ContentScriptName =
    process.env.CONTENT_SCRIPT === 'content-actions.js' ? 'content-actions.js' : 'content.js';
  const target: BrowserTarget = process.env.TARGET === 'firefox' ? 'firefox' : 'chrome';
  const demo = process.env.DEMO === '1';
  return {
    define: {
      __BROWSER__: JSON.stringify(target),
      __DEMO__: JSON.stringify(demo),
    },
    build: {
      outDir: outputFolder(target, demo),
      emptyOutDir: false,
      target: target === 'chrome' ? 'chrome120' : 'firefox128',
      sourcemap: false,
      lib: {
        entry: CONTENT_SCRIPTS[name],
        formats: ['iife' as const],
        name: 'mailAuthenticatorContent',
        fileName: () => name,
      },
    },
  };
});
