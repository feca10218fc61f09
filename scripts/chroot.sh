#!/usr/bin/env bash
# A Debian 13 "trixie" root with Python 3.13, where tests/utils/runner.py runs the newest ansible-core
# the collection claims (the host's Python is too old for it).
#
#   scripts/chroot.sh ensure         make the root once (debootstrap from Debian's packages, about
#                                    a minute), cached in $MATTERMOST_CACHE outside the checkout
#   scripts/chroot.sh run CMD [ARG]  run CMD as root inside it, in the checkout's directory
#
# The root shares the host's network (so 127.0.0.1:8065 is the local server), sees the checkout,
# the cached test plugin bundles, the local server's instance (its local-mode socket), the servers'
# builds (read-only) and the test CA at the same paths and trusts the host's certificate authorities. Each `run` mounts /proc, /dev and these
# in a mount namespace of its own: the mounts vanish when CMD ends, however it ends, and runs can
# go on side by side.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cache=${MATTERMOST_CACHE:-$HOME/.cache/chatops-mattermost}
suite=trixie
# What the tests need in the root: Python with venv (ansible-test --venv), certificates for the
# package index, git (ansible-test lists the collection's files with it), shellcheck (sanity) and
# ssh-keygen (ansible-test integration makes a key even for --local), make (tests/unit/test_makefile.py).
packages=python3,python3-venv,ca-certificates,git,shellcheck,openssh-client,make
root="$cache/debian-$suite-root"
# The marker names the package list: a root made with another list gets the missing packages.
marker="$root/.chatops-mattermost-root-$(printf '%s' "$packages" | md5sum | cut -c1-12)"

say() { printf 'chroot: %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }

# The Debian mirror this machine uses (its apt sources), else Debian's own.
mirror() {
    local uri
    uri=$(cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources \
            2>/dev/null |
          awk '/^deb / && $2 ~ /\/debian\/?$/ { print $2; exit }
               /^URIs:/ && $2 ~ /\/debian\/?$/ { print $2; exit }' || true)
    echo "${uri:-http://deb.debian.org/debian}"
}

ensure() {
    [ -e "$marker" ] && return 0
    if compgen -G "$root/.chatops-mattermost-root-*" >/dev/null; then
        say "adding packages to the Debian $suite root: $packages"
        rm -f "$root"/.chatops-mattermost-root-*
        touch "$marker"  # run needs it; removed again when apt-get fails
        if run env DEBIAN_FRONTEND=noninteractive bash -c 'apt-get update -q && apt-get install -y -q "$@"' apt \
                ${packages//,/ } >"$cache/debootstrap.log" 2>&1; then
            return 0
        fi
        rm -f "$marker"; tail -20 "$cache/debootstrap.log" >&2; die "apt-get in the root failed"
    fi
    command -v debootstrap >/dev/null 2>&1 || {
        say "installing debootstrap"
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q debootstrap >&2 ||
            { apt-get update -q >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q debootstrap >&2; }
    }
    local new="$root.new" started
    started=$(date +%s)
    say "making the Debian $suite root in $root (once)"
    rm -rf "$new" && mkdir -p "$cache"
    debootstrap --variant=minbase --include="$packages" "$suite" "$new" "$(mirror)" >"$cache/debootstrap.log" 2>&1 ||
        { tail -20 "$cache/debootstrap.log" >&2; die "debootstrap failed (log: $cache/debootstrap.log)"; }
    touch "$new/${marker##*/}"
    rm -rf "$root" && mv "$new" "$root"
    say "root ready in $(( $(date +%s) - started ))s"
}

run() {
    [ -e "$marker" ] || die "no root yet: run scripts/chroot.sh ensure"
    cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
    # The environment inside is the root's own, plus the settings that reach the package index.
    local -a environment=(HOME=/root LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=dumb
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin)
    local name
    # Parts of the cache the root sees at the same paths: the test plugin's bundles
    # (tests/integration/targets/mattermost_plugin) are built with Go, which the root does not have
    # (tests/utils/runner.py builds them on the host before its lanes start); the local server's instance holds its
    # local-mode socket (integration_config.yml's mattermost_local_socket, which docs_examples uses).
    # The servers' builds, read-only, and the test CA they trust: the bootstrap target starts the
    # tested server's build again, as a server just installed (scripts/server.sh build-dir and env).
    environment+=("MATTERMOST_CACHE=$cache")
    mkdir -p "$cache/test-plugins" "$cache/instance" "$cache/test-ca"
    for name in CI PIP_CERT PIP_INDEX_URL PIP_EXTRA_INDEX_URL PIP_DEFAULT_TIMEOUT \
                PIP_DISABLE_PIP_VERSION_CHECK http_proxy https_proxy no_proxy HTTP_PROXY HTTPS_PROXY NO_PROXY; do
        [ -n "${!name:-}" ] && environment+=("$name=${!name}")
    done
    # shellcheck disable=SC2016 # expanded by the inner shell
    unshare --mount --propagation private -- env -i "${environment[@]}" bash -c '
        set -e
        root=$1 repo=$2 cache=$3; shift 3
        mount -t proc proc "$root/proc"
        mount --rbind /dev "$root/dev"
        mkdir -p "$root$repo"
        mount --bind "$repo" "$root$repo"
        for shared in "$cache/test-plugins" "$cache/instance" "$cache/test-ca"; do
            mkdir -p "$root$shared"
            mount --bind "$shared" "$root$shared"
        done
        for build in "$cache"/server-*/; do
            [ -d "$build" ] || continue
            mkdir -p "$root$build"
            mount --bind -o ro "$build" "$root$build"
        done
        # The host'"'"'s certificate authorities: the package index may be reached through a proxy
        # that only the host'"'"'s trust store knows.
        bundle=/etc/ssl/certs/ca-certificates.crt
        [ ! -f "$bundle" ] || mount --bind -o ro "$bundle" "$root$bundle"
        cd / && exec chroot "$root" bash -c "cd \"\$0\" && exec \"\$@\"" "$repo" "$@"
    ' chroot-run "$root" "$repo" "$cache" "$@"
}

case "${1:-}" in
    ensure) ensure ;;
    run) shift; [ $# -gt 0 ] || die "usage: scripts/chroot.sh run CMD [ARG...]"; run "$@" ;;
    *) die "usage: scripts/chroot.sh ensure | run CMD [ARG...]" ;;
esac
