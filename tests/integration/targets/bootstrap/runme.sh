#!/usr/bin/env bash
# The bootstrap play's examples (README, docs/) as a user pastes them, on a server just installed:
# fresh_server.py starts the tested server's build with a new database, runs each example twice
# (changed, then not), reads the admin, its token and the team back over HTTP, then stops the
# server and drops its database.
# No -x: the trace would print the admin's password.
set -eu

# ansible-test runs this from a copy of tests/integration; the collection is on the collections path.
root="${ANSIBLE_COLLECTIONS_PATH%%:*}/ansible_collections/chatops/mattermost"
config=$(cd ../.. && pwd)/integration_config.yml
work="${OUTPUT_DIR}/bootstrap"
rm -rf "$work" && mkdir -p "$work"
python "$(pwd)/fresh_server.py" "$config" "$root" "$work"
