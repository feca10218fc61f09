#!/usr/bin/env bash
# The execution environment (ee/execution-environment.yml) and decision environment
# (ee/decision-environment.yml) built with ansible-builder 3.2 and podman, and checked against the local
# server (make server):
#
#   scripts/images.sh build    build both images (layers cached: only what changed is rebuilt)
#   scripts/images.sh check    build, then in the EE: examples/demo.yml twice with ansible-navigator (the second
#                              run changes nothing), given only the environment that the credential type of
#                              ee/credential-type.yml injects (rendered as AWX does); in the DE, given the
#                              environment a credential of that type with the bot's token injects: the ChatOps
#                              rulebook of examples/chatops answers a mention in its thread
#   scripts/images.sh check-de build, then the DE's check alone
#
# The server is that of MATTERMOST_INTEGRATION_CONFIG (default tests/integration/integration_config.yml); the
# checks delete for good what they make there.
#
# Everything specific to this machine is here, not in the definitions: no image registry (the base image is
# the Debian 13 root of scripts/chroot.sh, imported, with the host's certificate authorities for the package
# index), and podman's runtime flags (runc and cgroupfs, host network, lowered ulimits). On a normal host,
# build the definitions as docs/awx.md says, FROM a registry image.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cache=${MATTERMOST_CACHE:-$HOME/.cache/chatops-mattermost}
tools="$cache/images-venv"
config=${MATTERMOST_INTEGRATION_CONFIG:-$repo/tests/integration/integration_config.yml}
tools_requirements="ansible-builder>=3.2,<3.3 ansible-navigator>=25,<26"
base=localhost/chatops-mattermost/base:trixie
ee=localhost/chatops-mattermost/ee:latest
de=localhost/chatops-mattermost/de:latest
flags=(--runtime runc --cgroup-manager cgroupfs)
run_flags=(--network host --ulimit nofile=1024:1024 --ulimit nproc=4096:4096)
podman() { command podman "${flags[@]}" "$@"; }

say() { printf 'images: %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }
seconds() { date +%s; }

ensure_tools() {
    if ! command -v podman >/dev/null || ! command -v runc >/dev/null; then
        say "installing podman and runc"
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq podman runc >/dev/null
    fi
    # ansible-navigator's runner needs POSIX message queues.
    if ! mountpoint -q /dev/mqueue 2>/dev/null; then
        mkdir -p /dev/mqueue && mount -t mqueue none /dev/mqueue
    fi
    if [ "$(cat "$tools/.requirements" 2>/dev/null)" != "$tools_requirements" ]; then
        say "making $tools"
        rm -rf "$tools" && python3 -m venv "$tools"
        # shellcheck disable=SC2086
        "$tools/bin/pip" install -q $tools_requirements
        echo "$tools_requirements" > "$tools/.requirements"
    fi
}

# The base image: the Debian 13 root imported once, plus the host's certificate authorities and pip settings
# for the package index. Stands in for the registry image of the definitions.
ensure_base() {
    podman image exists "$base" && return 0
    local root="$cache/debian-trixie-root" work
    [ -d "$root" ] || bash "$repo/scripts/chroot.sh" ensure
    say "importing the Debian 13 root as the base image (once)"
    # Without what the root's own uses left in it (the 2.21 lane's virtualenv, ansible-test's and pip's caches, apt's
    # downloads and indexes, each definition runs apt-get update): about 400 MB that would be in both images.
    tar -C "$root" --one-file-system --exclude=./proc --exclude=./sys --exclude=./dev \
        --exclude='./.chatops-mattermost-root-*' --exclude=./opt/chatops-mattermost-venv --exclude=./root/.ansible \
        --exclude='./root/.cache/*' --exclude='./tmp/*' --exclude='./var/cache/apt/*.bin' \
        --exclude='./var/cache/apt/archives/*.deb' --exclude='./var/lib/apt/lists/*_*' -c . |
        podman import -q - localhost/chatops-mattermost/debian-root:trixie >/dev/null
    work=$(mktemp -d)
    cp /etc/ssl/certs/ca-certificates.crt "$work/index-ca.crt"
    cat > "$work/Containerfile" <<'EOF'
FROM localhost/chatops-mattermost/debian-root:trixie
COPY index-ca.crt /etc/ssl/certs/package-index-ca.crt
ENV PIP_CERT=/etc/ssl/certs/package-index-ca.crt PIP_DEFAULT_TIMEOUT=180 PIP_DISABLE_PIP_VERSION_CHECK=1
CMD ["bash"]
EOF
    podman build -q "${run_flags[@]}" -t "$base" "$work" >/dev/null
    rm -rf "$work"
}

# The collection as ansible-galaxy builds it, in ee/build; made again only when a file of the checkout changed,
# so that the image layers after it stay cached.
collection_tarball() {
    local stamp="$repo/ee/build/.sources" sources
    # (A path that is no file, such as a .venv symlinked to another checkout's or a file deleted but not yet
    # committed, is left out rather than failing the script.)
    sources=$(cd "$repo" && git ls-files -co --exclude-standard -z -- . ':!ee/build' ':!tests' ':!bench' ':!scripts' ':!.venv' |
              sort -z | { xargs -0 sha256sum 2>/dev/null || true; } | sha256sum | cut -c1-16)
    if [ -f "$repo/ee/build/chatops-mattermost.tar.gz" ] && [ "$(cat "$stamp" 2>/dev/null)" = "$sources" ]; then
        return 0
    fi
    mkdir -p "$repo/ee/build"
    "$tools/bin/ansible-galaxy" collection build --force --output-path "$repo/ee/build" "$repo" >/dev/null
    mv "$repo"/ee/build/chatops-mattermost-*.tar.gz "$repo/ee/build/chatops-mattermost.tar.gz"
    echo "$sources" > "$stamp"
}

build_image() {
    local definition=$1 tag=$2 context started
    context="$repo/ee/build/context-$(basename "$definition" .yml)"
    started=$(seconds)
    "$tools/bin/ansible-builder" create -f "$definition" -c "$context" --output-filename Containerfile >/dev/null
    podman build "${run_flags[@]}" --layers --build-arg "EE_BASE_IMAGE=$base" -t "$tag" -f "$context/Containerfile" \
        "$context" > "$context.log" 2>&1 || { tail -40 "$context.log" >&2; die "building $tag failed"; }
    say "$tag built in $(( $(seconds) - started ))s, $(podman image inspect "$tag" --format '{{.Size}}' |
        awk '{ printf "%.0f MB", $1 / 1e6 }')"
}

