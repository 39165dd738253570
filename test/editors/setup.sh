#!/usr/bin/env bash
# Install what the real-editor tests (test/editors/) need, outside the project's dependencies.
#
#   bash test/editors/setup.sh     # code-server into test/editors/.cache/ (git-ignored), ~300 MB, 1-2 min
#
# First the Debian packages (as root): apt-get install -y --no-install-recommends neovim chromium libkrb5-dev ripgrep
# (libkrb5-dev: headers for code-server's kerberos module; ripgrep: VS Code's search, see below).
# Nothing is downloaded at test time. See README.md, "Real-editor tests".
set -euo pipefail

CODE_SERVER_VERSION=4.100.3
here="$(cd "$(dirname "$0")" && pwd)"
cache="$here/.cache"
prefix="$cache/code-server-$CODE_SERVER_VERSION"

if [ -f "$prefix/.installed" ] && [ -x "$prefix/node_modules/.bin/code-server" ]; then
  echo "code-server $CODE_SERVER_VERSION already installed in $prefix"
  exit 0
fi

for tool in rg node npm; do
  command -v "$tool" >/dev/null || { echo "setup.sh: '$tool' not found (install ripgrep, Node.js 20)" >&2; exit 1; }
done
case "$(node --version)" in v20.*) ;; *) echo "setup.sh: code-server $CODE_SERVER_VERSION needs Node.js 20, found $(node --version)" >&2; exit 1 ;; esac

rm -rf "$prefix"
mkdir -p "$prefix"
# Its own package.json: npm must not treat this folder as part of the monorepo.
# allowScripts: npm 11.19+ skips dependencies' install scripts unless allowed (older npm ignores the field).
cat >"$prefix/package.json" <<'JSON'
{"name": "pitchlint-editor-test-cache", "private": true, "allowScripts": {"code-server": true, "argon2": true}}
JSON

export npm_config_yes=true          # a postinstall runs `npx node-gyp`
# code-server's postinstall refuses to run as root unless npm says unsafe-perm (npm 11 warns that it no longer
# knows the key; the script only reads the variable).
export npm_config_unsafe_perm=true
export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false

# 1. Fetch without running install scripts, to learn which @vscode/ripgrep VS Code pins.
(cd "$prefix" && npm install --no-save --ignore-scripts --workspaces=false "code-server@$CODE_SERVER_VERSION")
rg_version="$(node -e '
  const s = require(process.argv[1]);
  console.log(s.packages["node_modules/@vscode/ripgrep"].version)
' "$prefix/node_modules/code-server/lib/vscode/npm-shrinkwrap.json")"

# 2. @vscode/ripgrep's postinstall downloads rg from GitHub, which is not reachable here. It first looks in
#    $TMPDIR/vscode-ripgrep-cache-<version>/: seed that with Debian's rg.
tmp="$cache/tmp"
rm -rf "$tmp"
mkdir -p "$tmp/vscode-ripgrep-cache-$rg_version" "$tmp/rg"
cp "$(command -v rg)" "$tmp/rg/rg"
for triple in x86_64-unknown-linux-musl aarch64-unknown-linux-musl aarch64-unknown-linux-gnu; do
  for rgv in v13.0.0-10 v13.0.0-13; do
    tar -czf "$tmp/vscode-ripgrep-cache-$rg_version/ripgrep-$rgv-$triple.tar.gz" -C "$tmp/rg" rg
  done
done

# 3. Now run the install scripts, by name (npm 11.19 skips unnamed ones): argon2 builds its native module, code-server's postinstall installs VS Code's
#    own dependencies (native modules built with node-gyp against Node's headers).
(cd "$prefix" && TMPDIR="$tmp" npm rebuild --workspaces=false argon2 code-server)

XDG_CONFIG_HOME="$tmp" XDG_DATA_HOME="$tmp" "$prefix/node_modules/.bin/code-server" --version
rm -rf "$tmp"
touch "$prefix/.installed"
echo "code-server $CODE_SERVER_VERSION installed in $prefix"
