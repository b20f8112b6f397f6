/**
 * Build every flavour of the extension: dist/chrome and dist/firefox for the stores, and
 * dist/chrome-demo and dist/firefox-demo, which may also run on the demo mailbox on loopback.
 * Usage: npm run build [-- chrome|firefox] [-- --demo-only]
 */
import { build } from 'vite';
import { CONTENT_SCRIPTS } from '../vite.content.config.ts';

type Target = 'chrome' | 'firefox';

const TARGETS: readonly Target[] = ['chrome', 'firefox'];
const requested = process.argv.slice(2).filter((argument) => !argument.startsWith('--'));
const unknown = requested.filter((name) => !(TARGETS as readonly string[]).includes(name));
if (unknown.length > 0) {
  console.error(`Unknown browser "${unknown.join('", "')}". Use chrome or firefox.`);
  process.exit(2);
}
const targets = requested.length > 0 ? (requested as Target[]) : TARGETS;
const flavours = process.argv.includes('--demo-only') ? [true] : [false, true];

for (const target of targets) {
  for (const demo of flavours) {
    process.env.TARGET = target;
    process.env.DEMO = demo ? '1' : '0';
    await build({ configFile: 'vite.config.ts', logLevel: 'warn' });
    for (const script of Object.keys(CONTENT_SCRIPTS)) {
      process.env.CONTENT_SCRIPT = script;
      await build({ configFile: 'vite.content.config.ts', logLevel: 'warn' });
    }
    console.log(`Built dist/${target}${demo ? '-demo' : ''}`);
  }
}
