# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""The server's rules for names (_naming.py), and the kinds' problems named by their path."""

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import pytest

from ansible_collections.chatops.mattermost.plugins.module_utils._kinds.channel import Channel
from ansible_collections.chatops.mattermost.plugins.module_utils._naming import (
    channel_name_problems, did_you_mean, nearest, team_name_problems,
)
from ansible_collections.chatops.mattermost.plugins.module_utils._kinds.team import Team


@pytest.mark.parametrize('name', ['ab', 'ops', 'a-b', 'a__b', 'x' * 64, 'team2'])
def test_valid_team_names(name):
    assert team_name_problems(name) == []


@pytest.mark.parametrize('name', ['a', 'Ops', '-ops', 'ops-', 'o p', 'x' * 65, 'a_b'])
def test_invalid_team_names(name):
    assert 'is not a valid team name' in team_name_problems(name)[0]


def test_reserved_team_name_prefixes_only_when_asked():
    assert team_name_problems('api-team', 'teams[0].name') == [
        "teams[0].name 'api-team' starts with a word the server reserves (api)"]
    assert team_name_problems('api-team', reserved=False) == []


@pytest.mark.parametrize('name, problem', [
    ('ops_x', None), ('a', None), ('Ops', 'is not a valid channel name'), ('_a', 'is not a valid channel name'),
    ('a' * 26 + '__' + 'b' * 26, 'direct or group message channel'), ('f' * 40, 'direct or group message channel'),
])
def test_channel_names(name, problem):
    problems = channel_name_problems(name)
    assert (problems == []) if problem is None else (problem in problems[0])


def test_team_problems_by_path():
    params = Team.complete(dict(name='Bad Team', display_name='', description='x' * 256))
    assert Team.problems(params, prefix='teams[1]') == [
        "teams[1].name 'Bad Team' is not a valid team name: 2 to 64 lowercase letters, digits and hyphens, starting and "
        "ending with a letter or a digit",
        'teams[1].display_name must have 1 to 64 characters',
        'teams[1].description must have at most 255 bytes']


def test_channel_problems_by_path():
    params = Channel.complete(dict(team='ops', name='Deploys', purpose='x' * 251, id='nope'))
    assert Channel.problems(params, prefix='teams[1].channels[3]') == [
        "teams[1].channels[3].name 'Deploys' is not a valid channel name: 1 to 64 lowercase letters, digits, hyphens "
        "and underscores, starting with a letter or a digit",
        'teams[1].channels[3].purpose must have at most 250 characters',
        "teams[1].channels[3].id 'nope' is not a Mattermost id (26 lowercase letters and digits)"]


def test_nearest_names_ignore_case():
    names = ['TeamSettings.MaxChannelsPerTeam', 'TeamSettings.MaxUsersPerTeam', 'ServiceSettings.SiteURL']
    assert nearest('teamsettings.maxchannelsperteam', names)[0] == 'TeamSettings.MaxChannelsPerTeam'
    assert nearest('Nothing.Alike', names) == []


def test_did_you_mean_names_the_close_names_or_nothing():
    names = ['TeamSettings.MaxChannelsPerTeam', 'TeamSettings.MaxUsersPerTeam', 'ServiceSettings.SiteURL']
    assert did_you_mean('TeamSettings.MaxUserPerTeam', names) == (
        ' (did you mean TeamSettings.MaxUsersPerTeam or TeamSettings.MaxChannelsPerTeam?)')
    assert did_you_mean('Nothing.Alike', names) == ''
