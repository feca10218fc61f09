# Copyright: chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""The Makefile's targets: each one declared runs something of its own (none prints "Nothing to be
done" while a contributor believes it passed), and `make help` lists every one."""
from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import os
import re
import subprocess

import pytest

COLLECTION = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
MAKEFILE = os.path.join(COLLECTION, 'Makefile')


def phony_targets():
    with open(MAKEFILE) as handle:
        text = handle.read()
    targets = []
    for line in re.findall(r'^\.PHONY:(.*(?:\\\n.*)*)', text, re.M):
        targets += line.replace('\\\n', ' ').split()
    return targets


def dry_run(*arguments):
    """`make -n` in the checkout: what would run, without running it."""
    done = subprocess.run(['make', '--no-print-directory', '-C', COLLECTION, '-n'] + list(arguments),
                          capture_output=True, text=True, check=False)
    return done.returncode, done.stdout, done.stderr


def test_the_makefile_declares_the_targets_a_contributor_runs():
    assert {'help', 'test', 'unit', 'sanity', 'integration', 'lint', 'demo'} <= set(phony_targets())


@pytest.mark.parametrize('target', phony_targets())
def test_a_declared_target_runs_something_of_its_own(target):
    # -B remakes every file the target needs; -o keeps the other declared targets out, so what is
    # printed is this target's own recipe (or that of the files it is made of, as for venv).
    others = [option for other in phony_targets() if other != target for option in ('-o', other)]
    status, out, err = dry_run('-B', *others, target)
    assert status == 0, err
    # make says "make: Nothing to be done for 'x'." on its standard output; a comment runs nothing.
    commands = [line for line in out.splitlines()
                if line.strip() and not line.lstrip().startswith('#') and not re.match(r'make(\[\d+\])?: ', line)]
    assert commands, 'make %s has nothing to run: %s' % (target, out + err)


def test_the_test_targets_call_the_runner_with_their_stages():
    expected = {'test': '', 'unit': ' unit', 'sanity': ' sanity', 'integration': ' server integration',
                'lint': ' lint'}
    others = [option for other in phony_targets() for option in ('-o', other) if other not in expected]
    for target, stages in expected.items():
        status, out, err = dry_run(*others, target, 'LANE=2.21', 'TARGET=mattermost_team eda_events')
        assert status == 0, err
        assert out.strip().endswith(
            'tests/utils/runner.py --lane 2.21 --target mattermost_team --target eda_events' + stages), out


def test_help_lists_every_declared_target():
    done = subprocess.run(['make', '--no-print-directory', '-s', '-C', COLLECTION, 'help'],
                          capture_output=True, text=True, check=True)
    listed = set(re.findall(r'^make ([a-z-]+)', done.stdout, re.M))
    assert listed == set(phony_targets())
