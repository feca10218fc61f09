# Copyright: chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""tests/server/seed_program.py, written for mattermostdriver 7.3.2, runs unchanged with the
compatibility package (compat/ on top of the driver folder) against the real server, as it does
with mattermostdriver 7.3.2 itself (installed in the test virtualenv)."""
from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import json
import os
import subprocess
import sys

import pytest

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PROGRAM = os.path.join(REPO, "tests", "server", "seed_program.py")


def compat_path(tmp_path):
    """sys.path entries where `mattermostdriver` is the compatibility package and
    `chatops_mattermost_driver` the driver folder, as their two distributions install them. With
    CHATOPS_DRIVER_INSTALLED set (the installed-wheel stage of make test), the installed ones are used."""
    if os.environ.get("CHATOPS_DRIVER_INSTALLED"):
        return ""
    (tmp_path / "chatops_mattermost_driver").symlink_to(os.path.join(REPO, "plugins", "module_utils", "driver"))
    return os.pathsep.join([os.path.join(REPO, "compat"), str(tmp_path)])


# Installed (tests/utils/installed_driver.py), `mattermostdriver` is ours: there is no 7.3.2 to compare with.
@pytest.mark.parametrize("which", ["ours"] + ([] if os.environ.get("CHATOPS_DRIVER_INSTALLED") else ["mattermostdriver 7.3.2"]))
def test_a_seed_program_subclassing_and_replacing_connect_receives_its_post(which, server, admin, place, tmp_path):
    if which != "ours":
        import mattermostdriver  # 7.3.2, a test requirement
        assert not hasattr(mattermostdriver.Driver, "events"), "expected mattermostdriver 7.3.2, not ours"
    env = dict(os.environ, PYTHONPATH=compat_path(tmp_path) if which == "ours" else "")
    result = subprocess.run([sys.executable, PROGRAM, server["mattermost_url"], server["mattermost_token"],
                             place.channel["id"]], env=env, capture_output=True, text=True, timeout=90, check=False)
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.splitlines()[-1])
    me = admin.users.get_user("me")
    if which == "ours":
        assert "chatops_mattermost_driver" in seen["driver"] or "module_utils/driver" in seen["driver"], seen
    else:
        assert seen["driver"].endswith(os.path.join("mattermostdriver", "driver.py")), seen
    assert seen["me"] == me["username"] and seen["userid_matches"], seen
    # The overridden property and its subclassed group were used, by login() and by the program.
    assert seen["users_calls"] == 2, seen
    assert seen["events"][0] == "hello", seen
    assert seen["events"][-1] == "posted", seen
    assert (seen["posted_channel"], seen["posted_by"]) == (place.channel["id"], me["id"]), seen
