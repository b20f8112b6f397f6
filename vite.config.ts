import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { buildManifest, type BrowserTarget } from './manifest.config.ts';

/** Output folder of one build, such as dist/chrome or dist/chrome-demo. */
export function outputFolder(target: BrowserTarget, demo: boolean): string {
  return `dist/${target}${demo ? '-demo' : ''}`;
}

export default defineConfig(({ mode }) => {
  const target: BrowserTarget = process.env.TARGET === 'firefox' ? 'firefox' : 'chrome';
  const demo = process.env.DEMO === '1';
  return {
    plugins: [preact(), crx({ manifest: buildManifest(target, demo), browser: target })],
    define: {
      __BROWSER__: JSON.stringify(target),
      __DEMO__: JSON.stringify(demo),
    },
    build: {
      outDir: outputFolder(target, demo),
      emptyOutDir: true,
      target: target === 'chrome' ? 'chrome120' : 'firefox128',
      minify: mode !== 'development',
      sourcemap: false,
      // Preload links let a page fetch its entry's imports at once instead of one level at a
      // time. Every target browser supports modulepreload, so Vite's polyfill is left out.
      modulePreload: { polyfill: false },
      rolldownOptions: {
        input: {
          options: 'src/options/index.html',
          // Firefox clears the clipboard from its background page, so it has no offscreen document.
          ...(target === 'chrome' ? { offscreen: 'src/offscreen/index.html' } : {}),
        },
      },
    },
    server: { strictPort: true },
  };
});
