#!/usr/bin/env bash
# Docs that run: every example of README.md, docs/*.md, the modules' and lookups' EXAMPLES and the
# notify callback's EXAMPLES, found by tests/utils/examples.py, runs here against the test server,
# each as its own playbook, from the same fixtures (fixtures.py: the users, teams, channels, bots,
# webhook and variables the examples name; files/ for the files they upload). The target fails
# when any example fails, naming it. The settings and role permissions an example changes are put
# back after it; everything is deleted for good at the end, also when an example failed.
# No -x: the trace would print the token.
set -eu

# The examples use fixed names (alice, ops, ...): two runs on one server at once (two ansible-core
# versions, two work trees) would delete each other's fixtures, so they take turns.
exec 9>"${TMPDIR:-/tmp}/chatops-mattermost-docs-examples.lock"
flock 9

# ansible-test runs this from a copy of tests/integration; the collection is on the collections path.
root="${ANSIBLE_COLLECTIONS_PATH%%:*}/ansible_collections/chatops/mattermost"
config=$(cd ../.. && pwd)/integration_config.yml
here=$(pwd)
work="${OUTPUT_DIR}/docs_examples"
rm -rf "$work" && mkdir -p "$work"
vars="$work/vars.json"
fixtures() { python "$here/fixtures.py" "$config" "$@"; }
url=$(python -c 'import json, sys; print(json.load(open(sys.argv[1]))["mattermost_url"])' "$config")
token=$(python -c 'import json, sys; print(json.load(open(sys.argv[1]))["mattermost_token"])' "$config")

# mattermost_post's example attaches this file.
report=/tmp/report.html
made_report=false
if [ ! -e "$report" ]; then
    echo "<html><body>The nightly report (docs_examples)</body></html>" > "$report"
    made_report=true
fi
# The files the examples name relative to their playbook (files/...), in every example's folder.
files="$work/files"
mkdir -p "$files"
cp "$root/tests/integration/targets/mattermost_emoji/files/red.png" "$files/shipit.png"
# mattermost_plugin's example installs com.example.standup 1.2.0: the mattermost_plugin target's
# test plugin under that id (built once, then cached like that target's bundles).
# (ansible-test gives this script an environment without MATTERMOST_CACHE: `make server` wrote it
# to integration_config.yml, as mattermost_cache.)
cache=$(python -c 'import json, sys; print(json.load(open(sys.argv[1]))["mattermost_cache"])' "$config")
server_name=$(python -c 'import json, sys; print(json.load(open(sys.argv[1])).get("mattermost_server_name", "newest"))' "$config")
plugin_cache="$cache/test-plugins"
# (No pipe: a failed build must stop the script, and the last line printed is the directory.)
bundles=$(bash "$root/tests/integration/targets/mattermost_plugin/files/build_bundles.sh" \
    --server "$server_name" --id com.example.standup "$plugin_cache" 1.2.0)
bundles=${bundles##*$'\n'}
ln -s "$bundles/com.example.standup-1.2.0.tar.gz" "$files/"

# The server's settings and role permissions, read before each example and put back after it
# (mattermost_config's and mattermost_role's examples change them; other tests rely on them).
state="$work/server-state.json"
answerer=
cleanup() {
    [ -z "$answerer" ] || kill "$answerer" 2>/dev/null || true
    if $made_report; then rm -f "$report"; fi
    [ ! -e "$state" ] || fixtures restore "$state"
    fixtures clean
}
trap cleanup EXIT

python "$root/tests/utils/examples.py" "$root" --list
# The examples' incoming webhook is the fixture's, made anew for each example: its URL is put in
# place of this one after each reset.
webhook_placeholder="$url/hooks/docsexampleswebhook"
python "$root/tests/utils/examples.py" "$root" --write "$work/examples" --url "$url" --webhook-url "$webhook_placeholder"

# run_callback_example BASE: the callback's ansible.cfg snippet (with the token from the
# environment), then its shell command; each must post its report (site.yml fails on purpose).
run_callback_example() {
    local base=$1 run=$2 before after status
    cp "$here/site.yml" "$run/"
    before=$(fixtures notified "$vars" ops deployments)
    set +e
    # ansible-test enables its junit callback by environment, which would override the file's.
    (cd "$run" && env -u ANSIBLE_CALLBACKS_ENABLED ANSIBLE_CONFIG="$base.cfg" MATTERMOST_NOTIFY_TOKEN="$token" \
        ansible-playbook site.yml)
    status=$?
    set -e
    after=$(fixtures notified "$vars" ops deployments)
    echo "ansible.cfg example: exit status $status, callback posts in ops/deployments: $before -> $after"
    [ "$status" -eq 2 ] && [ "$after" -gt "$before" ] || return 1
    before=$(fixtures notified "$vars" dev builds)
    set +e
    (cd "$run" && bash "$base.sh")
    status=$?
    set -e
    after=$(fixtures notified "$vars" dev builds)
    echo "shell example: exit status $status, callback posts in dev/builds (the webhook's channel): $before -> $after"
    [ "$status" -eq 2 ] && [ "$after" -gt "$before" ]
}

passed=()
failed=()
start=$SECONDS
for label_file in "$work"/examples/*.label; do
    base=${label_file%.label}
    label=$(cat "$label_file")
    run="$work/run-$(basename "$base")"
    # Each example is a playbook in a folder of its own: access_token's writes to the playbook's
    # group_vars/all/, which would otherwise be read by the next ones.
    mkdir -p "$run/group_vars/all"
    ln -s "$files" "$run/files"
    echo "=== $label"
    began=$SECONDS
    fixtures reset "$vars" "$label"
    webhook_url=$(python -c 'import json, sys; print(json.load(open(sys.argv[1]))["mattermost_webhook_url"])' "$vars")
    sed -i "s|$webhook_placeholder|$webhook_url|g" "$base".*
    # Not through the function: $! must be python itself, to kill it.
    fixtures save "$state"
    python "$here/fixtures.py" "$config" answer "$vars" > "$run/answer.log" 2>&1 &
    answerer=$!
    set +e
    if [ -e "$base.yml" ]; then
        # An example that waits (mattermost_wait_for_event's, 3600 s) must not hang the run.
        cp "$base.yml" "$run/playbook.yml"
        (cd "$run" && timeout 300 ansible-playbook playbook.yml -e "@$vars")
    else
        run_callback_example "$base" "$run"
    fi
    status=$?
    set -e
    kill "$answerer" 2>/dev/null || true
    wait "$answerer" 2>/dev/null || true
    answerer=
    fixtures restore "$state"
    if [ "$status" -eq 0 ]; then passed+=("$label"); else failed+=("$label"); fi
    echo "=== $label: $([ "$status" -eq 0 ] && echo passed || echo FAILED) in $((SECONDS - began)) s"
done

echo
echo "docs examples: ${#passed[@]} passed, ${#failed[@]} failed, in $((SECONDS - start)) s"
for label in "${failed[@]}"; do echo "FAILED: $label"; done
[ "${#failed[@]}" -eq 0 ]
