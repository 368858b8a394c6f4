#!/usr/bin/env bash
# npm start: installs what is missing, builds, and serves the app with demo data and a
# local LiveKit server and the notification worker. Ctrl-C stops all three.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/common.sh

require_node
ensure_node_modules
export PORT="${PORT:-3000}"
npx --no-install tsx scripts/check-config.ts
npx --no-install tsx scripts/check-port.ts "$PORT"
bash scripts/livekit-install.sh

echo "Building the app (next build)…"
npx --no-install next build
# Migrate once before the app and the notification worker start side by side.
npx --no-install tsx scripts/db-migrate.ts

pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap cleanup EXIT
trap 'exit 130' INT TERM

node_modules/.bin/tsx scripts/livekit-start.ts &
pids+=($!)
# Started directly (not through npx) so that its PID is the server's own.
node node_modules/next/dist/bin/next start -p "$PORT" &
pids+=($!)
# The notification worker (also `npm run worker` on its own); node with tsx as a loader,
# so the PID is the worker's and Ctrl-C reaches it.
node --import tsx scripts/worker.ts &
pids+=($!)
echo "Beratungsportal: http://localhost:${PORT}"
wait -n "${pids[@]}"
