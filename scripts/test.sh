#!/usr/bin/env bash
# Every test of the project, with the oldest ansible-core the collection claims (the host's .venv,
# Python 3.11) and the newest (Python 3.13 in the Debian 13 root of scripts/chroot.sh): unit tests,
# ansible-test sanity and the integration targets on both, the driver's tests against the real
# server, ansible-lint on the playbooks, the changelog against its fragments, and galaxy-importer
# on the built collection. Each stage runs even when an earlier one failed, so one run shows
# everything; the exit status is non-zero when any test failed. `make test` runs it after
# `make venv server`.
#
# Two lanes run side by side on the one server: the newest version's set-up, unit and sanity tests
# while the host runs its own and its integration targets; then the newest version's integration
# targets while the host lints, checks the changelog and imports. A target never runs in both lanes at once: the two
# runs of one target would use the same names on the server.
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
rm -rf "$out" && mkdir -p "$results"
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
    in_lane "$lane" python -m pytest -q -p no:cacheprovider --junitxml="$out/$name.xml" "$@"
    local rc=$?
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

# ansible_test_stage NAME LANE COLLECTION KIND ARGS...: run ansible-test in a synced collection
# tree and count what it ran (sanity tests or integration targets) from its output.
ansible_test_stage() {
    local name=$1 lane=$2 collection=$3 kind=$4; shift 4
    echo "=== $name: ansible-test $kind $*"
    # shellcheck disable=SC2016 # expanded by the lane's shell
    in_lane "$lane" bash -c 'cd "$0" && exec ansible-test "$@"' "$collection" "$kind" "$@" 2>&1 |
        tee "$out/$name.log"
    local rc=${PIPESTATUS[0]}
    local ran bad
    if [ "$kind" = sanity ]; then
        ran=$(grep -c "^Running sanity test " "$out/$name.log")
        bad=$(grep -cE "^ERROR: Found [0-9]+ .* issue" "$out/$name.log")
        # A sanity test skipped for a missing program is a test that did not run.
        bad=$((bad + $(grep -cE "^WARNING: (Required program|Skipping sanity test .*(could not be found|missing))" "$out/$name.log")))
    else
        ran=$(grep -cE "^Running .* integration test (role|script)" "$out/$name.log")
        # A role target fails as `ERROR: Command "ansible-playbook ...`, a script target as `ERROR: Command "./runme.sh" ...`.
        bad=$(grep -cE "^ERROR: Command \"(ansible-playbook|\./runme\.sh)" "$out/$name.log")
    fi
    if [ "$rc" -ne 0 ] && [ "$bad" -eq 0 ]; then bad=1; fi
    [ "$ran" -gt 0 ] || bad=$((bad + 1))
    record "$name" "$((ran - (bad < ran ? bad : ran)))" "$bad"
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

# Phase 1. Newest lane (in the background): set-up, unit and sanity tests. Host lane: unit and
# sanity tests, the driver against the server, the integration targets.
(
    if setup_newest; then
        newest=$(ansible_version newest)
        echo "$newest" >"$out/newest-version"
        pytest_stage "unit-$newest" newest tests/unit
        ansible_test_stage "sanity-$newest" newest "$newest_collection" sanity --venv --python 3.13 --color no
    else
        record setup-newest 0 1
    fi
) >"$out/lane-newest-1.log" 2>&1 &
newest_lane=$!

pytest_stage "unit-$oldest" host tests/unit
ansible_test_stage "sanity-$oldest" host "$host_collection" sanity --venv --python 3.11 --color no
pytest_stage server host tests/server
ansible_test_stage "integration-$oldest" host "$host_collection" integration --local --python 3.11 \
    --color no --continue-on-error
wait "$newest_lane"
echo; echo "=== the newest ansible-core's lane, phase 1"; cat "$out/lane-newest-1.log"

# Phase 2. The newest version's integration targets (the host's are done), while the host lints
# the playbooks and imports the built collection.
(
    ansible_lint_stage ansible-lint
    changelog_stage changelog
    galaxy_importer_stage galaxy-importer
) >"$out/lane-release.log" 2>&1 &
release_lane=$!
if [ -s "$out/newest-version" ]; then
    newest=$(cat "$out/newest-version")
    ansible_test_stage "integration-$newest" newest "$newest_collection" integration --local --python 3.13 \
        --color no --continue-on-error
fi
wait "$release_lane"
echo; echo "=== ansible-lint, changelog and galaxy-importer"; cat "$out/lane-release.log"

passed=0
failed=0
summary=()
for name in "unit-$oldest" "sanity-$oldest" server "integration-$oldest" \
            setup-newest "unit-${newest:-}" "sanity-${newest:-}" "integration-${newest:-}" \
            ansible-lint changelog galaxy-importer; do
    [ -e "$results/$name" ] || continue
    read -r ok bad skipped <"$results/$name"
    passed=$((passed + ok)); failed=$((failed + bad))
    summary+=("$name $ok passed, $bad failed${skipped:+, $skipped skipped}")
done

echo
joined=$(IFS=';'; echo "${summary[*]}")
echo "make test: ${joined//;/; }"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
