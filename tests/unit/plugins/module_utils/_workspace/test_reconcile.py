# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""mattermost_workspace's checks before any request, its plan's wording, a worker's driver, and its work
with a mocked API in check mode; the writes are tested against the server
(tests/integration/targets/mattermost_workspace)."""

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import pytest

from ansible_collections.chatops.mattermost.plugins.module_utils._errors import InvalidInput
from ansible_collections.chatops.mattermost.plugins.module_utils._kinds.team import Team
from ansible_collections.chatops.mattermost.plugins.module_utils._kinds.user import User
from ansible_collections.chatops.mattermost.plugins.module_utils._workspace.reconcile import (
    Item, Plan, Workspace, ensure_workspace, worker_driver,
)
from ansible_collections.chatops.mattermost.plugins.module_utils.driver import Driver

MOCKED_API = 'https://chat.example.com:443/api/v4'  # where conftest.py's make_task sends


def workspace(**params):
    return Workspace(dict(dict(users=None, bots=None, teams=None, prune=[], workers=4), **params))


def test_every_problem_is_listed_with_its_path():
    problems = workspace(
        users=[{'username': 'ok', 'email': 'ok@example.com'}, {'username': 'Bad Name!', 'email': 'nope'}],
        bots=[{'username': 'ok'}],
        teams=[{'name': 'good', 'channels': [{'name': 'fine'}, {'name': '', 'display_name': ''}, {'name': 'fine'}]},
               {'name': 'x'}, {'name': 'good'}],
        workers=0,
    ).problems
    text = '\n'.join(problems)
    assert 'users[1].username' in text
    assert 'users[1].email' in text
    assert 'bots[0].username: ok is also users[0]' in text
    assert 'teams[0].channels[1].name' in text
    assert 'teams[0].channels[1].display_name' in text
    assert 'teams[0].channels[2].name: channel fine is also teams[0].channels[0]' in text
    assert 'teams[1].name' in text
    assert 'teams[2].name: team good is also teams[0]' in text
    assert 'workers must be at least 1' in text


def test_accounts_teams_and_channels_must_be_listed():
    problems = workspace(
        bots=[{'username': 'deploy-bot', 'teams': ['elsewhere'], 'channels': ['platform/nowhere']}],
        teams=[{'name': 'platform'}],
    ).problems
    assert problems == [
        'bots[0].teams: team elsewhere is not listed in teams: list it there',
        'bots[0].channels: channel platform/nowhere is not listed in teams[].channels: list it there',
    ]


def test_accounts_teams_become_members():
    ws = workspace(users=[{'username': 'alice', 'teams': ['platform'], 'channels': ['platform/deploys']}],
                   teams=[{'name': 'platform', 'members': ['bob'], 'channels': [{'name': 'deploys'}]}])
    assert ws.problems == []
    assert ws.wanted_members(ws.teams[0], 'platform') == {'alice', 'bob'}
    assert ws.wanted_members(ws.channels[0], ('platform', 'deploys')) == {'alice'}
    assert ws.users[0].params['teams'] is None  # the User itself does not join: the memberships do


def test_plan_entries_actions_and_messages():
    plan = Plan()
    plan.add(Item(Team, 'platform', 'teams[0]', {}), {'diff': {
        'before': {'state': 'absent'}, 'after': {'state': 'present', 'name': 'platform', 'type': 'open'}}})
    plan.add(Item(Team, 'platform', 'teams[0]', {}), {'diff': {
        'before': {'state': 'present', 'members': ['a']}, 'after': {'state': 'present', 'members': ['a', 'b']}}})
    plan.add(Item(User, 'bob', 'users[0]', {}), {'diff': {
        'before': {'state': 'deactivated', 'email': 'b@x.org'}, 'after': {'state': 'present', 'email': 'b@x.org'}}})
    plan.add(Item(User, 'carol', 'prune', {}), {'diff': {
        'before': {'state': 'present'}, 'after': {'state': 'deactivated'}}})
    plan.add(Item(User, 'dave', 'users[1]', {}), {'diff': {
        'before': {'state': 'present'}, 'after': {'state': 'present', 'password': '(not shown)'}}})
    assert plan.entries == [
        {'kind': 'team', 'name': 'platform', 'action': 'create', 'changes': ['members', 'name', 'type']},
        {'kind': 'user', 'name': 'bob', 'action': 'restore', 'changes': []},
        {'kind': 'user', 'name': 'carol', 'action': 'archive', 'changes': []},
        {'kind': 'user', 'name': 'dave', 'action': 'change', 'changes': ['password']},
    ]
    summary = plan.summary()
    assert (summary['create'], summary['change'], summary['restore'], summary['archive']) == (1, 1, 1, 1)
    assert summary['by_kind']['user'] == {'restore': ['bob'], 'archive': ['carol'], 'change': ['dave']}
    assert plan.message(planned=True) == 'Plan: 1 to create, 1 to change, 1 to restore, 1 to archive.'
    assert plan.message(planned=False) == 'Applied: 1 created, 1 changed, 1 restored, 1 archived.'
    assert [diff['before_header'] for diff in plan.diffs] == ['team platform', 'team platform', 'user bob', 'user carol',
                                                              'user dave']


def test_a_worker_driver_shares_the_login_without_a_request():
    driver = Driver({'url': 'http://chat.example.com', 'login_id': 'admin', 'password': 'secret'})
    driver.client.token = 'session-token'
    driver.client.userid = 'i' * 26
    driver.client.username = 'admin'
    driver.user = {'id': 'i' * 26, 'username': 'admin'}
    worker = worker_driver(driver)
    assert worker.client is not driver.client and worker.client.session is not driver.client.session
    assert (worker.client.token, worker.client.userid, worker.client.username) == ('session-token', 'i' * 26, 'admin')
    assert worker.user is driver.user
    assert worker.options['password'] is None


# mattermost_workspace's work, run with a Task whose driver sends to a mocked API (conftest.py).

WORKSPACE_OPTIONS = dict(users=None, bots=None, teams=None, prune=[], workers=1)


def test_ensure_workspace_lists_every_problem_before_any_request(make_task, sent):
    with pytest.raises(InvalidInput) as error:
        ensure_workspace(make_task(dict(WORKSPACE_OPTIONS, teams=[{'name': 'x'}, {'name': 'ok', 'channels': [{'name': ''}]}])))
    assert [problem.split(' ')[0] for problem in error.value.problems] == ['teams[0].name', 'teams[1].channels[0].name']
    assert sent() == []


def test_ensure_workspace_in_check_mode_reads_in_bulk_and_writes_nothing(api, make_task, sent):
    api.get(MOCKED_API + '/teams', json=dict(teams=[], total_count=0))
    api.get(MOCKED_API + '/bots', json=[])
    result = ensure_workspace(make_task(dict(WORKSPACE_OPTIONS, teams=[{'name': 'ops', 'display_name': 'Ops'}]),
                                        check_mode=True))
    assert result['changed'] is True
    assert sent() == [('GET', '/teams?page=0&per_page=200&include_total_count=true', None),
                      ('GET', '/bots?include_deleted=true&per_page=200&page=0', None)]
    assert [entry['action'] for entry in result['plan']] == ['create']
