import { existsSync, readFileSync } from 'node:fs';
import type { BrowserContext } from '@playwright/test';

/** Verbose logging of the code that fetches, unpacks and installs policy extensions. */
export function installLogFlags(logFile: string): string[] {
  const modules = [
    'extension_updater',
    'extension_downloader',
    'pending_extension_manager',
    'crx_installer',
    'sandboxed_unpacker',
    'external_provider_impl',
  ];
  return [
    '--enable-logging',
    `--log-file=${logFile}`,
    `--vmodule=${modules.map((name) => `${name}=2`).join(',')}`,
  ];
}

const MAX_SECTION_CHARS = 6_000;

/** Text of a Chromium page, including the open shadow roots its WebUI components render into. */
async function readPageText(context: BrowserContext, url: string): Promise<string> {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    // chrome://policy fills its tables after load, from a message to the browser process.
    await page.waitForTimeout(1_000);
    const text = await page.evaluate(() => {
      const parts: string[] = [];
      const visit = (node: Node): void => {
        if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
        if (node instanceof Element && node.shadowRoot) visit(node.shadowRoot);
        if (node instanceof HTMLStyleElement || node instanceof HTMLScriptElement) return;
        node.childNodes.forEach(visit);
      };
      visit(document.body);
      return parts.join(' ');
    });
    return text.replace(/\s+/g, ' ').trim().slice(0, MAX_SECTION_CHARS);
  } catch (error) {
    return `${url} could not be read: ${String(error)}`;
  } finally {
    await page.close();
  }
}

/** Lines of the Chromium log about extension installs, without the container's D-Bus noise. */
function readInstallLog(logFile: string): string {
  if (!existsSync(logFile)) return `${logFile} is missing.`;
  const lines = readFileSync(logFile, 'utf8')
    .split('\n')
    .filter((line) => /extension|crx|updater|policy/i.test(line) && !/dbus/i.test(line));
  return lines.join('\n').slice(-MAX_SECTION_CHARS);
}

/**
 * Describes why a force-installed extension did not start: what the update server served,
 * the policies Chromium loaded, the extensions it installed and its install log.
 */
export async function describeInstallFailure(
  context: BrowserContext,
  failure: { id: string; requests: string[]; logFile: string },
): Promise<string> {
  const sections = [
    `Extension ${failure.id} did not start after its force-install.`,
    `Requests to the update server: ${failure.requests.join(', ') || 'none'}`,
    `chrome://policy: ${await readPageText(context, 'chrome://policy')}`,
    `chrome://extensions-internals: ${await readPageText(context, 'chrome://extensions-internals')}`,
    `Install log (${failure.logFile}):\n${readInstallLog(failure.logFile)}`,
  ];
  return sections.join('\n\n');
}
