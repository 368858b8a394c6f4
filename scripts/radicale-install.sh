#!/usr/bin/env bash
# Installs the pinned Radicale (CalDAV server for the calendar sync tests: lib/caldav and
# e2e/caldav.spec.ts) into its own virtual environment under .tools/ (idempotent).
set -euo pipefail
cd "$(dirname "$0")/.."
VERSION="3.9.0"
VENV=".tools/radicale-venv"
if [[ -x "$VENV/bin/radicale" ]] && "$VENV/bin/radicale" --version 2>/dev/null | grep -qx "${VERSION}"; then
  exit 0
fi
if ! command -v python3 >/dev/null 2>&1; then
  echo "error: python3 is missing; install Python 3.9 or newer (apt-get install python3 python3-venv)" >&2
  exit 1
fi
echo "Installing Radicale ${VERSION} into ${VENV}…"
python3 -m venv "$VENV"
"$VENV/bin/pip" install --quiet --disable-pip-version-check "radicale==${VERSION}"
