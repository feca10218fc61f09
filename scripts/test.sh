#!/usr/bin/env bash
# Every test of the project, with the oldest ansible-core the collection claims (the host's .venv,
# Python 3.11) and the newest (Python 3.13 in the Debian 13 root of scripts/chroot.sh): unit tests,
# ansible-test sanity and the integration targets on both, the driver's tests against the real
# server, ansible-lint on the playbooks, the changelog against its fragments, and galaxy-importer
# on the built collection. Each stage runs even when an earlier one failed, so one run shows
# everything; the exit status is non-zero when any test failed, and the end of the output repeats
# why each failed. `make test` runs it after `make venv server`.
#
# Two lanes run side by side on the one server, one per ansible-core version. Each runs its unit
# and sanity tests (the host lane also the driver's server tests, which restart the server: the
# other lane starts its integration targets after them), then every integration target,
# one at a time, taking the next target it may run: never one the other lane is running (both
# runs would work on the same server with the same test data), and never a target that changes
# server-wide state, or relies on its defaults (aliases `server_wide`), while the other lane runs
# one too. An integration lane
# keeps the server busy with one core at most, so two of them use the machine's two. The host
# lane then lints the playbooks, checks the changelog and imports the built collection.
set -uo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo" || exit 1
venv="$repo/.venv"
py="$venv/bin/python"
out="$repo/tests/output/make-test"
results="$out/results"
# One copy of the collection per lane: ansible-test writes its output inside the copy it runs in.
host_collection=${COLLECTION_ROOT:-$repo/.cache/collection/ansible_collections/chatops/mattermost}
newest_collection=$repo/.cache/collection-newest/ansible_collections/chatops/mattermost
# The newest version's virtualenv lives in the Debian root (cached with it, outside the checkout).
newest_venv=/opt/chatops-mattermost-venv
# The integration lanes' locks (see take_target), and the seconds each target took, per lane.
locks="$out/locks"
timings="${MATTERMOST_CACHE:-$HOME/.cache/chatops-mattermost}/integration-seconds"
rm -rf "$out" && mkdir -p "$results" "$locks"
export PATH="$venv/bin:$PATH"

# in_lane LANE CMD...: run CMD on the host or in the Debian root, with that lane's virtualenv first.
in_lane() {
    local lane=$1; shift
    if [ "$lane" = host ]; then
        "$@"
    else
        bash "$repo/scripts/chroot.sh" run env PATH="$newest_venv/bin:/usr/local/bin:/usr/bin:/bin" "$@"
    fi
}

# record NAME OK BAD [SKIPPED]: keep a stage's counts for the summary (lanes are subshells).
record() {
    echo "$2 $3 ${4:-}" >"$results/$1"
}

# pytest_stage NAME LANE PATH...: run pytest and count from its JUnit report.
pytest_stage() {
    local name=$1 lane=$2; shift 2
    echo "=== $name: pytest $*"
    in_lane "$lane" python -m pytest -q -p no:cacheprovider --junitxml="$out/$name.xml" "$@" 2>&1 |
        tee "$out/$name.log"
    local rc=${PIPESTATUS[0]}
    local counts
    counts=$("$py" - "$out/$name.xml" <<'PY'
import sys, xml.etree.ElementTree as ET
try:
    root = ET.parse(sys.argv[1]).getroot()
except (OSError, ET.ParseError):
    print(0, 1, 0); raise SystemExit
suites = [root] if root.tag == "testsuite" else list(root)
tests = sum(int(s.get("tests", 0)) for s in suites)
bad = sum(int(s.get("failures", 0)) + int(s.get("errors", 0)) for s in suites)
skipped = sum(int(s.get("skipped", 0)) for s in suites)
print(tests - bad - skipped, bad, skipped)
PY
)
    local ok bad skipped
    read -r ok bad skipped <<<"$counts"
    # pytest exits 5 when it collected nothing: that is a failure here, not a pass.
    if [ "$rc" -ne 0 ] && [ "$bad" -eq 0 ]; then bad=1; fi
    record "$name" "$ok" "$bad" "$skipped"
}

# sanity_stage NAME LANE COLLECTION ARGS...: run ansible-test sanity in a synced collection tree
# and count the sanity tests it ran.
sanity_stage() {
    local name=$1 lane=$2 collection=$3; shift 3
    echo "=== $name: ansible-test sanity $*"
    # shellcheck disable=SC2016 # expanded by the lane's shell
    in_lane "$lane" bash -c 'cd "$0" && exec ansible-test sanity "$@"' "$collection" "$@" 2>&1 |
        tee "$out/$name.log"
    local rc=${PIPESTATUS[0]}
    local ran bad
    ran=$(grep -c "^Running sanity test " "$out/$name.log")
    bad=$(grep -cE "^ERROR: Found [0-9]+ .* issue" "$out/$name.log")
    # A sanity test skipped for a missing program is a test that did not run.
    bad=$((bad + $(grep -cE "^WARNING: (Required program|Skipping sanity test .*(could not be found|missing))" "$out/$name.log")))
    if [ "$rc" -ne 0 ] && [ "$bad" -eq 0 ]; then bad=1; fi
    [ "$ran" -gt 0 ] || bad=$((bad + 1))
    record "$name" "$((ran - (bad < ran ? bad : ran)))" "$bad"
}

