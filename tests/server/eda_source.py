# Copyright: chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""The event source plugin, loaded as ansible-rulebook loads it (runpy); conftest.py makes this checkout
importable as ansible_collections.chatops.mattermost, the name the plugin imports the collection by."""
from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import os
import runpy
import types

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PLUGIN = os.path.join(REPO, 'extensions', 'eda', 'plugins', 'event_source', 'events.py')


def load_source():
    """The plugin's globals, as runpy.run_path gives them to ansible-rulebook."""
    return types.SimpleNamespace(**runpy.run_path(PLUGIN))
