#!/usr/bin/env bash
# Run every check the project has: install what is missing, type check, lint, format check,
# build, unit tests (web-ext lint of the Firefox build among them), then end-to-end tests in real
# Chromium and Firefox. Exits non-zero on the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh
mkdir -p artifacts

echo "== Type check"
npx tsc --noEmit
echo "== Lint"
npx eslint --max-warnings 0 .
echo "== Format"
npx prettier --check . >/dev/null || { npx prettier --check .; exit 1; }
echo "== Build"
npm run build
echo "== Unit tests"
npx vitest run --reporter=default --reporter=json --outputFile.json=artifacts/vitest.json
echo "== End-to-end tests"
PLAYWRIGHT_JSON_OUTPUT_NAME=artifacts/playwright.json npx playwright test --reporter=list,json
echo "== Firefox end-to-end tests"
npx vitest run --config tests/firefox/vitest.config.ts --reporter=default --reporter=json \
  --outputFile.json=artifacts/firefox.json
npx tsx scripts/summary.ts