# The integration targets, longest first by the seconds they took last time (kept outside the
# checkout; a target not timed yet counts as long): each lane takes the first it may run, so the
# long ones start early and the short ones fill the end. Hidden targets (setup_*) are not run on
# their own.
integration_targets() {
    local target name
    for target in "$repo"/tests/integration/targets/*/; do
        name=$(basename "$target")
        grep -qxE "hidden|disabled" "$target/aliases" 2>/dev/null && continue
        echo "$(cat "$timings"/*/"$name" 2>/dev/null | sort -n | tail -1 || true) $name"
    done | awk '{ print ($1 == "" || NF == 1 ? 100000 : $1), $NF }' | sort -k1,1nr -k2 | cut -d' ' -f2
}

# take_target NAME: claim a target for this lane, or fail when the other lane runs it, or runs a
# server_wide target and NAME is one too. (mkdir is atomic: it is the lock.)
take_target() {
    local name=$1
    mkdir "$locks/$name" 2>/dev/null || return 1
    if grep -qx server_wide "$repo/tests/integration/targets/$name/aliases"; then
        mkdir "$locks/server_wide" 2>/dev/null || { rmdir "$locks/$name"; return 1; }
    fi
}

release_target() {
    rmdir "$locks/$1"
    if grep -qx server_wide "$repo/tests/integration/targets/$1/aliases"; then rmdir "$locks/server_wide"; fi
}

# integration_stage NAME LANE COLLECTION PYTHON: run every integration target once in this lane,
# each as its own `ansible-test integration` (its output in $out/NAME/TARGET.log), and count the
# targets that passed.
integration_stage() {
    local name=$1 lane=$2 collection=$3 python=$4
    local pending passed=0 failed=0 started=$SECONDS
    mapfile -t pending < <(integration_targets)
    mkdir -p "$out/$name" "$timings/$lane"
    echo "=== $name: ansible-test integration, ${#pending[@]} targets"
    while [ "${#pending[@]}" -gt 0 ]; do
        local index target="" target_started rc
        for index in "${!pending[@]}"; do
            if take_target "${pending[$index]}"; then
                target=${pending[$index]}
                unset "pending[$index]"
                pending=("${pending[@]}")
                break
            fi
        done
        if [ -z "$target" ]; then sleep 2; continue; fi
        target_started=$SECONDS
        echo "--- $name: $target"
        # shellcheck disable=SC2016 # expanded by the lane's shell
        in_lane "$lane" bash -c 'cd "$0" && exec ansible-test integration --local --python "$1" --color no "$2"' \
            "$collection" "$python" "$target" >"$out/$name/$target.log" 2>&1
        rc=$?
        release_target "$target"
        echo "$((SECONDS - target_started))" >"$timings/$lane/$target"
        if [ "$rc" -eq 0 ] && grep -qE "^Running $target integration test (role|script)\$" "$out/$name/$target.log"; then
            passed=$((passed + 1))
            echo "--- $name: $target passed in $((SECONDS - target_started)) s"
        else
            failed=$((failed + 1))
            cat "$out/$name/$target.log"
            echo "--- $name: $target FAILED (exit status $rc) after $((SECONDS - target_started)) s"
            echo "$target" >>"$out/$name/failed"
        fi
    done
    echo "=== $name: $passed passed, $failed failed in $((SECONDS - started)) s"
    [ "$((passed + failed))" -gt 0 ] || failed=1
    record "$name" "$passed" "$failed"
}

# install_get_pip LANE: ansible-test --venv fills its virtual environments with a pip bootstrap
# script that it downloads from a server that is not always reachable; give it one that uses the
# package index, in the cache of that lane's ansible-test.
install_get_pip() {
    # shellcheck disable=SC2016 # expanded by the lane's shell
    in_lane "$1" bash -c '
        version=$(python - <<"PY"
import os, re, ansible_test
source = os.path.join(os.path.dirname(ansible_test.__file__), "_internal", "python_requirements.py")
print(re.search(r"pip=.([0-9.]+).", open(source).read()).group(1))
PY
)
        install -D -m 0644 tests/utils/ansible_test_get_pip.py "$HOME/.ansible/test/cache/get_pip_${version//./_}.py"'
}

