# Copyright: chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""tests/utils/runner.py, the scheduler of `make test`: its counts, its lanes and locks, its plan,
its summary and exit status."""
from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import os
import types
import re
import sys
import threading

import pytest

COLLECTION = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(COLLECTION, 'tests', 'utils'))

import runner  # noqa: E402

JUNIT = '''<?xml version="1.0" encoding="utf-8"?>
<testsuites><testsuite name="pytest" errors="{errors}" failures="{failures}" skipped="{skipped}"
tests="{tests}" time="1.0"></testsuite></testsuites>'''


def junit(tmp_path, tests=0, failures=0, errors=0, skipped=0):
    path = tmp_path / 'report.xml'
    path.write_text(JUNIT.format(tests=tests, failures=failures, errors=errors, skipped=skipped))
    return str(path)


# Counts ------------------------------------------------------------------------------------------

def test_junit_counts_passed_failed_and_skipped(tmp_path):
    assert runner.junit_counts(junit(tmp_path, tests=10, failures=2, errors=1, skipped=3), 1) == (4, 3, 3)


def test_junit_counts_a_bare_testsuite(tmp_path):
    path = tmp_path / 'report.xml'
    path.write_text('<testsuite tests="5" failures="0" errors="0" skipped="1"/>')
    assert runner.junit_counts(str(path), 0) == (4, 0, 1)


def test_nothing_collected_is_a_failure(tmp_path):
    # pytest's exit status 5: an empty report that says nothing failed.
    assert runner.junit_counts(junit(tmp_path), 5) == (0, 1, 0)


def test_a_missing_or_broken_report_is_a_failure(tmp_path):
    assert runner.junit_counts(str(tmp_path / 'absent.xml'), 0) == (0, 1, 0)
    broken = tmp_path / 'broken.xml'
    broken.write_text('<testsuites><testsuite')
    assert runner.junit_counts(str(broken), 0) == (0, 1, 0)


SANITY = '''Running sanity test "action-plugin-docs"
Running sanity test "ansible-doc"
Running sanity test "compile" on Python 3.11
Running sanity test "pylint"
'''


def test_sanity_counts_the_tests_it_ran():
    assert runner.sanity_counts(SANITY, 0) == (4, 0)


def test_sanity_counts_each_test_that_found_issues():
    log = SANITY + 'ERROR: Found 2 pylint issue(s) which need to be resolved:\n'
    assert runner.sanity_counts(log, 1) == (3, 1)


@pytest.mark.parametrize('warning', [
    'WARNING: Required program "shellcheck" not found.',
    'WARNING: Skipping sanity test "shellcheck" because "shellcheck" could not be found.',
])
def test_a_sanity_test_skipped_for_a_missing_program_is_a_failure(warning):
    assert runner.sanity_counts(SANITY + warning + '\n', 0) == (3, 1)


def test_sanity_that_failed_without_saying_why_or_ran_nothing_fails():
    assert runner.sanity_counts(SANITY, 2) == (3, 1)
    assert runner.sanity_counts('ERROR: no collection found\n', 1) == (0, 2)


def test_a_target_passed_only_when_it_ran_and_exited_zero():
    log = 'Running mattermost_team integration test role\nPLAY RECAP\n'
    assert runner.target_passed('mattermost_team', log, 0)
    assert not runner.target_passed('mattermost_team', log, 1)
    assert not runner.target_passed('mattermost_team', 'WARNING: All targets skipped.\n', 0)
    assert runner.target_passed('docs_examples', 'Running docs_examples integration test script\n', 0)


def test_ansible_lint_counts_files_and_problems():
    # ansible-lint's closing line (ansiblelint/app.py)
    passed = ('Passed: 0 failure(s), 0 warning(s) in 63 files processed of 70 encountered. '
              "Profile 'production' was required, and it passed.\n")
    assert runner.ansible_lint_counts(passed, 0) == (63, 0)
    failed = 'Failed: 2 failure(s), 1 warning(s) in 63 files processed of 70 encountered.\n'
    assert runner.ansible_lint_counts(failed, 2) == (60, 3)
    assert runner.ansible_lint_counts('Traceback\n', 1) == (0, 2)


def test_galaxy_importer_fails_on_any_warning():
    done = 'Importer processing completed successfully\n'
    assert runner.galaxy_importer_counts(done, 0) == (1, 0)
    assert runner.galaxy_importer_counts('WARNING: no README\n' + done, 0) == (0, 1)
    assert runner.galaxy_importer_counts('Traceback\n', 1) == (0, 1)


# Summary and exit status -------------------------------------------------------------------------

def test_summary_ends_with_the_line_ci_reads():
    lines, status = runner.summary([runner.Result('unit-2.18', 540, 0, 2, 41.5),
                                    runner.Result('sanity-2.18', 24, 0, 0, 300)])
    assert lines[-1] == '564 passed, 0 failed'
    assert status == 0
    assert re.match(r'^unit-2\.18 +540 passed, 0 failed, 2 skipped \(41 s\)$', lines[0])


def test_any_failure_fails_the_run():
    lines, status = runner.summary([runner.Result('unit-2.18', 540, 0), runner.Result('changelog', 0, 1)])
    assert lines[-1] == '540 passed, 1 failed'
    assert status == 1


def test_nothing_run_fails_the_run():
    assert runner.summary([]) == (['0 passed, 1 failed'], 1)


# Targets and their order -------------------------------------------------------------------------

def make_targets(root, aliases):
    for name, text in aliases.items():
        (root / name).mkdir()
        if text is not None:
            (root / name / 'aliases').write_text(text)
    return str(root)


def test_hidden_and_disabled_targets_are_not_run_on_their_own(tmp_path):
    root = make_targets(tmp_path, {
        'setup_users': 'hidden\n', 'broken': 'disabled\n', 'no_aliases': None,
        'mattermost_team': 'context/controller\n',
        'mattermost_config': '# changes settings\ncontext/controller\nserver_wide\n',
    })
    assert runner.integration_targets(root) == {
        'mattermost_config': True, 'mattermost_team': False, 'no_aliases': False}


def test_targets_longest_first_untimed_first_then_by_name(tmp_path):
    for lane, times in {'2.18': {'a': 30, 'b': 90}, '2.21': {'a': 120, 'c': 'garbage'}}.items():
        (tmp_path / lane).mkdir()
        for target, seconds in times.items():
            (tmp_path / lane / target).write_text('%s\n' % seconds)
    seconds = runner.read_timings(str(tmp_path))
    assert seconds == {'a': 120, 'b': 90}
    assert runner.order_targets(['a', 'b', 'c', 'd'], seconds) == ['c', 'd', 'a', 'b']
    assert runner.read_timings(str(tmp_path / 'absent')) == {}


# Locks -------------------------------------------------------------------------------------------

def test_the_same_target_on_the_same_server_waits():
    coordinator = runner.Coordinator()
    assert coordinator.try_take('newest', 'mattermost_team', False)
    assert not coordinator.try_take('newest', 'mattermost_team', False)
    coordinator.release('newest', 'mattermost_team', False)
    assert coordinator.try_take('newest', 'mattermost_team', False)


def test_two_server_wide_targets_on_one_server_never_run_together():
    coordinator = runner.Coordinator()
    assert coordinator.try_take('newest', 'mattermost_config', True)
    assert not coordinator.try_take('newest', 'mattermost_role', True)
    assert coordinator.try_take('newest', 'mattermost_team', False)
    coordinator.release('newest', 'mattermost_config', True)
    assert coordinator.try_take('newest', 'mattermost_role', True)


def test_lanes_on_different_servers_never_block_each_other():
    coordinator = runner.Coordinator()
    assert coordinator.try_take('newest', 'mattermost_config', True)
    assert coordinator.try_take('oldest', 'mattermost_config', True)
    assert coordinator.try_take('oldest', 'mattermost_role', False)
    assert runner.lock_keys('newest', 'x', True).isdisjoint(runner.lock_keys('oldest', 'x', True))


def test_take_next_skips_what_another_lane_holds():
    coordinator = runner.Coordinator()
    wide = {'docs_examples': True, 'mattermost_role': True, 'mattermost_team': False}
    assert coordinator.take_next('newest', list(wide), wide) == 'docs_examples'
    assert coordinator.take_next('newest', ['docs_examples', 'mattermost_role', 'mattermost_team'],
                                 wide) == 'mattermost_team'


def test_take_next_waits_until_a_target_is_released():
    coordinator = runner.Coordinator()
    wide = {'mattermost_config': True, 'mattermost_role': True}
    coordinator.try_take('newest', 'mattermost_config', True)
    taken = []
    waiter = threading.Thread(target=lambda: taken.append(coordinator.take_next('newest', ['mattermost_role'], wide)))
    waiter.start()
    waiter.join(0.3)
    assert waiter.is_alive() and not taken
    coordinator.release('newest', 'mattermost_config', True)
    waiter.join(5)
    assert taken == ['mattermost_role']


def test_integration_waits_for_the_server_tests_on_its_own_server_only():
    coordinator = runner.Coordinator({'newest': 1})
    coordinator.wait_for_server_tests('oldest')  # returns at once
    waiter = threading.Thread(target=coordinator.wait_for_server_tests, args=('newest',))
    waiter.start()
    waiter.join(0.3)
    assert waiter.is_alive()
    coordinator.server_tests_done('newest')
    waiter.join(5)
    assert not waiter.is_alive()


# Lanes and plans ---------------------------------------------------------------------------------

def test_each_lane_tests_the_ansible_core_its_requirements_install():
    assert len({lane.name for lane in runner.LANES}) == len(runner.LANES)
    for lane in runner.LANES:
        with open(os.path.join(COLLECTION, lane.requirements)) as handle:
            pins = re.findall(r'^ansible-core>=([0-9.]+),<', handle.read(), re.M)
        assert pins == [lane.name]
        assert lane.server_config.endswith('tests/integration/integration_config.%s.yml' % lane.server)


def test_one_lane_runs_the_server_tests_and_the_release_checks():
    assert [lane.name for lane in runner.LANES if lane.server_tests] == ['2.18']
    # The server tests restart the server with scripts/server.sh, which only the host has.
    assert all(lane.place == runner.HOST for lane in runner.LANES if lane.server_tests)
    assert [lane.name for lane in runner.LANES if lane.release_checks] == ['2.18']


HOST = runner.Lane('2.18', runner.HOST, '3.11', 'oldest', 'r.txt', server_tests=('oldest', 'newest'),
                   release_checks=True, images=True)
ROOT = runner.Lane('2.21', runner.DEBIAN, '3.13', 'newest', 'r.txt')


def test_plan_all():
    assert runner.plan([HOST, ROOT], ['all']) == [
        (HOST, ['unit', 'server', 'installed-unit', 'installed-server', 'sanity', 'integration', 'images',
                'ansible-lint', 'changelog', 'galaxy-importer']),
        (ROOT, ['unit', 'installed-unit', 'installed-server', 'sanity', 'integration'])]


def test_plan_groups_and_single_stages():
    assert runner.plan([HOST, ROOT], ['lint']) == [(HOST, ['ansible-lint', 'changelog', 'galaxy-importer'])]
    assert runner.plan([HOST, ROOT], ['unit']) == [(HOST, ['unit']), (ROOT, ['unit'])]
    assert runner.plan([ROOT], ['server', 'integration']) == [(ROOT, ['integration'])]
    assert runner.plan([ROOT], ['changelog']) == []
    assert runner.plan([HOST, ROOT], ['images']) == [(HOST, ['images'])]


def test_named_targets_leave_out_the_server_tests_and_the_images():
    assert runner.plan([HOST], ['server', 'integration'], targets_given=True) == [(HOST, ['integration'])]
    assert 'images' not in runner.plan([HOST], ['all'], targets_given=True)[0][1]
    assert runner.plan([HOST], ['all'], targets_given=True)[0][1][:3] == ['unit', 'installed-unit', 'sanity']


def test_the_images_are_checked_by_a_host_lane_only():
    # podman and the images' cache are the host's; the lane's own server is free once its targets are done.
    assert [(lane.name, lane.place) for lane in runner.LANES if lane.images] == [('2.18', runner.HOST)]


def test_images_count_the_checks_that_passed():
    log = '''images: localhost/chatops-mattermost/ee:latest built in 4s, 899 MB
images: EE: the credential type injects MATTERMOST_URL MATTERMOST_TOKEN MATTERMOST_LOGIN_ID MATTERMOST_PASSWORD
images: EE: demo.yml first run passed in 21s: localhost : ok=6 changed=3 unreachable=0
images: EE: demo.yml second run passed in 15s: localhost : ok=6 changed=0 unreachable=0
images: DE: rulebook checked in 40s
'''
    assert runner.images_counts(log, 0) == (3, 0)
    assert runner.images_counts(log.rsplit('images: DE', 1)[0] + 'images: DE: the rulebook did not answer\n', 1) == (2, 1)
    assert runner.images_counts('images: building localhost/chatops-mattermost/ee:latest failed\n', 1) == (0, 1)
    # A run that says nothing it checked is no pass.
    assert runner.images_counts('', 0) == (0, 1)


def test_the_images_stage_checks_against_the_lanes_server(tmp_path):
    lane_run = runner.LaneRun(types.SimpleNamespace(out=str(tmp_path)), HOST, ['images'], stream=False)
    lane_run._log = open(os.devnull, 'w')
    calls = []

    def call(argv, log, env=None, **keywords):
        calls.append((argv, env))
        with open(log, 'w') as handle:
            handle.write('images: EE: demo.yml first run passed in 20s: localhost : ok=6 changed=3\n')
        return 1
    lane_run.call = call
    result = lane_run.stage_images()
    assert calls == [(['bash', 'scripts/images.sh', 'check'], {'MATTERMOST_INTEGRATION_CONFIG': HOST.server_config})]
    assert (result.name, result.passed, result.failed) == ('images-2.18', 1, 1)


def test_the_installed_driver_runs_against_the_lanes_server_after_its_server_tests():
    waited = []
    coordinator = types.SimpleNamespace(wait_for_server_tests=waited.append)
    run = types.SimpleNamespace(coordinator=coordinator)
    for lane, skipped in ((HOST, False), (ROOT, True)):
        lane_run = runner.LaneRun(run, lane, [], stream=False)
        calls = []
        lane_run.pytest = lambda name, *arguments, env=None: calls.append((name, arguments, env))
        lane_run.stage_installed_server()
        (name, arguments, env), = calls
        assert name == 'installed-server-' + lane.name
        assert arguments[:2] == ('-p', 'tests.utils.installed_driver')
        assert arguments[-len(runner.INSTALLED_SERVER):] == runner.INSTALLED_SERVER
        assert ('--deselect' in arguments) is skipped
        assert env == {'MATTERMOST_INTEGRATION_CONFIG': lane.server_config}
    assert waited == ['oldest', 'newest']


def test_a_lane_in_the_debian_root_runs_there_with_its_virtualenv():
    lane_run = runner.LaneRun(None, ROOT, [], stream=False)
    argv, keywords = lane_run.command(['python', '-m', 'pytest'], cwd='/somewhere', env={'A': 'b'})
    assert argv[:4] == ['bash', os.path.join(runner.REPO, 'scripts', 'chroot.sh'), 'run', 'env']
    assert argv[4] == 'PATH=%s/bin:/usr/local/bin:/usr/bin:/bin' % runner.DEBIAN_VENV
    assert argv[5] == 'A=b'
    assert argv[-5:] == ['cd "$0" && exec "$@"', '/somewhere', 'python', '-m', 'pytest']
    assert keywords == {}


def test_a_host_lane_runs_with_the_checkouts_virtualenv_first():
    argv, keywords = runner.LaneRun(None, HOST, [], stream=False).command(['pytest'], cwd='/x', env={'A': 'b'})
    assert argv == ['pytest']
    assert keywords['cwd'] == '/x'
    assert keywords['env']['A'] == 'b'
    assert keywords['env']['PATH'].startswith(os.path.join(runner.REPO, '.venv', 'bin') + os.pathsep)


# The whole run, with its stages replaced ---------------------------------------------------------

@pytest.fixture
def fake_run(monkeypatch, tmp_path):
    """main() with lanes that need no setup and stages that return what the test says."""
    monkeypatch.setattr(runner, 'REPO', str(tmp_path))
    (tmp_path / 'tests' / 'integration' / 'targets' / 'mattermost_team').mkdir(parents=True)
    monkeypatch.setattr(runner, 'LANES', (HOST, ROOT))
    monkeypatch.setattr(runner.LaneRun, 'setup', lambda self, log: None)
    monkeypatch.setenv('MATTERMOST_CACHE', str(tmp_path / 'cache'))
    outcomes = {}

    def stage(name):
        def run_stage(self):
            passed, failed = outcomes.get((self.lane.name, name), (1, 0))
            log = os.path.join(self.run.out, '%s-%s.log' % (name, self.lane.name))
            with open(log, 'w') as handle:
                handle.write('FAILED tests/unit/test_x.py::test_y - AssertionError\n' if failed else 'ok\n')
            return runner.Result('%s-%s' % (name, self.lane.name), passed, failed,
                                 reasons=[(name, 'pytest', log)])
        return run_stage
    for name in ('unit', 'sanity'):
        monkeypatch.setattr(runner.LaneRun, 'stage_' + name, stage(name))
    return outcomes


def test_a_run_that_passes_exits_zero(fake_run, capsys):
    fake_run[('2.18', 'unit')] = (540, 0)
    assert runner.main(['unit', 'sanity']) == 0
    out = capsys.readouterr().out
    assert out.rstrip().splitlines()[-1] == '543 passed, 0 failed'
    assert 'why' not in out


def test_a_failure_in_any_lane_exits_one_and_says_why_at_the_end(fake_run, capsys):
    fake_run[('2.21', 'sanity')] = (23, 1)
    assert runner.main(['unit', 'sanity']) == 1
    out = capsys.readouterr().out
    assert out.rstrip().splitlines()[-1] == '26 passed, 1 failed'
    why = out.index('=== why sanity-2.21 failed')
    assert out.index('FAILED tests/unit/test_x.py::test_y', why) < out.index('=== summary')


def test_a_lane_that_cannot_be_set_up_fails_and_frees_the_others(fake_run, monkeypatch, capsys):
    monkeypatch.setattr(runner.LaneRun, 'setup',
                        lambda self, log: 'no root' if self.lane.place == runner.DEBIAN else None)
    assert runner.main(['unit']) == 1
    assert re.search(r'^setup-2\.21 +0 passed, 1 failed', capsys.readouterr().out, re.M)


def test_an_unknown_target_is_refused(fake_run):
    with pytest.raises(SystemExit, match='no such integration target: nope'):
        runner.main(['integration', '--target', 'nope'])


def test_a_stage_that_breaks_is_a_failed_stage_with_its_traceback(fake_run, monkeypatch, capsys):
    def broken(self):
        raise IndexError('no tarball')
    monkeypatch.setattr(runner.LaneRun, 'stage_unit', broken)
    assert runner.main(['unit', 'sanity', '--lane', '2.18']) == 1
    out = capsys.readouterr().out
    assert re.search(r'^unit-2\.18 +0 passed, 1 failed', out, re.M)
    assert re.search(r'^sanity-2\.18 +1 passed, 0 failed', out, re.M)
    assert "IndexError: no tarball" in out[out.index('=== why unit-2.18 failed'):]


def test_the_server_tests_run_once_per_server_and_free_each_servers_lanes(fake_run, monkeypatch, capsys):
    tested = []

    def server_tests(self, server):
        tested.append(server)
        return runner.Result('server-' + server, 27, 0)

    def integration(self):
        # Returns only once the server tests on this lane's server are done (else the test hangs).
        self.run.coordinator.wait_for_server_tests(self.lane.server)
        assert self.lane.server in tested
        return runner.Result('integration-' + self.lane.name, 22, 0)
    monkeypatch.setattr(runner.LaneRun, 'server_tests', server_tests)
    monkeypatch.setattr(runner.LaneRun, 'stage_integration', integration)
    monkeypatch.setattr(runner, 'build_plugin_bundles', lambda cache: True)
    assert runner.main(['server', 'integration']) == 0
    assert tested == ['oldest', 'newest']
    out = capsys.readouterr().out
    assert re.search(r'^server-oldest +27 passed', out, re.M) and re.search(r'^server-newest +27 passed', out, re.M)
    assert out.rstrip().splitlines()[-1] == '98 passed, 0 failed'
