#!/usr/bin/env bash
# Install what the project needs on a fresh Debian machine: Chromium and Firefox ESR from
# Debian's packages (when missing) and the npm packages from package-lock.json.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || missing+=(chromium)
[ -x "${FIREFOX_PATH:-/usr/bin/firefox-esr}" ] || missing+=(firefox-esr)
# A CJK font, so that screenshots of the Chinese pages show text rather than boxes.
fc-list :lang=zh 2>/dev/null | grep -q . || missing+=(fonts-wqy-zenhei)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ] && ! command -v sudo >/dev/null; then
    echo "Missing ${missing[*]}: install them with apt-get as root, or set CHROMIUM_PATH / FIREFOX_PATH." >&2
    exit 1
  fi
  run_as_root=()
  [ "$(id -u)" -eq 0 ] || run_as_root=(sudo)
  echo "Installing ${missing[*]} from Debian's packages..."
  "${run_as_root[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${run_as_root[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# npm ci when node_modules is missing or older than the lock file.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
