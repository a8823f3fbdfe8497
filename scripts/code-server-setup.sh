#!/usr/bin/env bash
# Sets up a real VS Code (code-server) and a headless browser driver in .cache/code-server/,
# outside the project's own dependencies, for test/e2e/codeserver.test.ts.
#
#   bash scripts/code-server-setup.sh          # install (skips what is already there)
#   bash scripts/code-server-setup.sh --force  # reinstall the npm part from scratch
#
# Why code-server: @vscode/test-electron downloads VS Code at run time, which is not
# possible where only the npm registry and Debian's packages are reachable.
# code-server 4.100.3 (VS Code 1.100.3) is the last release that runs on Node 20.
# Needs: root (or sudo) for apt-get, Node 20, npm. Takes about 4 minutes on 2 cores.
set -euo pipefail

CODE_SERVER_VERSION="4.100.3"
PLAYWRIGHT_VERSION="1.65.1"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CACHE="${POLICY_PLANS_CODE_SERVER_CACHE:-$ROOT/.cache/code-server}"
STAMP="$CACHE/.setup-done"
STAMP_TEXT="code-server@$CODE_SERVER_VERSION playwright-core@$PLAYWRIGHT_VERSION"
# fonts-wqy-microhei: CJK glyphs for the screenshots (the samples quote Chinese documents).
APT_PACKAGES=(libkrb5-dev pkg-config libsecret-1-dev libx11-dev libxkbfile-dev ripgrep chromium fonts-wqy-microhei)

log() { printf '[code-server-setup] %s\n' "$*"; }

if [[ "${1:-}" == "--force" ]]; then
  log "--force: removing $CACHE"
  rm -rf "$CACHE"
fi

# 1. Debian packages (build headers for the native modules, ripgrep, chromium).
missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
  SUDO=""
  if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi
  log "apt-get install: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  log "Debian packages already installed: ${APT_PACKAGES[*]}"
fi

if [[ -f "$STAMP" && "$(cat "$STAMP")" == "$STAMP_TEXT" && -x "$CACHE/node_modules/.bin/code-server" ]]; then
  log "already set up in $CACHE ($STAMP_TEXT); nothing to do"
  exit 0
fi

mkdir -p "$CACHE"
cd "$CACHE"
rm -f "$STAMP"
[[ -f package.json ]] || printf '{ "name": "policy-plans-code-server-cache", "private": true }\n' > package.json

# 2. code-server and playwright-core from the npm registry, without their install scripts
#    (they download prebuilt binaries from places this machine cannot reach).
log "npm install --ignore-scripts code-server@$CODE_SERVER_VERSION playwright-core@$PLAYWRIGHT_VERSION into $CACHE"
npm install --no-audit --no-fund --loglevel=error --ignore-scripts \
  "code-server@$CODE_SERVER_VERSION" "playwright-core@$PLAYWRIGHT_VERSION"

log "npm rebuild argon2 (from source)"
npm_config_build_from_source=true npm rebuild argon2 --loglevel=error

# 3. VS Code's own dependencies inside code-server.
VSC="$CACHE/node_modules/code-server/lib/vscode"
cd "$VSC"
log "npm install --omit=dev --ignore-scripts in lib/vscode"
npm install --no-audit --no-fund --loglevel=error --omit=dev --ignore-scripts

log "linking /usr/bin/rg as @vscode/ripgrep's binary (its install script downloads from GitHub)"
mkdir -p node_modules/@vscode/ripgrep/bin
ln -sf "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg

log "npm rebuild in lib/vscode (native modules: node-pty, spdlog, ...)"
npm_config_yes=true npm rebuild --loglevel=error

log "linking node_modules.asar -> node_modules"
[[ -e node_modules.asar ]] || ln -s node_modules node_modules.asar

log "npm install --omit=dev in lib/vscode/extensions"
cd "$VSC/extensions"
npm install --no-audit --no-fund --loglevel=error --omit=dev

cd "$CACHE"
CHROMIUM="$(command -v chromium || true)"
VERSION_LINE="$(node -p "require('./node_modules/code-server/package.json').version")"
log "check: code-server $VERSION_LINE, chromium: ${CHROMIUM:-missing} ($("${CHROMIUM:-true}" --version 2>/dev/null || true))"
[[ -n "$CHROMIUM" ]] || { log "chromium not found"; exit 1; }
printf '%s' "$STAMP_TEXT" > "$STAMP"
log "done: $CACHE"
