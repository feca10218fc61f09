#!/usr/bin/env python
"""Run the project's tests: `make test` and its parts (`make unit`, `sanity`, `integration`, `lint`).

    runner.py [STAGE...] [--lane NAME]... [--target NAME]... [--list]

STAGE is one of unit, sanity, server (the driver's tests against the real server), installed-unit
and installed-server (the driver's tests on its wheels and sdists installed in a fresh virtualenv),
integration (the module targets), images (the execution and decision environments built and checked
against the lane's server by scripts/images.sh), ansible-lint, changelog, galaxy-importer, or a group: lint (the
last three) or all (the default). --lane keeps only the lanes named (see LANES); --target runs only
those integration targets, and then leaves out the driver's server tests. --list prints the plan
and runs nothing.

Each lane runs one ansible-core version somewhere (the host's .venv, or the Debian 13 root of
scripts/chroot.sh) against one named server (scripts/server.sh writes
tests/integration/integration_config.NAME.yml for each). The lanes run side by side, each its
stages in order: unit tests, the driver's server tests (by a host lane, against each server in
its server_tests), the installed driver's tests, ansible-test sanity, then every integration target once, one at a time, the
longest first (by the seconds each took last time, kept in $MATTERMOST_CACHE/integration-seconds). Two lanes on the same server share its test data,
so a lane never takes a target the other lane is running on that server, nor a target that
changes server-wide state or relies on its defaults (aliases `server_wide`) while the other runs
one too; and no lane runs a target while the server tests, which restart the server, run on it.
Lanes on different servers never wait for each other. A host lane with `images` then builds the
container images (podman) and checks them against its own server, whose targets are done by then.
The lane that has them then runs the release checks: ansible-lint, the changelog against its
fragments, galaxy-importer.

Every stage runs even when an earlier one failed, so one run shows everything. The output ends
with a summary per stage, why each failed stage failed, and the line `N passed, N failed`; the
exit status is 1 when any test failed or nothing ran. Logs are kept in tests/output/make-test/.
Only the standard library is used: the host's python3 or the .venv's runs it.
"""

import argparse
import collections
import dataclasses
import hashlib
import os
import re
import shutil
import subprocess
import sys
import threading
import time
import traceback
import xml.etree.ElementTree as ET

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import failure_digest  # noqa: E402  pylint: disable=wrong-import-position

HOST = 'host'
DEBIAN = 'debian'
# The virtualenv of a lane that runs in the Debian root: inside the root, cached with it.
DEBIAN_VENV = '/opt/chatops-mattermost-venv'
# A target not timed yet counts as long, so it starts early.
UNTIMED_SECONDS = 100000
TAIL_LINES = 30


@dataclasses.dataclass(frozen=True)
class Lane:
    """One ansible-core version, where it runs, and the server its tests talk to."""

    name: str                 # the ansible-core version it tests, MAJOR.MINOR
    place: str                # HOST (the checkout's .venv) or DEBIAN (scripts/chroot.sh's root)
    python: str               # the Python version ansible-test runs with
    server: str               # the server's name: tests/integration/integration_config.<server>.yml
    requirements: str         # what its virtualenv is made from
    # The servers this lane runs the driver's tests (tests/server) against. Only a lane on the host
    # may: one of them restarts the server with scripts/server.sh.
    server_tests: tuple = ()
    release_checks: bool = False  # runs ansible-lint, the changelog check and galaxy-importer
    images: bool = False          # builds and checks the EE and DE (podman runs on the host only)

    @property
    def collection(self):
        """The lane's copy of the collection: ansible-test writes its output inside the copy."""
        return os.path.join(REPO, '.cache', 'collection-' + self.name,
                            'ansible_collections', 'chatops', 'mattermost')

    @property
    def server_config(self):
        return server_config(self.server)


def server_config(server):
    """The connection settings scripts/server.sh writes for the server named SERVER."""
    return os.path.join(REPO, 'tests', 'integration', 'integration_config.%s.yml' % server)


# The oldest and the newest ansible-core the collection claims (meta/runtime.yml), each against one
# of the two servers it claims (scripts/server.sh): the oldest with the oldest, the newest with the
# newest, so every target runs on both servers. The host lane tests the driver against both, newest first:
# the other lane waits for those before its targets start.
LANES = (
    Lane('2.18', HOST, '3.11', 'oldest', 'tests/requirements.txt', server_tests=('newest', 'oldest'),
         release_checks=True, images=True),
    Lane('2.21', DEBIAN, '3.13', 'newest', 'tests/requirements-newest.txt'),
)

