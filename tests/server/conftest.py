# Copyright: chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""Fixtures for tests that talk to the real Mattermost server started by `make server`."""
from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import json
import os
import sys
import uuid

import pytest

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CONFIG = os.path.join(REPO, "tests", "integration", "integration_config.yml")

# The driver is imported from the working tree, the way people use it on its own.
sys.path.insert(0, os.path.join(REPO, "plugins", "module_utils"))


@pytest.fixture(scope="session")
def server():
    """Connection settings written by scripts/bootstrap_server.py (JSON, which is YAML)."""
    if not os.path.exists(CONFIG):
        pytest.fail("no %s: run `make server` first" % CONFIG)
    with open(CONFIG) as handle:
        return json.load(handle)


@pytest.fixture
def unique():
    """A short unique suffix for names, so tests never collide with earlier runs' objects."""
    return uuid.uuid4().hex[:10]
