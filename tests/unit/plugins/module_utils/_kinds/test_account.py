# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""The checks shared by the user, bot and access token modules: the server's rules, without a server."""

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import pytest

from ansible_collections.chatops.mattermost.plugins.module_utils._kinds.account import channel_keys, channels_problems, sanitized
from ansible_collections.chatops.mattermost.plugins.module_utils._naming import roles_problems, system_roles, username_problems


@pytest.mark.parametrize('name', ['a', 'alice', 'alice.b', 'a-b_c', '0', 'x' * 64])
def test_valid_usernames(name):
    assert username_problems(name) == []


@pytest.mark.parametrize('name', ['', 'with space', 'caf\u00e9', 'a@b', 'x' * 65, 'Alice'])
def test_invalid_usernames(name):
    assert 'is not a valid username' in username_problems(name)[0]


@pytest.mark.parametrize('name', ['all', 'channel', 'matterbot', 'system'])
def test_reserved_usernames(name):
    assert username_problems(name, 'owner') == ["owner %r is a name the server reserves (all, channel, matterbot, system)" % name]


def test_system_roles_adds_system_user_unless_a_base_role_is_there():
    assert system_roles(None) == ['system_user']
    assert system_roles([]) == ['system_user']
    assert system_roles(['system_post_all']) == ['system_post_all', 'system_user']
    assert system_roles('system_admin system_user') == ['system_admin', 'system_user']
    assert system_roles(['system_guest']) == ['system_guest']


def test_roles_problems():
    assert roles_problems(None) == []
    assert roles_problems(['system_admin', 'system_post_all']) == []
    assert roles_problems(['System Admin']) == ["roles: 'System Admin' is not a role name (lowercase letters, digits and underscores)"]
    assert 'at most 256 characters' in roles_problems(['r%02d_%s' % (i, 'x' * 20) for i in range(12)])[0]


def test_channels_as_strings_and_dicts():
    assert channel_keys(['Ops/Incidents', {'team': 'ops', 'name': 'deploys'}, 'ops/incidents']) == [
        'ops/deploys', 'ops/incidents']
    assert channels_problems(['ops/incidents', {'team': 'ops', 'name': 'deploys'}]) == []
    for bad in (['ops'], ['a/b/c'], ['/x'], [{'team': 'ops'}], [{'team': 'ops', 'name': ''}], [{'team': 'o', 'name': 'n', 'x': 1}], [3]):
        assert channels_problems(bad) != []


def test_sanitized_drops_secrets():
    assert sanitized({'id': 'u1', 'password': 'x', 'mfa_secret': 'y', 'mfa_used_timestamps': [1]}) == {'id': 'u1'}
    assert sanitized(None) == {}
