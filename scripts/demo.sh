#!/usr/bin/env bash
# `make demo`: build the collection the way Galaxy would, install the artifact into a local
# collections path, and run examples/demo.yml against the local server (make server).
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo"
export PATH="$repo/.venv/bin:$PATH"
demo="$repo/.cache/demo"
rm -rf "$demo" && mkdir -p "$demo/dist" "$demo/collections"

ansible-galaxy collection build --force --output-path "$demo/dist" . >/dev/null
artifact=$(ls "$demo"/dist/chatops-mattermost-*.tar.gz)
ansible-galaxy collection install --force -p "$demo/collections" "$artifact" >/dev/null
echo "demo: installed $(basename "$artifact") into $demo/collections"

# The connection comes from the environment, as a pipeline would provide it.
eval "$("$repo/.venv/bin/python" - <<'PY'
import json, shlex
c = json.load(open("tests/integration/integration_config.yml"))
print("export MATTERMOST_URL=%s MATTERMOST_TOKEN=%s" % (shlex.quote(c["mattermost_url"]),
                                                       shlex.quote(c["mattermost_token"])))
PY
)"
export ANSIBLE_COLLECTIONS_PATH="$demo/collections"
export ANSIBLE_LOCALHOST_WARNING=false ANSIBLE_INVENTORY_UNPARSED_WARNING=false
ansible-playbook examples/demo.yml "$@"
