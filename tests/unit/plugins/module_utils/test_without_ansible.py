# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""The shared code of the callback plugin and event sources imports nothing from Ansible."""

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import os
import subprocess
import sys

import pytest

from ansible_collections.chatops.mattermost.plugins.module_utils import _lookup

COLLECTION = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(_lookup.__file__))))

# In a fresh interpreter where `import ansible` fails: the collection made importable as conftest.py does.
IMPORT_WITHOUT_ANSIBLE = '''
import importlib, sys, types
sys.modules['ansible'] = None
for name, path in (('ansible_collections', []), ('ansible_collections.chatops', []),
                   ('ansible_collections.chatops.mattermost', [sys.argv[1]])):
    sys.modules[name] = module = types.ModuleType(name)
    module.__path__ = path
importlib.import_module('ansible_collections.chatops.mattermost.plugins.module_utils.' + sys.argv[2])
'''


@pytest.mark.parametrize('name', ['_lookup', '_naming', '_errors', '_chat.posts', '_chat.post_key', '_chat.events', '_chat.poster',
                                  '_raw_request', '_driver_options'])
def test_imports_without_ansible(name):
    completed = subprocess.run([sys.executable, '-c', IMPORT_WITHOUT_ANSIBLE, COLLECTION, name],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, universal_newlines=True, check=False)
    assert completed.returncode == 0, completed.stdout
