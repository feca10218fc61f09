# Copyright: chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""The repository's own scripts run as their usage lines say (`scripts/images.sh build`), not only as
`bash scripts/images.sh build`: a file that starts with a shebang is executable."""
from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import os
import stat

import pytest

COLLECTION = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
# What a contributor runs from a checkout; the integration targets' runme.sh are ansible-test's (its own
# sanity test checks them).
PLACES = ('.ci', 'scripts', os.path.join('tests', 'utils'))


def scripts_with_a_shebang():
    found = []
    for place in PLACES:
        folder = os.path.join(COLLECTION, place)
        for name in sorted(os.listdir(folder)):
            path = os.path.join(folder, name)
            if os.path.isfile(path):
                with open(path, 'rb') as handle:
                    if handle.read(2) == b'#!':
                        found.append(os.path.join(place, name))
    return found


def test_the_scripts_are_found():
    assert {'.ci/run', 'scripts/server.sh', 'scripts/images.sh'} <= set(scripts_with_a_shebang())


@pytest.mark.parametrize('script', scripts_with_a_shebang())
def test_a_script_with_a_shebang_is_executable(script):
    mode = os.stat(os.path.join(COLLECTION, script)).st_mode
    assert mode & stat.S_IXUSR, '%s starts with #! but is not executable (git update-index --chmod=+x %s)' % (script, script)
