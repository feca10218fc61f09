#!/usr/bin/env bash
# A local Mattermost server for development, the demo and the tests.
#
#   scripts/server.sh start [NAME]    build the pinned server once (cached), start PostgreSQL and
#                                     the server on 127.0.0.1, create the admin user and token, and
#                                     write tests/integration/integration_config.NAME.yml (and, for
#                                     newest, integration_config.yml); harmless when running
#   scripts/server.sh stop [NAME]     stop the server (PostgreSQL keeps running: it is cheap)
#   scripts/server.sh restart [NAME]
#   scripts/server.sh status [NAME]   say whether it answers
#
# Two servers, each named: `newest` (port 8065, pinned in server/newest/go.mod) and `oldest`, the
# oldest version the collection supports (port 8066, server/oldest/go.mod). Each has its own
# database in one PostgreSQL cluster and its own instance directory. Without NAME, start, stop,
# restart and status act on both; version, build-dir and env on newest.
# Everything built or stored lives in $MATTERMOST_CACHE (default ~/.cache/chatops-mattermost),
# outside the checkout, so a fresh clone reuses the build and the data of an earlier one.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cache=${MATTERMOST_CACHE:-$HOME/.cache/chatops-mattermost}
pg_port=${MATTERMOST_PG_PORT:-55432}
pg_cluster=chatops-mattermost
all_servers=(newest oldest)

# use_server NAME: point the functions below at one server.
use_server() {
    name=$1
    case "$name" in
        newest) port=8065 database=mattermost run_dir="$cache/instance" ;;
        oldest) port=8066 database=mattermost_oldest run_dir="$cache/instance-oldest" ;;
        *) die "no server named '$name' (newest, oldest)" ;;
    esac
    go_mod_dir="$repo/server/$name"
    site_url="http://127.0.0.1:${port}"
    log_file="$run_dir/logs/mattermost.log"
    pid_file="$run_dir/mattermost.pid"
}

