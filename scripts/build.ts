/**
 * Build every flavour of the extension: dist/chrome and dist/firefox for the stores, and
 * dist/chrome-demo and dist/firefox-demo, which may also run on the demo mailbox on loopback.
 * Usage: npm run build [-- chrome|firefox] [-- --demo-only]
 */
import { build } from 'vite';

type Target = 'chrome' | 'firefox';

const requested = process.argv.slice(2).filter((argument) => !argument.startsWith('--'));
const targets: Target[] = requested.length > 0 ? (requested as Target[]) : ['chrome', 'firefox'];
const flavours = process.argv.includes('--demo-only') ? [true] : [false, true];

for (const target of targets) {
  if (target !== 'chrome' && target !== 'firefox') {
    console.error(`Unknown browser "${String(target)}". Use chrome or firefox.`);
    process.exit(2);
  }
  for (const demo of flavours) {
    process.env.TARGET = target;
    process.env.DEMO = demo ? '1' : '0';
    await build({ configFile: 'vite.config.ts', logLevel: 'warn' });
    await build({ configFile: 'vite.content.config.ts', logLevel: 'warn' });
    console.log(`Built dist/${target}${demo ? '-demo' : ''}`);
  }
}
