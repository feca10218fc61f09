# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""meta/runtime.yml: every module is in the action group `mattermost`, so that
module_defaults: {group/chatops.mattermost.mattermost: {url: ..., token: ...}} reaches it."""

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import os

import yaml

COLLECTION = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
MODULES = os.path.join(COLLECTION, 'plugins', 'modules')
GROUP = 'mattermost'


def module_names():
    return sorted(name[:-len('.py')] for name in os.listdir(MODULES)
                  if name.endswith('.py') and not name.startswith('_'))


def group_members():
    with open(os.path.join(COLLECTION, 'meta', 'runtime.yml')) as runtime:
        groups = yaml.safe_load(runtime).get('action_groups') or {}
    # Entries may be short names or FQCNs; a group may also include another group as metadata.
    return [entry.rsplit('.', 1)[-1] for entry in groups.get(GROUP) or [] if isinstance(entry, str)]


def test_there_are_modules():
    assert module_names(), 'no module found in %s' % MODULES


def test_every_module_is_in_the_action_group():
    missing = sorted(set(module_names()) - set(group_members()))
    assert not missing, 'add these modules to action_groups.%s in meta/runtime.yml: %s' % (GROUP, ', '.join(missing))


def test_the_action_group_names_only_modules_that_exist():
    unknown = sorted(set(group_members()) - set(module_names()))
    assert not unknown, 'action_groups.%s in meta/runtime.yml names modules that do not exist: %s' % (
        GROUP, ', '.join(unknown))


def test_the_action_group_has_no_duplicates():
    members = group_members()
    assert len(members) == len(set(members))