build() {
    ensure_tools
    ensure_base
    collection_tarball
    build_image "$repo/ee/execution-environment.yml" "$ee"
    build_image "$repo/ee/decision-environment.yml" "$de"
}

config_value() {
    python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))[sys.argv[2]])' \
        "$config" "$1"
}

# The demo's team, people and bot, deleted for good (before: the first run must make them; after: the server is
# left as it was found).
delete_demo_objects() {
    "$tools/bin/python" "$repo/tests/utils/demo_objects.py" "$repo/examples/demo.yml" "$config" |
        sed 's/^/images: EE: /' >&2
}

# credential_environment VALUES FILES INPUT=KEY...: exports the environment that a credential of ee/credential-type.yml
# with these inputs (VALUES' values of the keys, JSON) injects, as AWX renders it: every variable its injectors
# name, the blank inputs' empty; the files of its file injectors go into the directory FILES. Their names go to the
# global array `injected`.
credential_environment() {
    local pair values=$1 files=$2
    shift 2
    injected=()
    while IFS= read -r -d '' pair; do
        export "${pair?}"
        injected+=("${pair%%=*}")
    done < <("$tools/bin/python" "$repo/tests/utils/credential_env.py" "$repo/ee/credential-type.yml" "$values" \
        --files "$files" "$@")
    [ "${#injected[@]}" -gt 0 ] || die "the credential type injects nothing"
}

check_ee() {
    local work="$repo/ee/build/check-ee" started name penv=()
    rm -rf "$work" && mkdir -p "$work"
    # The server's URL and the admin's token.
    credential_environment "$config" "$work" url=mattermost_url token=mattermost_token
    for name in "${injected[@]}"; do penv+=(--penv "$name"); done
    say "EE: the credential type injects ${injected[*]}"
    delete_demo_objects
    trap delete_demo_objects EXIT
    # The first run makes everything (something changed), the second finds it all in place (nothing changed).
    local -A expected=([first]="changed=[1-9]" [second]="changed=0 ")
    for run in first second; do
        started=$(seconds)
        # Only those variables reach the container (--penv), and the playbook gives no connection option.
        (cd "$repo/examples" && "$tools/bin/ansible-navigator" run demo.yml --mode stdout --pull-policy never \
            --execution-environment-image "$ee" --container-engine podman \
            --container-options=--runtime=runc --container-options=--cgroup-manager=cgroupfs \
            --container-options=--network=host --container-options=--ulimit=nofile=1024:1024 \
            --container-options=--ulimit=nproc=4096:4096 \
            "${penv[@]}" --playbook-artifact-enable false \
            --log-file "$work/navigator.log") > "$work/$run.log" 2>&1 ||
            { tail -40 "$work/$run.log" >&2; die "examples/demo.yml failed in the EE ($run run)"; }
        grep -Eq "localhost +: ok=[0-9]+ +${expected[$run]}" "$work/$run.log" ||
            { tail -40 "$work/$run.log" >&2; die "EE: the $run run of demo.yml is not ${expected[$run]}"; }
        say "EE: demo.yml $run run passed in $(( $(seconds) - started ))s: $(grep -E 'localhost +:' "$work/$run.log")"
    done
    delete_demo_objects
    trap - EXIT
    unset "${injected[@]}"
}