say() { printf 'server: %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }

server_version() {
    # The pseudo-version of github.com/mattermost/mattermost/server/v8 that server/NAME/go.mod requires.
    awk '$1 == "github.com/mattermost/mattermost/server/v8" { print $2 }' "$go_mod_dir/go.mod"
}

build_dir() { echo "$cache/server-$(server_version)"; }

build_server() {
    local dir version gomodcache
    dir=$(build_dir)
    version=$(server_version)
    [ -n "$version" ] || die "no server version in $go_mod_dir/go.mod"
    if [ -x "$dir/bin/mattermost" ] && [ -d "$dir/i18n" ] && [ -d "$dir/templates" ]; then
        return 0
    fi
    command -v go >/dev/null || die "Go is needed to build the server (https://go.dev/doc/install)"
    say "building Mattermost server $name ($version; first time only, a few minutes)"
    mkdir -p "$dir/bin"
    # The module proxy serves these versions but the checksum database does not know them;
    # server/NAME/go.sum pins their hashes instead, and -mod=readonly refuses anything not in it.
    (cd "$go_mod_dir" && GOFLAGS=-mod=readonly GONOSUMDB=github.com/mattermost/mattermost \
        go build -trimpath -o "$dir/bin/mattermost.tmp" github.com/mattermost/mattermost/server/v8/cmd/mattermost)
    gomodcache=$(go env GOMODCACHE)
    # The server refuses to start without its translations and e-mail templates, which are part of
    # the module source rather than the binary.
    local src="$gomodcache/github.com/mattermost/mattermost/server/v8@$version"
    for folder in i18n templates fonts; do
        rm -rf "${dir:?}/$folder"
        cp -r "$src/$folder" "$dir/$folder"
        chmod -R u+w "$dir/$folder"
    done
    mv "$dir/bin/mattermost.tmp" "$dir/bin/mattermost"
    say "built $dir/bin/mattermost"
}

pg_bin() {
    local version
    version=$(find /usr/lib/postgresql -mindepth 1 -maxdepth 1 -printf '%f\n' 2>/dev/null | sort -n | tail -n 1)
    [ -n "$version" ] && echo "$version"
}

ensure_postgres() {
    if [ -z "$(pg_bin)" ] || ! command -v pg_createcluster >/dev/null; then
        say "installing PostgreSQL from Debian"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq >/dev/null
        apt-get install -y -qq postgresql >/dev/null
    fi
    local version
    version=$(pg_bin)
    [ -n "$version" ] || die "PostgreSQL did not install"
    if ! pg_lsclusters -h | awk '{print $2}' | grep -qx "$pg_cluster"; then
        say "creating PostgreSQL $version cluster $pg_cluster on localhost:$pg_port"
        pg_createcluster "$version" "$pg_cluster" --port "$pg_port" >/dev/null
    fi
    version=$(pg_lsclusters -h | awk -v c="$pg_cluster" '$2 == c {print $1}')
    if ! pg_lsclusters -h | awk -v c="$pg_cluster" '$2 == c {print $4}' | grep -qx online; then
        pg_ctlcluster "$version" "$pg_cluster" start
    fi
    local psql=(runuser -u postgres -- psql -p "$pg_port" -v ON_ERROR_STOP=1 -qtA)
    if [ "$("${psql[@]}" -c "SELECT 1 FROM pg_roles WHERE rolname = 'mmuser'")" != 1 ]; then
        "${psql[@]}" -c "CREATE ROLE mmuser LOGIN PASSWORD 'mmuser-local-only'"
    fi
    # The bootstrap target makes a database for a server just installed and drops it after
    # (tests/integration/targets/bootstrap): the servers' role may create databases.
    if [ "$("${psql[@]}" -c "SELECT rolcreatedb FROM pg_roles WHERE rolname = 'mmuser'")" != t ]; then
        "${psql[@]}" -c "ALTER ROLE mmuser CREATEDB"
    fi
    if [ "$("${psql[@]}" -c "SELECT 1 FROM pg_database WHERE datname = '$database'")" != 1 ]; then
        "${psql[@]}" -c "CREATE DATABASE $database OWNER mmuser"
    fi
}

server_env() {
    # Settings given by environment are fixed for the server's lifetime: tests cannot turn off
    # what they depend on by accident through the config API. Plugins: uploads on for the
    # mattermost_plugin tests, installed plugins kept in the instance (not the build), and no
    # marketplace requests over the network.
    cat <<EOF
MM_CONFIG=$run_dir/config.json
MM_SQLSETTINGS_DRIVERNAME=postgres
MM_SQLSETTINGS_DATASOURCE=postgres://mmuser:mmuser-local-only@127.0.0.1:$pg_port/$database?sslmode=disable&connect_timeout=10
MM_SERVICESETTINGS_SITEURL=$site_url
MM_SERVICESETTINGS_LISTENADDRESS=127.0.0.1:$port
MM_SERVICESETTINGS_ENABLELOCALMODE=true
MM_SERVICESETTINGS_LOCALMODESOCKETLOCATION=$run_dir/mattermost_local.socket
MM_SERVICESETTINGS_ENABLEUSERACCESSTOKENS=true
MM_SERVICESETTINGS_ENABLEBOTACCOUNTCREATION=true
MM_SERVICESETTINGS_ENABLEINCOMINGWEBHOOKS=true
MM_SERVICESETTINGS_ENABLEOUTGOINGWEBHOOKS=true
MM_SERVICESETTINGS_ENABLECOMMANDS=true
MM_SERVICESETTINGS_ENABLEPOSTUSERNAMEOVERRIDE=true
MM_SERVICESETTINGS_ENABLEPOSTICONOVERRIDE=true
MM_SERVICESETTINGS_ENABLEAPITEAMDELETION=true
MM_SERVICESETTINGS_ENABLEAPICHANNELDELETION=true
MM_SERVICESETTINGS_ENABLEAPIUSERDELETION=true
MM_SERVICESETTINGS_ALLOWEDUNTRUSTEDINTERNALCONNECTIONS=127.0.0.1 localhost
MM_SERVICESETTINGS_ENABLESECURITYFIXALERT=false
MM_SERVICESETTINGS_ENABLEDEVELOPER=false
MM_TEAMSETTINGS_ENABLEOPENSERVER=true
MM_TEAMSETTINGS_MAXUSERSPERTEAM=10000
MM_EMAILSETTINGS_SENDEMAILNOTIFICATIONS=false
MM_EMAILSETTINGS_REQUIREEMAILVERIFICATION=false
MM_FILESETTINGS_DIRECTORY=$run_dir/data/
MM_LOGSETTINGS_ENABLECONSOLE=false
MM_LOGSETTINGS_ENABLEFILE=true
MM_LOGSETTINGS_FILELOCATION=$run_dir/logs/
MM_LOGSETTINGS_ENABLEDIAGNOSTICS=false
MM_PLUGINSETTINGS_ENABLE=true
MM_PLUGINSETTINGS_ENABLEUPLOADS=true
MM_PLUGINSETTINGS_ENABLEREMOTEMARKETPLACE=false
MM_PLUGINSETTINGS_DIRECTORY=$run_dir/plugins
MM_PLUGINSETTINGS_CLIENTDIRECTORY=$run_dir/client-plugins
MM_PLUGINSETTINGS_AUTOMATICPREPACKAGEDPLUGINS=false
MM_RATELIMITSETTINGS_ENABLE=${MATTERMOST_RATE_LIMIT:-false}
MM_RATELIMITSETTINGS_PERSEC=${MATTERMOST_RATE_LIMIT_PER_SEC:-10}
MM_RATELIMITSETTINGS_MAXBURST=${MATTERMOST_RATE_LIMIT_BURST:-20}
SSL_CERT_FILE=$(test_ca)
EOF
}

# A certificate authority for the tests only ($cache/test-ca/ca.crt and ca.key, made once): the server
# trusts it besides the system's (Go reads SSL_CERT_FILE), so that it calls the event source's slash
# command listener over HTTPS with a certificate the tests issue. Prints the bundle the server reads.
test_ca() {
    local dir="$cache/test-ca" system=/etc/ssl/certs/ca-certificates.crt
    if [ ! -s "$dir/ca.crt" ] || [ ! -s "$dir/ca.key" ]; then
        mkdir -p "$dir" && chmod 700 "$dir"
        openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 3650 -subj \
            "/CN=chatops.mattermost test CA" -addext "basicConstraints=critical,CA:TRUE,pathlen:0" \
            -addext "keyUsage=critical,keyCertSign,cRLSign" -keyout "$dir/ca.key" -out "$dir/ca.crt" 2>/dev/null
    fi
    { [ ! -f "$system" ] || cat "$system"; cat "$dir/ca.crt"; } > "$dir/trusted.pem"
    echo "$dir/trusted.pem"
}

answers() { curl -fsS -m 2 "$site_url/api/v4/system/ping" >/dev/null 2>&1; }

running_pid() {
    local pid
    [ -f "$pid_file" ] && pid=$(cat "$pid_file") && kill -0 "$pid" 2>/dev/null && echo "$pid"
}

# A server process that is alive but slow to answer (a loaded machine, several test runs at once) is
# given a minute before it is taken for hung: restarting it would cut every run that is using it.
busy_but_running() {
    local waited=0
    while [ -n "$(running_pid || true)" ] && [ "$waited" -lt 60 ]; do
        answers && return 0
        sleep 2
        waited=$((waited + 2))
    done
    return 1
}

fail_with_log() {
    say "$1"
    say "server log: $log_file"
    [ -f "$log_file" ] && tail -n 30 "$log_file" >&2
    exit 1
}

restart() { stop; start; }

start() {
    build_server
    ensure_postgres
    mkdir -p "$run_dir/logs" "$run_dir/data"
    if answers || busy_but_running; then
        say "$name already running at $site_url"
    else
        [ -n "$(running_pid || true)" ] && stop
        local dir
        dir=$(build_dir)
        say "starting $name ($(server_version)) at $site_url"
        (
            cd "$dir"
            while IFS= read -r setting; do export "${setting?}"; done < <(server_env)
            exec setsid "$dir/bin/mattermost" server >>"$run_dir/logs/stdout.log" 2>&1 </dev/null
        ) &
        echo $! >"$pid_file"
        local waited=0
        until answers; do
            [ -n "$(running_pid || true)" ] || fail_with_log "the server exited while starting"
            [ "$waited" -lt 180 ] || fail_with_log "the server did not answer within 180 s"
            sleep 1
            waited=$((waited + 1))
        done
        say "$name up after ${waited}s"
    fi
    local config="$repo/tests/integration/integration_config.$name.yml"
    # The collection's bootstrap play, over the local-mode socket (playbooks/bootstrap.yml), with the
    # collection itself from this checkout; a warm start changes nothing.
    [ -x "$repo/.venv/bin/ansible-playbook" ] || die "bootstrap needs the virtualenv: run make venv"
    mkdir -p "$repo/.cache/collections/ansible_collections/chatops"
    ln -sfn "$repo" "$repo/.cache/collections/ansible_collections/chatops/mattermost"
    ANSIBLE_COLLECTIONS_PATH="$repo/.cache/collections" ANSIBLE_LOCALHOST_WARNING=false ANSIBLE_INVENTORY_UNPARSED_WARNING=false \
        "$repo/.venv/bin/ansible-playbook" "$repo/scripts/bootstrap_server.yml" \
        -e ansible_python_interpreter="$repo/.venv/bin/python" -e bootstrap_url="$site_url" \
        -e bootstrap_socket="$run_dir/mattermost_local.socket" -e bootstrap_token_file="$run_dir/admin.json" \
        -e integration_config="$config" -e mattermost_server_name="$name" -e mattermost_cache="$cache" >&2
    # The unnamed config is the newest server's: `make demo` and ad-hoc test runs use it.
    if [ "$name" = newest ]; then
        cp "$config" "$repo/tests/integration/integration_config.yml"
    fi
}

stop() {
    local pid
    pid=$(running_pid || true)
    if [ -z "$pid" ]; then
        say "$name not running"
        return 0
    fi
    kill "$pid"
    for _ in $(seq 1 60); do
        kill -0 "$pid" 2>/dev/null || { say "$name stopped"; rm -f "$pid_file"; return 0; }
        sleep 0.5
    done
    kill -9 "$pid" 2>/dev/null || true
    rm -f "$pid_file"
    say "$name killed"
}

status() {
    if answers; then say "$name running at $site_url"; else say "$name not running"; return 1; fi
}

# on_servers COMMAND [NAME]: COMMAND for the server NAME, or for every server.
on_servers() {
    local command=$1 server failed=0
    shift
    for server in "${@:-${all_servers[@]}}"; do
        use_server "$server"
        "$command" || failed=1
    done
    return "$failed"
}

action=${1:-start}
[ "$#" -gt 0 ] && shift
[ "$#" -le 1 ] || die "usage: $0 start|stop|restart|status|version|build-dir|env [NAME]"
case "$action" in
    start) on_servers start "$@" ;;
    stop) on_servers stop "$@" ;;
    restart) on_servers restart "$@" ;;
    status) on_servers status "$@" ;;
    version) use_server "${1:-newest}"; server_version ;;
    build-dir) use_server "${1:-newest}"; build_server && build_dir ;;
    env) use_server "${1:-newest}"; server_env ;;
    *) die "usage: $0 start|stop|restart|status|version|build-dir|env [NAME]" ;;
esac
