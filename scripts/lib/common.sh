# Shared helpers for scripts/start.sh and scripts/test.sh.

# Installs npm packages exactly from package-lock.json when they are missing or the lock
# file changed since the last install.
ensure_node_modules() {
  local stamp="node_modules/.install-stamp"
  local want
  want="$(sha256sum package-lock.json | cut -d' ' -f1)"
  if [[ -f "$stamp" && "$(cat "$stamp")" == "$want" ]]; then
    return 0
  fi
  echo "Installing npm packages (npm ci)…"
  npm ci --no-audit --no-fund
  echo "$want" > "$stamp"
}

require_node() {
  if ! command -v node >/dev/null 2>&1; then
    echo "error: Node.js is missing; install Node.js 20.9 or newer" >&2
    exit 1
  fi
  local major
  major="$(node -p 'process.versions.node.split(".")[0]')"
  if (( major < 20 )); then
    echo "error: Node.js $(node -v) is too old; install Node.js 20.9 or newer" >&2
    exit 1
  fi
}
