import { existsSync, readFileSync } from 'node:fs';
import type { BrowserContext } from '@playwright/test';

/** Returns the flags that log, verbosely, how Chromium fetches, unpacks and installs extensions. */
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

/** Reads the text of a Chromium page, including the open shadow roots of its WebUI components. */
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
    return text.replace(/\s+/g, ' ').trim();
  } catch (error) {
    return `${url} could not be read: ${String(error)}`;
  } finally {
    await page.close();
  }
}

/**
 * Keeps the rows of chrome://policy that have a value. The page also renders a hidden row for every
 * policy that is not set, and each row ends with the labels "Error Warning Info".
 */
function summarizePolicies(text: string): string {
  const table = text.slice(Math.max(0, text.indexOf('Chrome Policies')));
  return table
    .split(' Error Warning Info')
    .filter((row) => !row.includes('Not set.'))
    .join('\n');
}

interface InternalsEntry {
  id: string;
  name: string;
  location: string;
  registry_status: string;
  disable_reasons: string[];
}

/** Lists each extension of the chrome://extensions-internals JSON on one line. */
function summarizeExtensions(text: string): string {
  try {
    const entries = JSON.parse(text) as InternalsEntry[];
    return entries
      .map((entry) => {
        const reasons = entry.disable_reasons.join(', ') || 'none';
        return `${entry.id} "${entry.name}" ${entry.location} ${entry.registry_status}, disable reasons: ${reasons}`;
      })
      .join('\n');
  } catch {
    return text;
  }
}

/** Reads the Chromium log lines about extension installs, without the container's D-Bus noise. */
function readInstallLog(logFile: string): string {
  if (!existsSync(logFile)) return `${logFile} is missing.`;
  const lines = readFileSync(logFile, 'utf8')
    .split('\n')
    .filter((line) => /extension|crx|updater|policy/i.test(line) && !/dbus/i.test(line));
  return lines.join('\n').slice(-MAX_SECTION_CHARS);
}

/**
 * Describes why a force-installed extension did not start: what the update server served,
 * the policies Chromium loaded, the extensions it installed and its install log. A forced
 * extension that failed has a line "Forced extension ID failed to install" in the log.
 */
export async function describeInstallFailure(
  context: BrowserContext,
  failure: { id: string; requests: string[]; logFile: string },
): Promise<string> {
  const policies = await readPageText(context, 'chrome://policy');
  const extensions = await readPageText(context, 'chrome://extensions-internals');
  const sections = [
    `Extension ${failure.id} did not start after its force-install.`,
    `Requests to the update server: ${failure.requests.join(', ') || 'none'}`,
    `Policies on chrome://policy:\n${summarizePolicies(policies).slice(0, MAX_SECTION_CHARS)}`,
    `Extensions on chrome://extensions-internals:\n${summarizeExtensions(extensions)}`,
    `Install log (${failure.logFile}):\n${readInstallLog(failure.logFile)}`,
  ];
  return sections.join('\n\n');
}
