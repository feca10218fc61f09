#!/usr/bin/env bash
# chatops.mattermost.notify: run playbooks with the callback enabled, then read what it posted
# back from the server and check it.
#   1. through the API, configured by environment variables, with a start message: a playbook with
#      a failing task and a failing no_log task holding a secret (the secret must appear nowhere);
#   2. through an incoming webhook, configured in ansible.cfg: a playbook that succeeds.
# No -x: the trace would print the token and the webhook URL this script reads.
set -eu

export ANSIBLE_ROLES_PATH=..
config=../../integration_config.yml
work="${OUTPUT_DIR}/callback_notify"
mkdir -p "$work"
vars="$work/vars.json"

cleanup() {
    ansible-playbook cleanup.yml -e "@$config" -e "@$vars" -e "output_dir=$work" || true
}

ansible-playbook setup.yml -e "@$config" -e "output_dir=$work" -e "vars_path=$vars"
trap cleanup EXIT

# The values the plays below need, out of the file setup.yml wrote.
value() { python -c 'import json, sys; print(json.load(open(sys.argv[1]))[sys.argv[2]])' "$vars" "$1"; }
secret="$(value secret)"

# 1. Through the API, from the environment; the play fails (exit status 2).
set +e
ANSIBLE_CALLBACKS_ENABLED=chatops.mattermost.notify \
MATTERMOST_NOTIFY_URL="$(value url)" \
MATTERMOST_NOTIFY_TOKEN="$(value token)" \
MATTERMOST_NOTIFY_TEAM="$(value team)" \
MATTERMOST_NOTIFY_CHANNEL="$(value channel)" \
MATTERMOST_NOTIFY_START_MESSAGE=true \
MATTERMOST_NOTIFY_TITLE="Integration $(value suffix)" \
ansible-playbook failing_play.yml -i hosts.ini -e "notify_secret=$secret" > "$work/failing.out" 2>&1
status=$?
set -e
cat "$work/failing.out"
[ "$status" -eq 2 ]
grep -q "Mattermost: $(value url)/$(value team)/pl/" "$work/failing.out"

# 2. Through an incoming webhook, from an ansible.cfg section (added to ansible-test's own).
cat "${ANSIBLE_CONFIG:-/dev/null}" > "$work/ansible.cfg"
cat >> "$work/ansible.cfg" <<CFG

[callback_mattermost_notify]
webhook_url = $(value webhook_url)
username = notify-$(value suffix)
title = Webhook $(value suffix)
CFG
ANSIBLE_CONFIG="$work/ansible.cfg" ANSIBLE_CALLBACKS_ENABLED=chatops.mattermost.notify \
    ansible-playbook passing_play.yml -i hosts.ini > "$work/passing.out" 2>&1 || { cat "$work/passing.out"; exit 1; }
cat "$work/passing.out"

# 3. Read the posts back and check them.
ansible-playbook check.yml -e "@$config" -e "@$vars" -e "output_dir=$work"
