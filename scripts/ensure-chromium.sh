#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (Playwright's own browser download cannot
# work here). Install it once if it is missing; fail loudly if that is impossible.
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" != "0" ]; then
  echo "chromium is missing and this user cannot install it: run 'apt-get install chromium'" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium >/dev/null
command -v chromium
