#!/usr/bin/env bash
# Docs that run: every example of README.md, docs/*.md, the modules' EXAMPLES and the notify
# callback's EXAMPLES, found by tests/utils/examples.py, runs here against the test server, each
# as its own playbook, from the same fixtures (fixtures.py: the users, teams, channels, bots and
# webhook the examples name). The target fails when any example fails, naming it. Everything is
# deleted for good at the end, also when an example failed.
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
answerer=
cleanup() {
    [ -z "$answerer" ] || kill "$answerer" 2>/dev/null || true
    if $made_report; then rm -f "$report"; fi
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
    echo "=== $label"
    began=$SECONDS
    fixtures reset "$vars" "$label"
    webhook_url=$(python -c 'import json, sys; print(json.load(open(sys.argv[1]))["mattermost_webhook_url"])' "$vars")
    sed -i "s|$webhook_placeholder|$webhook_url|g" "$base".*
    # Not through the function: $! must be python itself, to kill it.
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
    if [ "$status" -eq 0 ]; then passed+=("$label"); else failed+=("$label"); fi
    echo "=== $label: $([ "$status" -eq 0 ] && echo passed || echo FAILED) in $((SECONDS - began)) s"
done

echo
echo "docs examples: ${#passed[@]} passed, ${#failed[@]} failed, in $((SECONDS - start)) s"
for label in "${failed[@]}"; do echo "FAILED: $label"; done
[ "${#failed[@]}" -eq 0 ]