LANE_STAGES = ('unit', 'server', 'installed-unit', 'installed-server', 'sanity', 'integration', 'images')
# The driver as its users install it (tests/utils/installed_driver.py, a pytest plugin): built from
# this checkout, installed into a fresh virtualenv of the lane's Python, its unit tests from the
# wheels, its server tests with a program written for mattermostdriver 7.3.2 and mmpy_bot 2.1.0 from
# the sdists, against the lane's server.
INSTALLED_UNIT = ('tests/unit/plugins/module_utils/driver',)
INSTALLED_SERVER = ('--installed-from=sdist', 'tests/server/test_driver.py', 'tests/server/test_seed_program.py',
                    'tests/server/test_mmpy_bot.py')
# The Debian root does not see the server's build, which the rate-limited second server runs from.
NOT_IN_THE_DEBIAN_ROOT = ('--deselect', 'tests/server/test_driver.py::test_rate_limited_server_fails_no_request')
RELEASE_CHECKS = ('ansible-lint', 'changelog', 'galaxy-importer')
STAGES = LANE_STAGES + RELEASE_CHECKS
GROUPS = {'lint': RELEASE_CHECKS, 'all': STAGES}


@dataclasses.dataclass
class Result:
    """What a stage counted, and where to look when it failed."""

    name: str
    passed: int
    failed: int
    skipped: int = 0
    seconds: float = 0.0
    # (title, digest kind for failure_digest or 'tail', log path) for each log that says why
    reasons: list = dataclasses.field(default_factory=list)


# Counting ----------------------------------------------------------------------------------------

def junit_counts(path, status):
    """(passed, failed, skipped) from pytest's JUnit report and exit status.

    A run that failed without a failed test (pytest's exit status 5: nothing collected; an error
    before the report was written) counts one failure.
    """
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError):
        return 0, 1, 0
    suites = [root] if root.tag == 'testsuite' else list(root)
    tests = sum(int(suite.get('tests', 0)) for suite in suites)
    failed = sum(int(suite.get('failures', 0)) + int(suite.get('errors', 0)) for suite in suites)
    skipped = sum(int(suite.get('skipped', 0)) for suite in suites)
    passed = tests - failed - skipped
    if status != 0 and failed == 0:
        failed = 1
    return passed, failed, skipped


def sanity_counts(log, status):
    """(passed, failed) of ansible-test sanity from its output.

    A sanity test skipped because a program is missing is a test that did not run: a failure.
    """
    ran = len(re.findall(r'^Running sanity test ', log, re.M))
    failed = len(re.findall(r'^ERROR: Found [0-9]+ .* issue', log, re.M))
    failed += len(re.findall(r'^WARNING: (Required program|Skipping sanity test .*(could not be found|missing))',
                             log, re.M))
    if status != 0 and failed == 0:
        failed = 1
    if ran == 0:
        failed += 1
    return ran - min(failed, ran), failed


def target_passed(target, log, status):
    """An integration target passed when ansible-test said it ran it and exited 0."""
    return status == 0 and re.search(r'^Running %s integration test (role|script)$' % re.escape(target),
                                     log, re.M) is not None


def ansible_lint_counts(log, status):
    """(passed, failed) files from ansible-lint's closing lines; no file processed is a failure."""
    files = re.findall(r' in ([0-9]+) files processed', log)
    files = int(files[-1]) if files else 0
    problems = re.findall(r'^Failed: ([0-9]+) failure\(s\), ([0-9]+) warning', log, re.M)
    failed = sum(map(int, problems[-1])) if problems else 0
    if status != 0 and failed == 0:
        failed = 1
    if files == 0:
        failed += 1
    return files - min(failed, files), failed


def galaxy_importer_counts(log, status):
    """(passed, failed) of galaxy-importer: any warning or error fails it."""
    failed = len(re.findall(r'^(WARNING|ERROR)', log, re.M))
    if not re.search(r'^Importer processing completed successfully', log, re.M):
        failed += 1
    if status != 0 and failed == 0:
        failed = 1
    return (1 if failed == 0 else 0), failed