# ansible_version LANE: the lane's ansible-core as MAJOR.MINOR, for the stage names.
ansible_version() {
    in_lane "$1" python -c 'from ansible.release import __version__ as v; print(".".join(v.split(".")[:2]))' 2>/dev/null
}

# setup_newest: the Debian root, its virtualenv with the newest ansible-core (installed again when
# a requirements file changed), and ansible-test's pip bootstrap there.
setup_newest() {
    echo "=== setup-newest: Debian root and virtualenv"
    bash scripts/chroot.sh ensure || return 1
    local stamp
    stamp=$(cat requirements.txt tests/requirements-common.txt tests/requirements-newest.txt | md5sum | cut -c1-12)
    # shellcheck disable=SC2016 # expanded by the root's shell
    bash scripts/chroot.sh run bash -c '
        set -e
        venv=$0 stamp=$1
        [ -e "$venv/.installed-$stamp" ] && exit 0
        rm -rf "$venv" && python3 -m venv "$venv"
        "$venv/bin/python" -m pip install -q --upgrade pip
        "$venv/bin/python" -m pip install -q -r tests/requirements-newest.txt
        touch "$venv/.installed-$stamp"' "$newest_venv" "$stamp" || return 1
    install_get_pip newest
}

# ansible_lint_stage NAME: the production profile on the examples and the integration targets'
# playbooks and task files, counted per file from ansible-lint's closing line.
ansible_lint_stage() {
    local name=$1
    echo "=== $name: ansible-lint --profile production examples tests/integration/targets"
    (cd "$host_collection" && ansible-lint --profile production --nocolor examples tests/integration/targets) \
        >"$out/$name.log" 2>&1
    local rc=$?
    cat "$out/$name.log"
    local files bad
    files=$(sed -nE 's/.* in ([0-9]+) files processed.*/\1/p' "$out/$name.log" | tail -1)
    bad=$(sed -nE 's/^Failed: ([0-9]+) failure\(s\), ([0-9]+) warning.*/\1 + \2/p' "$out/$name.log" | tail -1)
    files=${files:-0}; bad=$((${bad:-0}))
    if [ "$rc" -ne 0 ] && [ "$bad" -eq 0 ]; then bad=1; fi
    [ "$files" -gt 0 ] || bad=$((bad + 1))
    record "$name" "$((files - (bad < files ? bad : files)))" "$bad"
}

# changelog_stage NAME: the committed changelog is what the fragments make (scripts/changelog.sh).
changelog_stage() {
    local name=$1
    echo "=== $name: scripts/changelog.sh --check"
    bash scripts/changelog.sh --check >"$out/$name.log" 2>&1
    local rc=$?
    cat "$out/$name.log"
    record "$name" "$((rc == 0 ? 1 : 0))" "$((rc == 0 ? 0 : 1))"
}

# galaxy_importer_stage NAME: build the collection as it is published and run Galaxy's importer on
# the tarball; any warning fails the stage.
galaxy_importer_stage() {
    local name=$1 build="$out/build"
    echo "=== $name: ansible-galaxy collection build, galaxy-importer"
    mkdir -p "$build"
    {
        ansible-galaxy collection build --force --output-path "$build" &&
        (cd "$build" && python -m galaxy_importer.main "$build"/chatops-mattermost-*.tar.gz)
    } >"$out/$name.log" 2>&1
    local rc=$?
    cat "$out/$name.log"
    local bad
    bad=$(grep -cE "^(WARNING|ERROR)" "$out/$name.log")
    grep -q "^Importer processing completed successfully" "$out/$name.log" || bad=$((bad + 1))
    if [ "$rc" -ne 0 ] && [ "$bad" -eq 0 ]; then bad=1; fi
    record "$name" "$((bad == 0 ? 1 : 0))" "$bad"
}

# The sanity test shellcheck skips itself when the program is missing, and a skipped test is a
# failure here. (The Debian root gets it from scripts/chroot.sh.)
command -v shellcheck >/dev/null 2>&1 || {
    echo "=== installing shellcheck"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q shellcheck ||
        { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q shellcheck; }
}

make -s sync COLLECTION_ROOT="$host_collection"
make -s sync COLLECTION_ROOT="$newest_collection"
install_get_pip host
oldest=$(ansible_version host)

# The test plugin's bundles, which mattermost_plugin and docs_examples install, are built with Go,
# which the Debian root lacks: build them before either lane may need them (then cached).
plugin_bundles=tests/integration/targets/mattermost_plugin/files/build_bundles.sh
plugin_cache="${MATTERMOST_CACHE:-$HOME/.cache/chatops-mattermost}/test-plugins"
echo "=== the test plugin's bundles in $plugin_cache"
bash "$plugin_bundles" "$plugin_cache" 0.1.0 0.2.0 && bash "$plugin_bundles" --id com.example.standup "$plugin_cache" 1.2.0

