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
echo "demo: first run of examples/demo.yml (provisions)"
ansible-playbook examples/demo.yml "$@"
echo "demo: second run of examples/demo.yml (must change nothing)"
ansible-playbook examples/demo.yml "$@" | tee "$demo/second-run.log"
if ! grep -Eq "localhost +: ok=[0-9]+ +changed=0 " "$demo/second-run.log"; then
    echo "demo: the second run changed something: the modules are not idempotent" >&2
    exit 1
fi
echo "demo: the second run changed nothing"

# The pipeline example, with a second user answering "approve" in the thread after a moment.
echo "demo: examples/deploy_pipeline.yml with a scripted approval"
ansible-playbook examples/deploy_pipeline.yml -e demo_answer=approve -e "app_version=demo-$(date +%s)" "$@"