def images_counts(log, status):
    """(passed, failed) checks of scripts/images.sh: the EE's two demo runs and the DE's rulebook, each said
    once it passed; a failure, or no check passed, is one failure."""
    passed = len(re.findall(r'^images: (EE: demo\.yml (first|second) run passed|DE: rulebook checked)', log, re.M))
    failed = int(status != 0) + int(passed == 0 and status == 0)
    return passed, failed


def summary(results):
    """The closing lines: one per stage, then `N passed, N failed`; and the exit status.

    Nothing run at all is a failure too.
    """
    lines = []
    for result in results:
        skipped = ', %d skipped' % result.skipped if result.skipped else ''
        lines.append('%-22s %5d passed, %d failed%s (%d s)' % (
            result.name, result.passed, result.failed, skipped, result.seconds))
    passed = sum(result.passed for result in results)
    failed = sum(result.failed for result in results)
    if not results:
        failed = 1
    lines.append('%d passed, %d failed' % (passed, failed))
    return lines, (0 if failed == 0 else 1)


# Scheduling --------------------------------------------------------------------------------------

def integration_targets(targets_dir):
    """The targets run on their own: every folder but those with alias hidden or disabled
    (setup_* roles), each with whether it is server_wide."""
    found = {}
    for name in sorted(os.listdir(targets_dir)):
        aliases = set()
        try:
            with open(os.path.join(targets_dir, name, 'aliases')) as handle:
                aliases = {line.strip() for line in handle}
        except OSError:
            pass
        if not os.path.isdir(os.path.join(targets_dir, name)) or aliases & {'hidden', 'disabled'}:
            continue
        found[name] = 'server_wide' in aliases
    return found


def read_timings(timings_dir):
    """The longest time each target took last time, in any lane: {target: seconds}."""
    seconds = {}
    for lane in (os.listdir(timings_dir) if os.path.isdir(timings_dir) else ()):
        for target in os.listdir(os.path.join(timings_dir, lane)):
            try:
                with open(os.path.join(timings_dir, lane, target)) as handle:
                    value = int(handle.read().strip())
            except (OSError, ValueError):
                continue
            seconds[target] = max(value, seconds.get(target, 0))
    return seconds


def order_targets(names, seconds):
    """Longest first (an untimed target counts as long), then by name: each lane takes the first
    it may run, so the long ones start early and the short ones fill the end."""
    return sorted(names, key=lambda name: (-seconds.get(name, UNTIMED_SECONDS), name))


def lock_keys(server, target, server_wide):
    """What running TARGET on SERVER holds: the target there, and the server's server-wide slot."""
    keys = {('target', server, target)}
    if server_wide:
        keys.add(('server_wide', server))
    return keys


class Coordinator:
    """What the lanes share: the targets running on each server, and the server tests to wait for."""

    def __init__(self, server_tests_pending=None):
        self._condition = threading.Condition()
        self._held = set()
        # {server: number of lanes still to run (or skip) their server tests on it}
        self._server_tests = collections.Counter(server_tests_pending or {})

    def try_take(self, server, target, server_wide):
        with self._condition:
            keys = lock_keys(server, target, server_wide)
            if keys & self._held:
                return False
            self._held |= keys
            return True

    def release(self, server, target, server_wide):
        with self._condition:
            self._held -= lock_keys(server, target, server_wide)
            self._condition.notify_all()

    def take_next(self, server, pending, server_wide):
        """Claim and return the first of PENDING this lane may run, waiting until one is free."""
        with self._condition:
            while True:
                for target in pending:
                    if self.try_take(server, target, server_wide[target]):
                        return target
                self._condition.wait()

    def server_tests_done(self, server):
        with self._condition:
            self._server_tests[server] -= 1
            self._condition.notify_all()

    def wait_for_server_tests(self, server):
        with self._condition:
            self._condition.wait_for(lambda: self._server_tests[server] <= 0)


def plan(lanes, stages, targets_given=False):
    """[(lane, [stage, ...])]: which stages each lane runs, in their order."""
    wanted = set()
    for stage in stages:
        wanted.update(GROUPS.get(stage, (stage,)))
    if targets_given:
        wanted -= {'server', 'installed-server', 'images'}
    planned = []
    for lane in lanes:
        own = [stage for stage in LANE_STAGES if stage in wanted and (stage != 'server' or lane.server_tests)
               and (stage != 'images' or lane.images)]
        if lane.release_checks:
            own += [stage for stage in RELEASE_CHECKS if stage in wanted]
        if own:
            planned.append((lane, own))
    return planned


