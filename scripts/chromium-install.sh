#!/usr/bin/env bash
# Installs Debian's Chromium for the browser tests when it is missing (idempotent).
set -euo pipefail
CHROMIUM="/usr/bin/chromium"
[[ -x "$CHROMIUM" ]] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
  echo "error: $CHROMIUM is missing and apt-get is not available; install Chromium and link it to $CHROMIUM" >&2
  exit 1
fi
SUDO=""
if [[ "$(id -u)" != "0" ]]; then
  if ! command -v sudo >/dev/null 2>&1; then
    echo "error: $CHROMIUM is missing; run as root or install it: sudo apt-get install -y chromium" >&2
    exit 1
  fi
  SUDO="sudo"
fi
echo "Installing Chromium from Debian (apt-get install chromium)…"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get install -y --no-install-recommends chromium >/dev/null \
  || { $SUDO apt-get update >/dev/null && $SUDO apt-get install -y --no-install-recommends chromium >/dev/null; }
echo "Chromium installed: $("$CHROMIUM" --version)"
