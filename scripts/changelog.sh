#!/usr/bin/env bash
# The changelog (changelogs/changelog.yaml and CHANGELOG.rst) from changelogs/fragments/ with
# antsibull-changelog, for the version in galaxy.yml.
#
#   scripts/changelog.sh          write it (`make changelog`); a fragment merged after the release
#                                 was made joins that release, and an edited fragment is read again
#   scripts/changelog.sh --check  fail when the committed changelog is not what the fragments make
#
# antsibull-changelog lists the plugins with ansible-doc, so it runs in a copy of the collection
# under ansible_collections/; the fragments stay (keep_fragments), so a rerun gives the same file.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo"
export PATH="$repo/.venv/bin:$PATH"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
copy="$work/ansible_collections/chatops/mattermost"
make -s sync COLLECTION_ROOT="$copy"

version=$(python -c 'import yaml; print(yaml.safe_load(open("galaxy.yml"))["version"])')
# The release date already recorded stays; a new release is dated today.
date=$(python - <<'PY'
import datetime
import yaml
try:
    releases = yaml.safe_load(open("changelogs/changelog.yaml")).get("releases") or {}
except OSError:
    releases = {}
version = yaml.safe_load(open("galaxy.yml"))["version"]
print((releases.get(version) or {}).get("release_date") or datetime.date.today().isoformat())
PY
)
# Every release is made again from the fragments, keeping only its date: antsibull-changelog reads a fragment once
# and records its name, so a fragment edited after that would otherwise never reach the changelog (nor fail --check).
python - "$copy/changelogs/changelog.yaml" <<'PY'
import os
import sys
import yaml
path = sys.argv[1]
if os.path.exists(path):
    with open(path) as handle:
        changelog = yaml.safe_load(handle)
    changelog['releases'] = {version: {'release_date': release['release_date']}
                             for version, release in (changelog.get('releases') or {}).items()}
    with open(path, 'w') as handle:
        yaml.safe_dump(changelog, handle, sort_keys=True)
PY
(cd "$copy" && antsibull-changelog release --version "$version" --date "$date" >/dev/null)

if [ "${1:-}" = --check ]; then
    status=0
    for file in changelogs/changelog.yaml CHANGELOG.rst; do
        diff -u "$file" "$copy/$file" || status=1
    done
    [ "$status" -eq 0 ] || echo "changelog: out of date with changelogs/fragments: run make changelog" >&2
    exit "$status"
fi
cp "$copy/changelogs/changelog.yaml" changelogs/changelog.yaml
cp "$copy/CHANGELOG.rst" CHANGELOG.rst
echo "changelog: $version ($date) written to changelogs/changelog.yaml and CHANGELOG.rst"