# Running -----------------------------------------------------------------------------------------

@dataclasses.dataclass
class Run:
    """What the lanes of one run share."""

    out: str                  # the folder of the logs
    coordinator: Coordinator
    targets: dict             # {target: server_wide}, in the order to take them
    timings_dir: str


class LaneRun:
    """A lane's stages, one after the other; its lines go to its log (and stdout if it streams)."""

    def __init__(self, run, lane, stages, stream):
        self.run = run
        self.lane = lane
        self.stages = stages
        self.stream = stream
        self.results = []
        self._log = None
        self._server_tests_reported = set()

    @property
    def log_path(self):
        return os.path.join(self.run.out, 'lane-%s.log' % self.lane.name)

    def say(self, text):
        self.write(text + '\n')

    def write(self, text):
        self._log.write(text)
        self._log.flush()
        if self.stream:
            sys.stdout.write(text)
            sys.stdout.flush()

    # Commands in the lane ------------------------------------------------------------------------

    def command(self, argv, cwd=REPO, env=None):
        """(argv, Popen keywords) to run ARGV in this lane, in CWD, with ENV added."""
        env = dict(env or {})
        if self.lane.place == HOST:
            venv_bin = os.path.join(REPO, '.venv', 'bin')
            environment = dict(os.environ, PATH=venv_bin + os.pathsep + os.environ.get('PATH', ''), **env)
            return list(argv), {'cwd': cwd, 'env': environment}
        settings = ['PATH=%s/bin:/usr/local/bin:/usr/bin:/bin' % DEBIAN_VENV]
        settings += ['%s=%s' % item for item in sorted(env.items())]
        # chroot.sh runs in the checkout, which the root sees at the same path.
        return (['bash', os.path.join(REPO, 'scripts', 'chroot.sh'), 'run', 'env'] + settings
                + ['bash', '-c', 'cd "$0" && exec "$@"', cwd] + list(argv)), {}

    def call(self, argv, log_path, echo=True, cwd=REPO, env=None, append=False):
        """Run ARGV in the lane, its output into LOG_PATH (and the lane's output when ECHO)."""
        full, keywords = self.command(argv, cwd, env)
        with open(log_path, 'a' if append else 'w') as log:
            try:
                process = subprocess.Popen(full, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                           stdin=subprocess.DEVNULL, text=True, errors='replace', **keywords)
            except OSError as error:
                log.write('runner: cannot run %s: %s\n' % (argv[0], error))
                return 127
            for line in process.stdout:
                log.write(line)
                if echo:
                    self.write(line)
            return process.wait()

    def output(self, argv, cwd=REPO):
        """ARGV's standard output in the lane, or None when it failed."""
        full, keywords = self.command(argv, cwd)
        done = subprocess.run(full, capture_output=True, text=True, check=False, **keywords)
        return done.stdout.strip() if done.returncode == 0 else None

    # The lane ------------------------------------------------------------------------------------

    def __call__(self):
        with open(self.log_path, 'w') as self._log:
            try:
                self.run_stages()
            finally:
                # Whatever happened, the lanes waiting for this one's server tests go on.
                if 'server' in self.stages:
                    for server in set(self.lane.server_tests) - self._server_tests_reported:
                        self.run.coordinator.server_tests_done(server)

    def run_stages(self):
        setup = os.path.join(self.run.out, 'setup-%s.log' % self.lane.name)
        if not self.timed(self.stage_name('setup'), lambda: self.stage_setup(setup)):
            return
        for stage in self.stages:
            if stage != 'server':
                self.timed(self.stage_name(stage), getattr(self, 'stage_' + stage.replace('-', '_')))
                continue
            for server in self.lane.server_tests:
                try:
                    self.timed('server-' + server, lambda server=server: self.server_tests(server))
                finally:
                    self.run.coordinator.server_tests_done(server)
                    self._server_tests_reported.add(server)

    def stage_name(self, stage):
        """unit-2.18 (a lane's stage), changelog (a release check)."""
        return stage if stage in RELEASE_CHECKS else '%s-%s' % (stage, self.lane.name)

    def timed(self, name, stage):
        """Run STAGE and keep its result (None: nothing to count); False when it failed.

        A stage that breaks (a bug of the runner, a full disk) is a failed stage with the traceback
        in its log, not a lane that stops without a word in the summary.
        """
        started = time.time()
        try:
            result = stage()
        except Exception:  # pylint: disable=broad-except
            log = os.path.join(self.run.out, name + '.broken.log')
            with open(log, 'w') as handle:
                handle.write(traceback.format_exc())
            self.say('=== %s BROKE: %s' % (name, log))
            result = Result(name, 0, 1, reasons=[(name, 'tail', log)])
        if result is None:
            return True
        result.seconds = time.time() - started
        self.results.append(result)
        return result.failed == 0

    def stage_setup(self, log):
        """None when the lane is ready, else a failed result."""
        problem = self.setup(log)
        if not problem:
            return None
        self.say('=== setup-%s FAILED: %s' % (self.lane.name, problem))
        with open(log, 'a') as handle:
            handle.write('runner: %s\n' % problem)
        return Result(self.stage_name('setup'), 0, 1, reasons=[(self.stage_name('setup'), 'tail', log)])

    def setup(self, log):
        """Make the lane ready for its stages; a problem's description, or None."""
        self.say('=== setup-%s: ansible-core %s (%s, Python %s) against server %s'
                 % (self.lane.name, self.lane.name, self.lane.place, self.lane.python, self.lane.server))
        if self.lane.place == DEBIAN and self.setup_debian(log) != 0:
            return 'the Debian root or its virtualenv could not be made (log: %s)' % log
        if self.lane.place == HOST and not os.path.exists(os.path.join(REPO, '.venv', 'bin', 'python')):
            return 'no .venv: run make venv'
        version = self.output(['python', '-c', 'from ansible.release import __version__ as v; '
                                               'print(".".join(v.split(".")[:2]))'])
        if version != self.lane.name:
            return 'its ansible-core is %s, not %s: see %s' % (version, self.lane.name, self.lane.requirements)
        if 'sanity' in self.stages and self.install_get_pip(log) != 0:
            return "ansible-test's pip bootstrap could not be installed (log: %s)" % log
        if {'sanity', 'integration', 'ansible-lint'} & set(self.stages):
            if subprocess.call(['make', '-s', '-C', REPO, 'sync', 'COLLECTION_ROOT=' + self.lane.collection]) != 0:
                return 'make sync failed'
        servers = ([self.lane.server] if {'integration', 'installed-server', 'images'} & set(self.stages) else []) + (
            list(self.lane.server_tests) if 'server' in self.stages else [])
        for server in servers:
            if not os.path.exists(server_config(server)):
                return 'no %s: run make server' % os.path.relpath(server_config(server), REPO)
        if 'integration' in self.stages:
            shutil.copyfile(self.lane.server_config, os.path.join(
                self.lane.collection, 'tests', 'integration', 'integration_config.yml'))
        return None

    def setup_debian(self, log):
        """The Debian root and the lane's virtualenv in it, made again when a requirement changed."""
        with open(log, 'w') as handle:
            if subprocess.call(['bash', os.path.join(REPO, 'scripts', 'chroot.sh'), 'ensure'],
                               stdout=handle, stderr=subprocess.STDOUT) != 0:
                return 1
        contents = b''
        for path in ('requirements.txt', 'tests/requirements-common.txt', self.lane.requirements):
            with open(os.path.join(REPO, path), 'rb') as handle:
                contents += handle.read()
        stamp = hashlib.md5(contents).hexdigest()[:12]
        script = '''set -e
venv=$0 stamp=$1 requirements=$2
[ -e "$venv/.installed-$stamp" ] && exit 0
rm -rf "$venv" && python3 -m venv "$venv"
"$venv/bin/python" -m pip install -q --upgrade pip
"$venv/bin/python" -m pip install -q -r "$requirements"
touch "$venv/.installed-$stamp"'''
        return self.call(['bash', '-c', script, DEBIAN_VENV, stamp, self.lane.requirements], log,
                         echo=False, append=True)

    def install_get_pip(self, log):
        """ansible-test --venv fills its virtualenvs with a pip bootstrap script it downloads from
        a server that is not always reachable: put one that uses the package index in its cache."""
        script = '''import os, re, shutil, sys, ansible_test
source = os.path.join(os.path.dirname(ansible_test.__file__), '_internal', 'python_requirements.py')
with open(source) as handle:
    version = re.search(r"pip=.([0-9.]+).", handle.read()).group(1)
target = os.path.expanduser('~/.ansible/test/cache/get_pip_%s.py' % version.replace('.', '_'))
os.makedirs(os.path.dirname(target), exist_ok=True)
shutil.copyfile(sys.argv[1], target)'''
        return self.call(['python', '-c', script, os.path.join(REPO, 'tests', 'utils', 'ansible_test_get_pip.py')],
                         log, echo=False, append=True)

    # Stages --------------------------------------------------------------------------------------

    def pytest(self, name, *arguments, env=None):
        """pytest ARGUMENTS (options, then the tests) as the stage NAME."""
        log = os.path.join(self.run.out, name + '.log')
        report = os.path.join(self.run.out, name + '.xml')
        self.say('=== %s: pytest %s' % (name, ' '.join(arguments)))
        status = self.call(['python', '-m', 'pytest', '-q', '-p', 'no:cacheprovider', '--junitxml=' + report]
                           + list(arguments), log, env=env)
        passed, failed, skipped = junit_counts(report, status)
        return Result(name, passed, failed, skipped, reasons=[(name, 'pytest', log)])

    def stage_unit(self):
        return self.pytest(self.stage_name('unit'), 'tests/unit')

    def stage_installed_unit(self):
        return self.pytest(self.stage_name('installed-unit'), '-p', 'tests.utils.installed_driver', *INSTALLED_UNIT)

    def stage_installed_server(self):
        """Against the lane's server, after the server tests that restart it."""
        self.run.coordinator.wait_for_server_tests(self.lane.server)
        skips = NOT_IN_THE_DEBIAN_ROOT if self.lane.place == DEBIAN else ()
        return self.pytest(self.stage_name('installed-server'), '-p', 'tests.utils.installed_driver',
                           *(skips + INSTALLED_SERVER), env={'MATTERMOST_INTEGRATION_CONFIG': self.lane.server_config})

    def server_tests(self, server):
        """The driver's tests against SERVER: server-newest."""
        return self.pytest('server-' + server, 'tests/server',
                           env={'MATTERMOST_INTEGRATION_CONFIG': server_config(server)})

    def stage_sanity(self):
        name = self.stage_name('sanity')
        log = os.path.join(self.run.out, name + '.log')
        self.say('=== %s: ansible-test sanity --venv --python %s' % (name, self.lane.python))
        status = self.call(['ansible-test', 'sanity', '--venv', '--python', self.lane.python, '--color', 'no'],
                           log, cwd=self.lane.collection)
        with open(log, errors='replace') as handle:
            passed, failed = sanity_counts(handle.read(), status)
        return Result(name, passed, failed, reasons=[(name, 'sanity', log)])

    def stage_integration(self):
        name = self.stage_name('integration')
        folder = os.path.join(self.run.out, name)
        timings = os.path.join(self.run.timings_dir, self.lane.name)
        os.makedirs(folder, exist_ok=True)
        os.makedirs(timings, exist_ok=True)
        server_wide = self.run.targets
        pending = list(server_wide)
        self.say('=== %s: ansible-test integration, %d targets, server %s'
                 % (name, len(pending), self.lane.server))
        self.run.coordinator.wait_for_server_tests(self.lane.server)
        passed, failed, reasons = 0, 0, []
        while pending:
            target = self.run.coordinator.take_next(self.lane.server, pending, server_wide)
            pending.remove(target)
            self.say('--- %s: %s' % (name, target))
            log = os.path.join(folder, target + '.log')
            started = time.time()
            try:
                status = self.call(['ansible-test', 'integration', '--local', '--python', self.lane.python,
                                    '--color', 'no', target], log, echo=False, cwd=self.lane.collection)
            finally:
                self.run.coordinator.release(self.lane.server, target, server_wide[target])
            seconds = int(time.time() - started)
            with open(os.path.join(timings, target), 'w') as handle:
                handle.write('%d\n' % seconds)
            with open(log, errors='replace') as handle:
                text = handle.read()
            if target_passed(target, text, status):
                passed += 1
                self.say('--- %s: %s passed in %d s' % (name, target, seconds))
            else:
                failed += 1
                self.write(text)
                self.say('--- %s: %s FAILED (exit status %d) after %d s' % (name, target, status, seconds))
                reasons.append(('%s (%s)' % (target, log), 'ansible', log))
        self.say('=== %s: %d passed, %d failed' % (name, passed, failed))
        if passed + failed == 0:
            failed = 1
        return Result(name, passed, failed, reasons=reasons)

    def stage_images(self):
        """scripts/images.sh check against the lane's server: podman rebuilds only the layers whose definition or
        collection changed, then the EE runs the demo twice and the DE the ChatOps rulebook."""
        name = self.stage_name('images')
        log = os.path.join(self.run.out, name + '.log')
        self.say('=== %s: scripts/images.sh check, server %s' % (name, self.lane.server))
        status = self.call(['bash', 'scripts/images.sh', 'check'], log,
                           env={'MATTERMOST_INTEGRATION_CONFIG': self.lane.server_config})
        with open(log, errors='replace') as handle:
            passed, failed = images_counts(handle.read(), status)
        return Result(name, passed, failed, reasons=[(name, 'tail', log)])

    def stage_ansible_lint(self):
        """The production profile on the examples and the targets' playbooks and task files."""
        log = os.path.join(self.run.out, 'ansible-lint.log')
        self.say('=== ansible-lint: ansible-lint --profile production examples tests/integration/targets')
        status = self.call(['ansible-lint', '--profile', 'production', '--nocolor', 'examples',
                            'tests/integration/targets'], log, cwd=self.lane.collection)
        with open(log, errors='replace') as handle:
            passed, failed = ansible_lint_counts(handle.read(), status)
        return Result('ansible-lint', passed, failed, reasons=[('ansible-lint', 'tail', log)])

    def stage_changelog(self):
        """The committed changelog is what the fragments make (scripts/changelog.sh)."""
        log = os.path.join(self.run.out, 'changelog.log')
        self.say('=== changelog: scripts/changelog.sh --check')
        status = self.call(['bash', 'scripts/changelog.sh', '--check'], log)
        return Result('changelog', int(status == 0), int(status != 0), reasons=[('changelog', 'tail', log)])

    def stage_galaxy_importer(self):
        """The collection built as it is published, through Galaxy's importer."""
        log = os.path.join(self.run.out, 'galaxy-importer.log')
        build = os.path.join(self.run.out, 'build')
        os.makedirs(build, exist_ok=True)
        self.say('=== galaxy-importer: ansible-galaxy collection build, galaxy-importer')
        status = self.call(['ansible-galaxy', 'collection', 'build', '--force', '--output-path', build], log)
        if status == 0:
            tarballs = sorted(name for name in os.listdir(build) if name.endswith('.tar.gz'))
            status = self.call(['python', '-m', 'galaxy_importer.main', os.path.join(build, tarballs[-1])],
                               log, cwd=build, append=True)
        with open(log, errors='replace') as handle:
            passed, failed = galaxy_importer_counts(handle.read(), status)
        return Result('galaxy-importer', passed, failed, reasons=[('galaxy-importer', 'tail', log)])


