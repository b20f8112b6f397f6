import { defineConfig } from 'vite';
import type { BrowserTarget } from './manifest.config.ts';
import { outputFolder } from './vite.config.ts';

/**
 * The content script is built on its own as one classic script with no imports: it is registered
 * at run time with scripting.registerContentScripts, and needs no web-accessible resources, so
 * pages cannot probe for the extension's files.
 */
export default defineConfig(() => {
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
        entry: 'src/content/index.ts',
        formats: ['iife' as const],
        name: 'mailAuthenticatorContent',
        fileName: () => 'content.js',
      },
    },
  };
});
