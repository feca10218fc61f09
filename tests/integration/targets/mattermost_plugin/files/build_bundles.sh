#!/usr/bin/env bash
# Build the test plugin (plugin/) into one bundle per version given, and print the directory that
# holds them: <cache>/<hash of the sources>/<plugin id>-<version>.tar.gz.
#
#   build_bundles.sh CACHE_DIR VERSION...
#
# The executable is built once per state of the sources (their hash names the directory), so a
# warm run only checks that the bundles are there. The versions differ only in plugin.json.
# Go fetches modules through its module proxy only (GOFLAGS=-mod=readonly: plugin/go.sum pins them).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
src="$here/plugin"
cache=$1
shift

hash=$(cd "$src" && cat main.go go.mod go.sum plugin.json | sha256sum | cut -c1-16)
out="$cache/$hash"
id=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["id"])' "$src/plugin.json")
mkdir -p "$out"

if [ ! -x "$out/plugin-linux-amd64" ]; then
    (cd "$src" && GOFLAGS=-mod=readonly GONOSUMDB=github.com/mattermost/mattermost GOOS=linux GOARCH=amd64 \
        go build -trimpath -o "$out/plugin-linux-amd64.tmp" .)
    mv "$out/plugin-linux-amd64.tmp" "$out/plugin-linux-amd64"
fi

for version in "$@"; do
    bundle="$out/$id-$version.tar.gz"
    [ -f "$bundle" ] && continue
    stage=$(mktemp -d)
    mkdir -p "$stage/$id/server"
    cp "$out/plugin-linux-amd64" "$stage/$id/server/"
    python3 - "$src/plugin.json" "$stage/$id/plugin.json" "$version" <<'PY'
import json, sys
manifest = json.load(open(sys.argv[1]))
manifest['version'] = sys.argv[3]
json.dump(manifest, open(sys.argv[2], 'w'), indent=4)
PY
    tar -C "$stage" -czf "$bundle.tmp" "$id"
    mv "$bundle.tmp" "$bundle"
    rm -rf "$stage"
done
echo "$out"