# ---- The driver as its users install it (issue 14) -------------------------------------------
# tests/utils/installed_driver.py, a pytest plugin, builds chatops-mattermost-driver and its
# mattermostdriver compatibility package from this checkout, installs them into a fresh virtualenv of
# the lane's Python (3.11 here, 3.13 in the newest lane) and runs these tests there, against the
# installed package: the driver's unit tests (installed from the wheels), and its server tests with a
# program written for mattermostdriver 7.3.2 and mmpy_bot 2.1.0 in place of mattermostdriver
# (installed from the sdists).
installed_driver_unit=(tests/unit/plugins/module_utils/driver)
installed_driver_server=(--installed-from=sdist tests/server/test_driver.py tests/server/test_seed_program.py
                         tests/server/test_mmpy_bot.py)
# The Debian root does not see the server's build, which the rate-limited second server runs from.
installed_driver_root_skips=(--deselect tests/server/test_driver.py::test_rate_limited_server_fails_no_request)
installed_driver_stage() {  # NAME LANE PYTEST-ARGS...
    local name=$1 lane=$2; shift 2
    pytest_stage "$name" "$lane" -p tests.utils.installed_driver "$@"
}
# ---- end of the installed driver's block (its stages run below and in the newest lane) -------

# The newest version's lane, in the background.
(
    if setup_newest; then
        newest=$(ansible_version newest)
        echo "$newest" >"$out/newest-version"
        pytest_stage "unit-$newest" newest tests/unit
        installed_driver_stage driver-installed-unit-py3.13 newest "${installed_driver_unit[@]}"
        sanity_stage "sanity-$newest" newest "$newest_collection" --venv --python 3.13 --color no
        # The server tests restart the server: no target may run meanwhile.
        while [ ! -e "$out/server-tests-done" ]; do sleep 2; done
        installed_driver_stage driver-installed-server-py3.13 newest "${installed_driver_server[@]}" \
            "${installed_driver_root_skips[@]}"
        integration_stage "integration-$newest" newest "$newest_collection" 3.13
    else
        record setup-newest 0 1
    fi
) >"$out/lane-newest.log" 2>&1 &
newest_lane=$!

pytest_stage "unit-$oldest" host tests/unit
pytest_stage server host tests/server
touch "$out/server-tests-done"
installed_driver_stage driver-installed-unit-py3.11 host "${installed_driver_unit[@]}"
installed_driver_stage driver-installed-server-py3.11 host "${installed_driver_server[@]}"
sanity_stage "sanity-$oldest" host "$host_collection" --venv --python 3.11 --color no
integration_stage "integration-$oldest" host "$host_collection" 3.11
ansible_lint_stage ansible-lint
changelog_stage changelog
galaxy_importer_stage galaxy-importer
wait "$newest_lane"
echo; echo "=== the newest ansible-core's lane"; cat "$out/lane-newest.log"
newest=$(cat "$out/newest-version" 2>/dev/null)

passed=0
failed=0
summary=()
failed_stages=()
for name in "unit-$oldest" "sanity-$oldest" server "integration-$oldest" \
            driver-installed-unit-py3.11 driver-installed-server-py3.11 \
            driver-installed-unit-py3.13 driver-installed-server-py3.13 \
            setup-newest "unit-${newest:-}" "sanity-${newest:-}" "integration-${newest:-}" \
            ansible-lint changelog galaxy-importer; do
    [ -e "$results/$name" ] || continue
    read -r ok bad skipped <"$results/$name"
    passed=$((passed + ok)); failed=$((failed + bad))
    summary+=("$name $ok passed, $bad failed${skipped:+, $skipped skipped}")
    [ "$bad" -eq 0 ] || failed_stages+=("$name")
done

# Why each stage failed, at the end, where the reader of a long CI log looks first.
digest() { "$py" "$repo/tests/utils/failure_digest.py" "$@" | sed 's/^/    /'; }
for name in "${failed_stages[@]}"; do
    echo; echo "=== why $name failed"
    case $name in
        unit-*|server) digest pytest "$out/$name.log" ;;
        sanity-*) digest sanity "$out/$name.log" ;;
        integration-*)
            while read -r target; do
                echo "--- $target ($out/$name/$target.log)"
                digest ansible "$out/$name/$target.log"
            done < <(cat "$out/$name/failed" 2>/dev/null) ;;
        setup-newest) tail -n 30 "$out/lane-newest.log" ;;
        *) tail -n 30 "$out/$name.log" ;;
    esac
done

echo
joined=$(IFS=';'; echo "${summary[*]}")
echo "make test: ${joined//;/; }"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
