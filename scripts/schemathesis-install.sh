#!/usr/bin/env bash
# Installs the pinned schemathesis (API fuzzer, used by e2e/api-fuzz.spec.ts) into a
# virtual environment under .tools/ (idempotent).
set -euo pipefail
cd "$(dirname "$0")/.."
VERSION="4.32.5"
VENV=".tools/venv"
if [[ -x "$VENV/bin/st" ]] && "$VENV/bin/st" --version 2>/dev/null | grep -q "version ${VERSION}\$"; then
  exit 0
fi
if ! command -v python3 >/dev/null 2>&1; then
  echo "error: python3 is missing; install Python 3.9 or newer (apt-get install python3 python3-venv)" >&2
  exit 1
fi
echo "Installing schemathesis ${VERSION} into ${VENV}…"
python3 -m venv "$VENV"
"$VENV/bin/pip" install --quiet --disable-pip-version-check "schemathesis==${VERSION}"
