#!/usr/bin/env bash
# Every test of the project, in the order that fails fastest: unit tests, ansible-test sanity,
# the driver's tests against the real server, and the modules' integration targets. Each stage
# runs even when an earlier one failed, so one run shows everything; the exit status is non-zero
# when any test failed. `make test` runs it after `make venv server`.
set -uo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo" || exit 1
venv="$repo/.venv"
py="$venv/bin/python"
out="$repo/tests/output/make-test"
export COLLECTION_ROOT=${COLLECTION_ROOT:-$repo/.cache/collection/ansible_collections/chatops/mattermost}
collection=$COLLECTION_ROOT
rm -rf "$out" && mkdir -p "$out"
export PATH="$venv/bin:$PATH"

passed=0
failed=0
summary=()

# pytest_stage NAME PATH...: run pytest and add its counts from the JUnit report.
pytest_stage() {
    local name=$1; shift
    echo "=== $name: pytest $*"
    "$py" -m pytest -q -p no:cacheprovider --junitxml="$out/$name.xml" "$@"
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
    passed=$((passed + ok)); failed=$((failed + bad))
    summary+=("$name $ok passed, $bad failed, $skipped skipped")
}

# ansible_test_stage NAME KIND ARGS...: run ansible-test in the synced collection tree and count
# what it ran (sanity tests or integration targets) from its output.
ansible_test_stage() {
    local name=$1 kind=$2; shift 2
    echo "=== $name: ansible-test $kind $*"
    (cd "$collection" && ansible-test "$kind" "$@") 2>&1 | tee "$out/$name.log"
    local rc=${PIPESTATUS[0]}
    local ran bad
    if [ "$kind" = sanity ]; then
        ran=$(grep -c "^Running sanity test " "$out/$name.log")
        bad=$(grep -cE "^ERROR: Found [0-9]+ .* issue" "$out/$name.log")
    else
        ran=$(grep -cE "^Running .* integration test (role|script)" "$out/$name.log")
        # A role target fails as `ERROR: Command "ansible-playbook ...`, a script target as `ERROR: Command "./runme.sh" ...`.
        bad=$(grep -cE "^ERROR: Command \"(ansible-playbook|\./runme\.sh)" "$out/$name.log")
    fi
    if [ "$rc" -ne 0 ] && [ "$bad" -eq 0 ]; then bad=1; fi
    [ "$ran" -gt 0 ] || bad=$((bad + 1))
    passed=$((passed + ran - (bad < ran ? bad : ran))); failed=$((failed + bad))
    summary+=("$name $((ran - (bad < ran ? bad : ran))) passed, $bad failed")
}

# ansible-test --venv fills its virtual environments with a pip bootstrap script that it
# downloads from a server that is not always reachable; give it one that uses the package index.
pip_version=$("$py" - <<'PY'
import os, re, ansible_test
source = os.path.join(os.path.dirname(ansible_test.__file__), "_internal", "python_requirements.py")
print(re.search(r"pip='([0-9.]+)'", open(source).read()).group(1))
PY
)
get_pip="$HOME/.ansible/test/cache/get_pip_${pip_version//./_}.py"
install -D -m 0644 tests/utils/ansible_test_get_pip.py "$get_pip"

make -s sync

pytest_stage unit tests/unit
ansible_test_stage sanity sanity --venv --python 3.11 --color no
pytest_stage server tests/server
ansible_test_stage integration integration --local --python 3.11 --color no --continue-on-error

echo
joined=$(IFS=';'; echo "${summary[*]}")
echo "make test: ${joined//;/; }"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
