#!/usr/bin/env bash
# Build the test plugin (plugin/) into one bundle per version given, and print the directory that
# holds them: <cache>/<hash of the sources>/<plugin id>-<version>.tar.gz.
#
#   build_bundles.sh [--server NAME] [--id ID] CACHE_DIR VERSION...
#
# The executable is built once per state of the sources (their hash names the directory), so a
# warm run only checks that the bundles are there. The versions differ only in plugin.json.
# --id gives the bundles another plugin id than plugin.json's (the docs_examples target installs
# the plugin under the id the documentation's example names).
# --server names the server the bundles are for (scripts/server.sh's newest, the default, or
# oldest): the plugin is built against that server's server/public, whose module file is
# plugin/go.mod for newest and plugin/go.NAME.mod for the others.
# Go fetches modules through its module proxy only (GOFLAGS=-mod=readonly: plugin/go.sum pins them).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
src="$here/plugin"
id=
server=newest
while [ "${1:-}" = --id ] || [ "${1:-}" = --server ]; do
    case "$1" in
        --id) id=$2 ;;
        --server) server=$2 ;;
    esac
    shift 2
done
cache=$1
shift

mod_file=go.mod
[ "$server" = newest ] || mod_file=go.$server.mod
[ -f "$src/$mod_file" ] || { echo "build_bundles.sh: no $src/$mod_file for server $server" >&2; exit 1; }
hash=$(cd "$src" && cat main.go "$mod_file" "${mod_file%.mod}.sum" plugin.json | sha256sum | cut -c1-16)
out="$cache/$hash"
[ -n "$id" ] || id=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["id"])' "$src/plugin.json")
mkdir -p "$out"

if [ ! -x "$out/plugin-linux-amd64" ]; then
    (cd "$src" && GOFLAGS=-mod=readonly GONOSUMDB=github.com/mattermost/mattermost GOOS=linux GOARCH=amd64 \
        go build -modfile="$mod_file" -trimpath -o "$out/plugin-linux-amd64.tmp" .)
    mv "$out/plugin-linux-amd64.tmp" "$out/plugin-linux-amd64"
fi

for version in "$@"; do
    bundle="$out/$id-$version.tar.gz"
    [ -f "$bundle" ] && continue
    stage=$(mktemp -d)
    mkdir -p "$stage/$id/server"
    cp "$out/plugin-linux-amd64" "$stage/$id/server/"
    python3 - "$src/plugin.json" "$stage/$id/plugin.json" "$version" "$id" <<'PY'
import json, sys
manifest = json.load(open(sys.argv[1]))
manifest['version'] = sys.argv[3]
manifest['id'] = sys.argv[4]
json.dump(manifest, open(sys.argv[2], 'w'), indent=4)
PY
    tar -C "$stage" -czf "$bundle.tmp" "$id"
    mv "$bundle.tmp" "$bundle"
    rm -rf "$stage"
done
echo "$out"
