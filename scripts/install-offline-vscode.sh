#!/usr/bin/env bash
# Installs a real VS Code for tests on machines without internet: code-server 4.100.3
# (VS Code 1.100.3, the newest that runs on Node 20) from the npm registry, plus the Debian
# packages it builds against and the Chromium that drives its workbench.
# Prints the path of the code-server launcher on stdout; everything else goes to stderr.
# Usage: scripts/install-offline-vscode.sh [PREFIX]   (default: $POLICY_LENS_VSCODE_CACHE or ~/.cache/policy-lens/vscode)
# Idempotent: a working install is reused, so CI on the same machine pays for it once.
set -euo pipefail
V=4.100.3
PREFIX=${1:-${POLICY_LENS_VSCODE_CACHE:-$HOME/.cache/policy-lens/vscode}}
CS=$PREFIX/code-server-$V
if [ -x "$CS/bin/code-server" ] && "$CS/bin/code-server" --version >/dev/null 2>&1; then echo "$CS/bin/code-server"; exit 0; fi

need=()
for p in libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev pkg-config ripgrep chromium; do dpkg -s "$p" >/dev/null 2>&1 || need+=("$p"); done
if [ ${#need[@]} -gt 0 ]; then
  echo "installing Debian packages: ${need[*]}" >&2
  apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >&2
fi

rm -rf "$CS"; mkdir -p "$CS"; cd "$CS"
echo '{"name":"offline-vscode","private":true}' > package.json
# code-server's own install scripts refuse root and download ripgrep, so they are skipped and done by hand.
npm install --no-audit --no-fund --ignore-scripts "code-server@$V" >&2
P=$CS/node_modules/code-server
(cd "$P" && npm install --omit=dev --ignore-scripts --no-audit --no-fund >&2 && npm rebuild argon2 --build-from-source >&2)
VS=$P/lib/vscode
(cd "$VS" && npm install --omit=dev --ignore-scripts --no-audit --no-fund >&2)
for m in node-pty @parcel/watcher kerberos @vscode/spdlog native-watchdog; do (cd "$VS/node_modules/$m" && npx --yes node-gyp rebuild >&2); done
mkdir -p "$VS/node_modules/@vscode/ripgrep/bin" && cp "$(command -v rg)" "$VS/node_modules/@vscode/ripgrep/bin/rg"
ln -sfn node_modules "$VS/node_modules.asar"
(cd "$VS/bin/remote-cli" && ln -sfn code-linux.sh code-server) && (cd "$VS/bin/helpers" && ln -sfn browser-linux.sh browser.sh)
(cd "$VS/extensions" && npm install --omit=dev --ignore-scripts --no-audit --no-fund >&2)
mkdir -p "$CS/bin" && printf '#!/bin/sh\nexec node "%s/out/node/entry.js" "$@"\n' "$P" > "$CS/bin/code-server" && chmod +x "$CS/bin/code-server"
"$CS/bin/code-server" --version >&2
echo "$CS/bin/code-server"
