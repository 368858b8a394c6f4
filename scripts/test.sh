#!/usr/bin/env bash
# npm test: installs what is missing, then runs every check in order and stops at the
# first failure.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/common.sh

step() { printf '\n== %s\n' "$1"; }

require_node
ensure_node_modules
bash scripts/chromium-install.sh
bash scripts/livekit-install.sh
bash scripts/schemathesis-install.sh
bash scripts/radicale-install.sh

step "Type check (tsc --noEmit)"
npx --no-install next typegen >/dev/null
npx --no-install tsc --noEmit
step "Lint (ESLint)"
npx --no-install eslint . --max-warnings=0
step "Format (Prettier)"
npx --no-install prettier --check . --log-level warn
step "Unit and integration tests (Vitest)"
npx --no-install vitest run
step "Production build (next build)"
npx --no-install next build
step "Browser tests (Playwright, /usr/bin/chromium)"
npx --no-install playwright test
printf '\nAll checks passed.\n'
