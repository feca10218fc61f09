# Copyright: chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""Make this checkout importable as `ansible_collections.chatops.mattermost` for plain pytest.

Under ansible-test, or with the collection in a collections path, the name imports already.
"""
from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import importlib
import os
import sys
import types

try:
    importlib.import_module('ansible_collections.chatops.mattermost.plugins')
except ImportError:
    _REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    for _name, _path in (('ansible_collections', []), ('ansible_collections.chatops', []),
                         ('ansible_collections.chatops.mattermost', [_REPO])):
        _module = sys.modules.setdefault(_name, types.ModuleType(_name))
        _module.__path__ = list(getattr(_module, '__path__', [])) + _path

# Run against the installed package (tests/utils/installed_driver.py), not the checkout's driver folder.
if os.environ.get('CHATOPS_DRIVER_INSTALLED'):
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), 'utils'))
    import installed_driver  # noqa: E402  pylint: disable=wrong-import-position
    installed_driver.alias('ansible_collections.chatops.mattermost.plugins.module_utils.driver')