def ensure_shellcheck():
    """The sanity test shellcheck skips itself when the program is missing, and a skipped test is
    a failure here. (The Debian root gets it from scripts/chroot.sh.)"""
    if shutil.which('shellcheck'):
        return
    print('=== installing shellcheck', flush=True)
    install = ['apt-get', 'install', '-y', '-q', 'shellcheck']
    env = dict(os.environ, DEBIAN_FRONTEND='noninteractive')
    if subprocess.call(install, env=env) != 0:
        subprocess.call(['apt-get', 'update', '-q'], env=env)
        subprocess.call(install, env=env)


def build_plugin_bundles(cache):
    """The test plugin's bundles, which mattermost_plugin and docs_examples install, are built with
    Go, which the Debian root lacks: build them before any lane needs them (then cached)."""
    script = os.path.join(REPO, 'tests', 'integration', 'targets', 'mattermost_plugin', 'files', 'build_bundles.sh')
    bundles = os.path.join(cache, 'test-plugins')
    print('=== the test plugin\'s bundles in %s' % bundles, flush=True)
    return (subprocess.call(['bash', script, bundles, '0.1.0', '0.2.0']) == 0
            and subprocess.call(['bash', script, '--id', 'com.example.standup', bundles, '1.2.0']) == 0)


def digest(kind, path):
    """Why a log says its stage failed, indented."""
    try:
        with open(path, errors='replace') as handle:
            lines = handle.read().splitlines()
    except OSError as error:
        return ['    (no log: %s)' % error]
    if kind == 'tail':
        found = lines[-TAIL_LINES:]
    else:
        found = failure_digest.digest(kind, lines)
    return ['    ' + line for line in found]


