# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""What the package adds for Python users stays out of the Ansible modules' payload: Ansible's
packaging follows the driver's imports (ModuleDepFinder), and none of them reaches reference.py
(the reference's prose) or versions.py, which endpoints.optional_module loads by name."""

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import ast
import os

from ansible.executor.module_common import ModuleDepFinder

DRIVER = os.path.join(os.path.dirname(os.path.abspath(__file__)), *[os.pardir] * 5, 'plugins', 'module_utils', 'driver')
PACKAGE = 'ansible_collections.chatops.mattermost.plugins.module_utils.driver'


def shipped_modules():
    """The driver's modules that a module importing the driver package gets in its payload."""
    shipped, pending = set(), ['__init__']
    while pending:
        name = pending.pop()
        if name in shipped or not os.path.exists(os.path.join(DRIVER, name + '.py')):
            continue
        shipped.add(name)
        with open(os.path.join(DRIVER, name + '.py')) as stream:
            tree = ast.parse(stream.read())
        fqn = PACKAGE if name == '__init__' else PACKAGE + '.' + name
        finder = ModuleDepFinder(fqn, tree, is_pkg_init=name == '__init__')
        for imported in finder.submodules:
            parts = list(imported)
            if parts[:6] == PACKAGE.split('.') and len(parts) > 6:
                pending.append(parts[6])
    return shipped


def test_the_reference_and_the_version_errors_are_not_shipped_to_modules():
    shipped = shipped_modules()
    assert {'__init__', 'driver', 'client', 'endpoints', 'operations', 'websocket', 'exceptions'} <= shipped
    assert not shipped & {'reference', 'versions'}