# The ChatOps rulebook of examples/chatops, as installed in the DE, listening as a bot: check_rulebook.py of the
# eda_events target says a mention, an approval in its thread, a question, the slash command (run by the server,
# which reaches the container's listener on the host network) and a wrong token, and reads the answers back.
check_de() {
    # Globals: the cleanup runs on exit, after this function.
    work="$repo/ee/build/check-de" target="$repo/tests/integration/targets/eda_events" name=chatops-de-check
    venv="$repo/.venv/bin"
    local slash_port started
    rm -rf "$work" && mkdir -p "$work"
    export ANSIBLE_COLLECTIONS_PATH="$work/collections" ANSIBLE_ROLES_PATH="$repo/tests/integration/targets"
    "$tools/bin/ansible-galaxy" collection install -p "$work/collections" "$repo/ee/build/chatops-mattermost.tar.gz" \
        >/dev/null
    slash_port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    "$venv/ansible-playbook" "$target/setup.yml" -e "@$config" -e "output_dir=$work" -e "vars_path=$work/vars.json" \
        -e "slash_port=$slash_port" > "$work/setup.log" 2>&1 || { tail -20 "$work/setup.log" >&2; die "DE: setup failed"; }
    cleanup_de() {
        command podman "${flags[@]}" rm -f "$name" >/dev/null 2>&1 || true
        "$venv/ansible-playbook" "$target/cleanup.yml" -e "@$config" -e "@$work/vars.json" > "$work/cleanup.log" 2>&1 ||
            say "DE: cleanup failed, see $work/cleanup.log"
    }
    trap cleanup_de EXIT
    value() { python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))[sys.argv[2]])' "$work/vars.json" "$1"; }
    # Readable by the container's user (1000); the directory keeps it from the host's other users.
    chmod 700 "$work"
    (umask 022 && cat > "$work/rulebook-vars.yml" <<VARS
chatops_team: $(value team)
chatops_channels: $(value channel)
chatops_requesters: $(value requester)
chatops_approvers: $(value requester)
chatops_slash_port: $slash_port
chatops_slash_token: $(value command_token)
VARS
    )
    started=$(seconds)
    podman rm -f "$name" >/dev/null 2>&1 || true
    # The bot's credential, as a rulebook activation gets it: the rulebook's source and the playbooks it runs read it.
    credential_environment "$work/vars.json" "$work" url=url token=bot_token
    local env_args=() variable
    for variable in "${injected[@]}"; do env_args+=(-e "$variable"); done
    podman run -d --name "$name" "${run_flags[@]}" \
        "${env_args[@]}" -v "$work/rulebook-vars.yml:/runner/rulebook-vars.yml:ro,Z" \
        -w /usr/share/ansible/collections/ansible_collections/chatops/mattermost/examples/chatops "$de" \
        ansible-rulebook -v -r rulebook.yml -i inventory.yml --env-vars MATTERMOST_URL,MATTERMOST_TOKEN \
        --vars /runner/rulebook-vars.yml >/dev/null
    # (The setup's and the cleanup's playbooks connect as the admin of the config, not as this bot.)
    unset "${injected[@]}"
    podman logs -f "$name" > "$work/rulebook.log" 2>&1 &
    if ! "$venv/python" "$target/check_rulebook.py" "$work/vars.json" "$work/collections" "$work/rulebook.log" \
            > "$work/check.log" 2>&1; then
        cat "$work/check.log" >&2; tail -c 4000 "$work/rulebook.log" >&2
        die "DE: the rulebook did not answer as expected"
    fi
    sed 's/^/images: DE: /' "$work/check.log" >&2
    say "DE: rulebook checked in $(( $(seconds) - started ))s"
}

case "${1:-check}" in
    build) build ;;
    check) build; check_ee; check_de ;;
    check-de) build; check_de ;;
    *) die "usage: $0 build|check|check-de" ;;
esac
