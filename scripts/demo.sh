#!/usr/bin/env bash
# Set up a fresh machine (Chromium, npm packages), build the extension and run it on the
# bundled demo mailbox. See scripts/demo.ts for what happens with and without a display.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
npm run build -- chrome
exec npx tsx scripts/demo.ts "$@"
