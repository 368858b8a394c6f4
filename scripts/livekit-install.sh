#!/usr/bin/env bash
# Installs the pinned LiveKit SFU from its Go module into .tools/ (idempotent).
set -euo pipefail
cd "$(dirname "$0")/.."

LIVEKIT_VERSION="1.13.5"
TARGET=".tools/livekit-server"

if [[ -x "$TARGET" ]] && "$TARGET" --version 2>/dev/null | grep -q "version ${LIVEKIT_VERSION}\$"; then
  exit 0
fi
if ! command -v go >/dev/null 2>&1; then
  echo "error: the Go toolchain is missing; install Go 1.23 or newer (apt-get install golang, or https://go.dev/dl) and run again" >&2
  exit 1
fi

echo "Installing LiveKit server v${LIVEKIT_VERSION} with $(go version | cut -d' ' -f3) (first time: a few minutes)…"
mkdir -p .tools
BUILD_DIR="$(mktemp -d)"
trap 'rm -rf "$BUILD_DIR"' EXIT
# v1.13.5's go.mod has no replace directives, so `go install pkg@version` works and the
# checksum database verifies every module.
GOBIN="$BUILD_DIR" go install "github.com/livekit/livekit-server/cmd/server@v${LIVEKIT_VERSION}"
mv "$BUILD_DIR/server" "$TARGET"
echo "LiveKit server installed: $("$TARGET" --version)"
