import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';

/**
 * Runs Mozilla's add-on linter (through web-ext, the same check addons.mozilla.org runs on
 * upload) on the built Firefox package. Needs `npm run build` first, and is skipped without it.
 */
const FOLDER = path.resolve('dist/firefox');
const WEB_EXT = path.resolve('node_modules/.bin/web-ext');

/** Warnings that are understood and accepted, each with the reason. */
const ACCEPTED_WARNINGS = [
  {
    // Firefox for Android 142 is the first to read data_collection_permissions, but Android
    // is no target (see geckoSettings in manifest.config.ts).
    code: 'KEY_FIREFOX_ANDROID_UNSUPPORTED_BY_MIN_VERSION',
    file: /^manifest\.json$/,
  },
  {
    // Preact's renderer assigns innerHTML for dangerouslySetInnerHTML, which no component uses.
    code: 'UNSAFE_VAR_ASSIGNMENT',
    file: /^assets\/[\w.-]+\.js$/,
  },
];

interface LintMessage {
  code: string;
  file?: string;
  message: string;
}

interface LintReport {
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

function lint(folder: string): LintReport {
  const run = spawnSync(WEB_EXT, ['lint', '--source-dir', folder, '--output=json', '--no-input'], {
    encoding: 'utf8',
  });
  if (run.stdout.trim() === '') {
    throw new Error(`web-ext lint printed no report (exit ${run.status}): ${run.stderr}`);
  }
  return JSON.parse(run.stdout) as LintReport;
}

function describeMessage(entry: LintMessage): string {
  return `${entry.code} in ${entry.file ?? 'the package'}: ${entry.message}`;
}

const built = existsSync(path.join(FOLDER, 'manifest.json'));
if (!built) console.warn(`Skipping web-ext lint: ${FOLDER} is missing. Run npm run build first.`);

describe.skipIf(!built)('web-ext lint of dist/firefox', () => {
  let report: LintReport;

  // The linter takes about 20 seconds, so it runs once for all three checks.
  beforeAll(() => {
    report = lint(FOLDER);
  }, 120_000);

  test('reports no errors', () => {
    expect(report.errors.map(describeMessage)).toEqual([]);
  });

  test('reports no notices', () => {
    expect(report.notices.map(describeMessage)).toEqual([]);
  });

  test('reports only accepted warnings', () => {
    const unexpected = report.warnings.filter(
      (warning) =>
        !ACCEPTED_WARNINGS.some(
          (accepted) => accepted.code === warning.code && accepted.file.test(warning.file ?? ''),
        ),
    );
    expect(unexpected.map(describeMessage)).toEqual([]);
  });
});
