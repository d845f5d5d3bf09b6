#!/usr/bin/env bash
# Vendors the world outline used by the web page's map view.
#
# Fetches the npm package world-atlas (pinned below) into a temporary
# directory and copies its 110m land TopoJSON to
# crates/server/assets/world-110m.json, then writes VENDORED.md beside it.
# The Rust build never needs npm: the JSON is committed. Re-run this only to
# change the vendored version.
set -euo pipefail

PACKAGE=world-atlas
VERSION=2.0.2
FILE=land-110m.json

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dest="$root/crates/server/assets"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

cd "$tmp"
npm init -y >/dev/null
npm install --no-save --no-audit --no-fund "$PACKAGE@$VERSION" >/dev/null
src="$tmp/node_modules/$PACKAGE/$FILE"
licence="$(node -p "require('./node_modules/$PACKAGE/package.json').license")"
installed="$(node -p "require('./node_modules/$PACKAGE/package.json').version")"

mkdir -p "$dest"
cp "$src" "$dest/world-110m.json"

cat > "$dest/VENDORED.md" <<MD
# Vendored files

| file | from | version | licence |
| --- | --- | --- | --- |
| world-110m.json | npm package \`$PACKAGE\`, file \`$FILE\` | $installed | $licence (package); the data is Natural Earth, public domain |

Written by \`scripts/vendor-web.sh\`; re-run it to update. Everything else in
this folder (index.html, app.js, style.css) is Herald's own code.
MD
echo "vendored $PACKAGE@$installed $FILE -> $dest/world-110m.json ($(wc -c <"$dest/world-110m.json") bytes)"
