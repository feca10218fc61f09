# Copyright: chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""The event source plugin, loaded as ansible-rulebook loads it (runpy), with this checkout importable
as ansible_collections.chatops.mattermost (the plugin imports the collection's module_utils by that name)."""
from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import importlib
import os
import runpy
import sys
import types

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PLUGIN = os.path.join(REPO, 'extensions', 'eda', 'plugins', 'event_source', 'events.py')

try:
    importlib.import_module('ansible_collections.chatops.mattermost.plugins')
except ImportError:
    for _name, _path in (('ansible_collections', []), ('ansible_collections.chatops', []),
                         ('ansible_collections.chatops.mattermost', [REPO])):
        _module = sys.modules.setdefault(_name, types.ModuleType(_name))
        _module.__path__ = list(getattr(_module, '__path__', [])) + _path


def load_source():
    """The plugin's globals, as runpy.run_path gives them to ansible-rulebook."""
    return types.SimpleNamespace(**runpy.run_path(PLUGIN))