def parse_arguments(argv):
    summary_line, details = __doc__.split('\n\n', 1)
    parser = argparse.ArgumentParser(description=summary_line, epilog=details,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('stages', nargs='*', metavar='STAGE', help='stages or groups to run (default: all)')
    parser.add_argument('--lane', action='append', choices=[lane.name for lane in LANES],
                        help='run only this lane (repeatable)')
    parser.add_argument('--target', action='append', help='run only this integration target (repeatable)')
    parser.add_argument('--list', action='store_true', help='print the plan and run nothing')
    arguments = parser.parse_args(argv)
    for stage in arguments.stages:
        if stage not in STAGES and stage not in GROUPS:
            parser.error('no stage %r: choose from %s' % (stage, ', '.join(STAGES + tuple(GROUPS))))
    return arguments


def main(argv=None):
    arguments = parse_arguments(sys.argv[1:] if argv is None else argv)
    cache = os.environ.get('MATTERMOST_CACHE') or os.path.expanduser('~/.cache/chatops-mattermost')
    timings_dir = os.path.join(cache, 'integration-seconds')
    lanes = [lane for lane in LANES if not arguments.lane or lane.name in arguments.lane]
    planned = plan(lanes, arguments.stages or ['all'], targets_given=bool(arguments.target))

    targets = integration_targets(os.path.join(REPO, 'tests', 'integration', 'targets'))
    unknown = sorted(set(arguments.target or ()) - set(targets))
    if unknown:
        raise SystemExit('runner: no such integration target: %s' % ', '.join(unknown))
    if arguments.target:
        targets = {name: targets[name] for name in arguments.target}
    targets = {name: targets[name] for name in order_targets(targets, read_timings(timings_dir))}
    stages_run = {stage for lane, stages in planned for stage in stages}

    if arguments.list:
        for lane, stages in planned:
            print('lane %s (%s, Python %s, server %s): %s'
                  % (lane.name, lane.place, lane.python, lane.server, ', '.join(stages)))
        if 'integration' in stages_run:
            print('integration targets, in order: %s' % ', '.join(
                name + (' (server_wide)' if wide else '') for name, wide in targets.items()))
        return 0

    out = os.path.join(REPO, 'tests', 'output', 'make-test')
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(out)
    started = time.time()
    extra = []
    if 'sanity' in stages_run and any(lane.place == HOST and 'sanity' in stages for lane, stages in planned):
        ensure_shellcheck()
    if 'integration' in stages_run and not build_plugin_bundles(cache):
        extra.append(Result('plugin-bundles', 0, 1))

    pending = collections.Counter(server for lane, stages in planned if 'server' in stages for server in lane.server_tests)
    run = Run(out, Coordinator(pending), targets, timings_dir)
    runs = [LaneRun(run, lane, list(stages), stream=(index == 0)) for index, (lane, stages) in enumerate(planned)]
    threads = [threading.Thread(target=lane_run, name=lane_run.lane.name, daemon=True) for lane_run in runs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for lane_run in runs[1:]:
        print('\n=== lane %s (%s)' % (lane_run.lane.name, lane_run.log_path))
        with open(lane_run.log_path, errors='replace') as handle:
            sys.stdout.write(handle.read())

    lane_results = [result for lane_run in runs for result in lane_run.results]
    results = extra + sorted(lane_results, key=lambda result: result.name in RELEASE_CHECKS)
    # Why each stage failed, at the end, where the reader of a long CI log looks first.
    for result in results:
        if result.failed:
            print('\n=== why %s failed' % result.name)
            for title, kind, path in result.reasons:
                if len(result.reasons) > 1 or title != result.name:
                    print('--- %s' % title)
                print('\n'.join(digest(kind, path)))
    lines, status = summary(results)
    print('\n=== summary (%d s; logs in %s)' % (time.time() - started, os.path.relpath(out, REPO)))
    print('\n'.join(lines))
    return status


if __name__ == '__main__':
    sys.exit(main())
