/**
 * Package the release builds for the stores, into artifacts/packages/:
 * - mail-authenticator-VERSION-chrome.zip for the Chrome Web Store and Edge Add-ons, from
 *   dist/chrome without the manifest's `key`, which the Chrome Web Store rejects;
 * - mail-authenticator-VERSION-firefox.zip for addons.mozilla.org, from dist/firefox, after
 *   web-ext lint (the linter that addons.mozilla.org runs) finds no error;
 * - mail-authenticator-VERSION-source.zip, the committed source, for the AMO reviewer;
 * - with --base-url=URL, updates.xml and updates.json for administrators who host
 *   mail-authenticator-VERSION.crx and .xpi (signed separately, see docs/release.md) at URL.
 * Usage: npm run build && npm run package [-- --base-url=https://extensions.example.com/ma/]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import packageJson from '../package.json' with { type: 'json' };
import { writeUpdateManifests } from './updateManifests';

const OUTPUT = path.resolve('artifacts/packages');
const WEB_EXT = path.resolve('node_modules/.bin/web-ext');
const NAME = `mail-authenticator-${packageJson.version}`;

interface Manifest {
  version: string;
  key?: string;
  host_permissions?: string[];
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/** Read a release build's manifest, and reject a stale or demo build. */
function readRelease(folder: string): Manifest {
  const file = path.join(folder, 'manifest.json');
  if (!existsSync(file)) fail(`${file} is missing. Run npm run build first.`);
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
  if (manifest.version !== packageJson.version) {
    fail(
      `${file} has version ${manifest.version}, but package.json has ${packageJson.version}. Run npm run build again.`,
    );
  }
  // A demo build may run on loopback pages, which no store release should.
  const loopback = (manifest.host_permissions ?? []).filter((host) => host.startsWith('http://'));
  if (loopback.length > 0) fail(`${file} allows ${loopback.join(', ')}, so it is a demo build.`);
  // A build that failed halfway leaves empty scripts behind.
  const empty = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter(
    (name) => name.endsWith('.js') && statSync(path.join(folder, name)).size === 0,
  );
  if (empty.length > 0)
    fail(`${folder} has empty scripts (${empty.join(', ')}). Run npm run build again.`);
  return manifest;
}

/** Zip a folder with web-ext, which puts manifest.json at the root as the stores require. */
function zipFolder(folder: string, fileName: string): string {
  execFileSync(
    WEB_EXT,
    ['build', '--source-dir', folder, '--artifacts-dir', OUTPUT, '--filename', fileName],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  return path.join(OUTPUT, fileName);
}

function packageChrome(manifest: Manifest): string {
  const staging = mkdtempSync(path.join(tmpdir(), 'mail-authenticator-chrome-'));
  try {
    cpSync('dist/chrome', staging, { recursive: true });
    const { key: _key, ...storeManifest } = manifest;
    const text = `${JSON.stringify(storeManifest, null, 2)}\n`;
    writeFileSync(path.join(staging, 'manifest.json'), text);
    return zipFolder(staging, `${NAME}-chrome.zip`);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

interface LintReport {
  summary: { errors: number; warnings: number; notices: number };
  errors: { code: string; file?: string; message: string }[];
  warnings: { code: string; file?: string; message: string }[];
}

/** Run web-ext lint on a folder, print its findings in one line each, and fail on any error. */
function lintFirefox(folder: string): void {
  const run = spawnSync(WEB_EXT, ['lint', '--source-dir', folder, '--output=json', '--no-input'], {
    encoding: 'utf8',
  });
  if (run.stdout.trim() === '') fail(`web-ext lint printed no report: ${run.stderr}`);
  const report = JSON.parse(run.stdout) as LintReport;
  const { errors, warnings, notices } = report.summary;
  console.log(`web-ext lint: ${errors} errors, ${warnings} warnings, ${notices} notices`);
  for (const entry of [...report.errors, ...report.warnings]) {
    console.log(`  ${entry.code} in ${entry.file ?? 'the package'}: ${entry.message}`);
  }
  if (errors > 0) fail(`web-ext lint found errors in ${folder}. Fix them before uploading.`);
}

function packageFirefox(): string {
  readRelease('dist/firefox');
  lintFirefox('dist/firefox');
  return zipFolder('dist/firefox', `${NAME}-firefox.zip`);
}

/** Zip the committed source with git, so the reviewer gets exactly what HEAD contains. */
function packageSource(): string {
  const file = path.join(OUTPUT, `${NAME}-source.zip`);
  execFileSync('git', ['archive', '--format=zip', `--prefix=${NAME}/`, '--output', file, 'HEAD']);
  const changes = execFileSync('git', ['status', '--porcelain'], { encoding: 'utf8' });
  if (changes.trim() !== '') {
    console.warn('The working tree has uncommitted changes, so the source zip contains HEAD only.');
  }
  return file;
}

function describeFile(file: string): string {
  const digest = createHash('sha256').update(readFileSync(file)).digest('hex');
  const kilobytes = Math.round(statSync(file).size / 1024);
  return `${path.relative('.', file)}  ${kilobytes} KiB  sha256 ${digest}`;
}

/** Read --base-url=URL, which must be https:// because browsers fetch updates over HTTPS only. */
function readBaseUrl(): string | undefined {
  const argument = process.argv.find((candidate) => candidate.startsWith('--base-url='));
  const baseUrl = argument?.slice('--base-url='.length);
  if (baseUrl !== undefined && !baseUrl.startsWith('https://')) {
    fail(`--base-url must be an https:// URL, not "${baseUrl}".`);
  }
  return baseUrl;
}

const baseUrl = readBaseUrl();
const chromeManifest = readRelease('dist/chrome');
mkdirSync(OUTPUT, { recursive: true });
for (const stale of [`${NAME}-chrome.zip`, `${NAME}-firefox.zip`, `${NAME}-source.zip`]) {
  rmSync(path.join(OUTPUT, stale), { force: true });
}
const files = [packageChrome(chromeManifest), packageFirefox(), packageSource()];

if (baseUrl !== undefined) {
  const chromeKey = chromeManifest.key ?? fail('dist/chrome/manifest.json has no key for the ID.');
  const options = { baseUrl, name: NAME, version: packageJson.version, chromeKey };
  files.push(...writeUpdateManifests(OUTPUT, options));
}
console.log(files.map(describeFile).join('\n'));
