#!/usr/bin/env bash
# chatops.mattermost.events under the real ansible-rulebook, from the built and installed collection:
# examples/chatops/rulebook.yml listens as a bot; check_rulebook.py talks to it through the server (a
# mention, an approval, the slash command executed by the server) and reads the answers back.
# ansible-rulebook needs Java 17 and its own virtual environment, cached outside the checkout in
# integration_config.yml's mattermost_cache (MATTERMOST_CACHE of `make server`, which ansible-test
# does not pass on): both are installed here when missing.
# No -x: the trace would print the tokens this script handles.
set -eu

export ANSIBLE_ROLES_PATH=..
config=../../integration_config.yml
target=$(pwd)
# ansible-test runs a copy of this directory somewhere under the collection: the collection is the
# nearest directory above with a galaxy.yml.
collection_root=$target
while [ ! -f "$collection_root/galaxy.yml" ]; do
    [ "$collection_root" != / ] || { echo "eda_events: no galaxy.yml above $target" >&2; exit 1; }
    collection_root=$(dirname "$collection_root")
done
work="${OUTPUT_DIR}/eda_events"
rm -rf "$work" && mkdir -p "$work"
vars="$work/vars.json"
cache=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["mattermost_cache"])' "$config")
eda_venv="$cache/eda-venv"
eda_requirements="ansible-rulebook>=1.1,<2 ansible-core>=2.17,<2.20 requests websockets>=11"
# ansible-test's PYTHONPATH points at the ansible it runs: the rulebook's environment must not see it.
unset PYTHONPATH

# Java 17 or newer for ansible-rulebook's rule engine (Drools).
java_major() { java -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1; }
if [ "$(java_major || true)" = "" ] || [ "$(java_major)" -lt 17 ]; then
    if [ "$(id -u)" = 0 ]; then apt_get=(apt-get); else apt_get=(sudo -n apt-get); fi
    "${apt_get[@]}" update -qq
    # Debian 12 has Java 17, Debian 13 (the newest ansible-core's lane) Java 21 only.
    for jre in openjdk-17-jre-headless openjdk-21-jre-headless; do
        apt-cache policy "$jre" 2>/dev/null | grep -q 'Candidate: [0-9]' && break
    done
    echo "eda_events: installing Java ($jre)"
    DEBIAN_FRONTEND=noninteractive "${apt_get[@]}" install -y -qq "$jre" >/dev/null
fi
if [ -z "${JAVA_HOME:-}" ]; then
    JAVA_HOME=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
    export JAVA_HOME
fi

# ansible-rulebook's virtual environment, made again when its requirements change.
if [ "$(cat "$eda_venv/.requirements" 2>/dev/null)" != "$eda_requirements" ]; then
    echo "eda_events: making $eda_venv"
    rm -rf "$eda_venv"
    python3 -m venv "$eda_venv"
    # shellcheck disable=SC2086
    "$eda_venv/bin/python" -m pip install -q $eda_requirements
    echo "$eda_requirements" > "$eda_venv/.requirements"
fi

# The collection as people get it: built, then installed into a collections path of its own.
ansible-galaxy collection build "$collection_root" --output-path "$work" --force >/dev/null
"$eda_venv/bin/ansible-galaxy" collection install -p "$work/collections" "$work"/chatops-mattermost-*.tar.gz --force >/dev/null
installed="$work/collections/ansible_collections/chatops/mattermost"
test -f "$installed/extensions/eda/plugins/event_source/events.py"

slash_port=$(python -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
rulebook_pid=""
cleanup() {
    if [ -n "$rulebook_pid" ]; then kill "$rulebook_pid" 2>/dev/null || true; wait "$rulebook_pid" 2>/dev/null || true; fi
    ansible-playbook "$target/cleanup.yml" -e "@$target/$config" -e "@$vars" || true
}
ansible-playbook setup.yml -e "@$config" -e "output_dir=$work" -e "vars_path=$vars" -e "slash_port=$slash_port"
trap cleanup EXIT

value() { python -c 'import json, sys; print(json.load(open(sys.argv[1]))[sys.argv[2]])' "$vars" "$1"; }
(umask 077 && cat > "$work/rulebook-vars.yml" <<VARS
chatops_team: $(value team)
chatops_channels: $(value channel)
chatops_requesters: $(value requester)
chatops_approvers: $(value requester)
chatops_slash_port: $slash_port
chatops_slash_token: $(value command_token)
VARS
)

# The rulebook and playbooks shipped in the collection, run from their directory.
cd "$installed/examples/chatops"
MATTERMOST_URL="$(value url)" MATTERMOST_TOKEN="$(value bot_token)" ANSIBLE_COLLECTIONS_PATH="$work/collections" \
PATH="$eda_venv/bin:$PATH" \
    "$eda_venv/bin/ansible-rulebook" -v -r rulebook.yml -i inventory.yml --env-vars MATTERMOST_URL,MATTERMOST_TOKEN \
    --vars "$work/rulebook-vars.yml" > "$work/rulebook.log" 2>&1 &
rulebook_pid=$!
cd "$target"
if ! "$eda_venv/bin/python" check_rulebook.py "$vars" "$work/collections" "$work/rulebook.log"; then
    tail -c 8000 "$work/rulebook.log"
    exit 1
fi
