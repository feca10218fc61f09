# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""The workspace shape of API objects, and the kinds that go together; the reading is tested against
the server (tests/integration/targets/mattermost_workspace_info)."""

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import pytest

from ansible_collections.chatops.mattermost.plugins.module_utils._workspace.read import (
    KINDS, ServerSnapshot, WorkspaceReadError, WorkspaceReader, bot_item, channel_item, kinds_problem, team_item, user_item,
)


def user(**fields):
    obj = dict(id='u' * 26, username='alice', email='alice@example.com', first_name='', last_name='', nickname='',
               position='', locale='en', auth_service='', auth_data='', roles='system_user', delete_at=0)
    obj.update(fields)
    return obj


def test_user_item_leaves_out_empty_texts_and_email_login():
    assert user_item(user()) == {'username': 'alice', 'email': 'alice@example.com', 'locale': 'en',
                                 'roles': ['system_user']}


def test_user_item_of_a_deactivated_sso_admin():
    item = user_item(user(first_name='Alice', position='SRE', auth_service='gitlab', auth_data='42',
                          roles='system_user system_admin', delete_at=1700000000000))
    assert item == {'username': 'alice', 'email': 'alice@example.com', 'first_name': 'Alice', 'position': 'SRE',
                    'locale': 'en', 'auth_service': 'gitlab', 'auth_data': '42',
                    'roles': ['system_admin', 'system_user'], 'state': 'absent'}


def test_user_item_never_carries_secrets_or_ids():
    item = user_item(user(password='hash', mfa_secret='s', notify_props={'email': 'true'}))
    assert set(item) == {'username', 'email', 'locale', 'roles'}


def test_bot_item():
    bot = dict(user_id='b' * 26, username='deploy-bot', display_name='Deploy', description='', owner_id='u' * 26,
               delete_at=0)
    assert bot_item(bot, {'roles': 'system_user system_post_all'}, 'alice') == {
        'username': 'deploy-bot', 'display_name': 'Deploy', 'owner': 'alice',
        'roles': ['system_post_all', 'system_user']}


def test_bot_item_of_a_disabled_plugin_bot():
    bot = dict(user_id='b' * 26, username='plugin-bot', display_name='', description='Made by a plugin',
               owner_id='com.example.plugin', delete_at=1)
    assert bot_item(bot, None, None) == {'username': 'plugin-bot', 'description': 'Made by a plugin', 'roles': [],
                                         'state': 'absent'}


def test_team_item_with_members_and_channels():
    team = dict(id='t' * 26, name='platform', display_name='Platform', type='I', description='', company_name='ACME',
                allowed_domains='Example.com, b.org', allow_open_invite=False, delete_at=0)
    channels = [{'name': 'deploys'}]
    assert team_item(team, {'alice': True, 'bob': False}, channels) == {
        'name': 'platform', 'display_name': 'Platform', 'type': 'invite', 'company_name': 'ACME',
        'allowed_domains': ['b.org', 'example.com'], 'allow_open_invite': False,
        'members': ['alice', 'bob'], 'admins': ['alice'], 'channels': channels}


def test_team_item_without_members_or_channels_read():
    team = dict(name='old', display_name='Old', type='O', description='', company_name='', allowed_domains='',
                allow_open_invite=True, delete_at=5)
    assert team_item(team) == {'name': 'old', 'display_name': 'Old', 'type': 'open', 'allow_open_invite': True,
                               'state': 'absent'}


def test_channel_item():
    channel = dict(name='deploys', display_name='Deploys', type='P', purpose='Where it ships', header='', delete_at=0)
    assert channel_item(channel, {}) == {'name': 'deploys', 'display_name': 'Deploys', 'type': 'private',
                                         'purpose': 'Where it ships', 'members': [], 'admins': []}
    assert channel_item(dict(channel, delete_at=3)) == {'name': 'deploys', 'display_name': 'Deploys', 'type': 'private',
                                                        'purpose': 'Where it ships', 'state': 'absent'}


def filled_snapshot(kinds=KINDS):
    snapshot = ServerSnapshot(kinds)
    alice, bot_user = user(id='a' * 26), user(id='b' * 26, username='deploy-bot', is_bot=True, roles='system_user')
    snapshot.accounts = {alice['id']: alice, bot_user['id']: bot_user}
    snapshot.users = {'alice': alice}
    snapshot.bots = {'deploy-bot': dict(user_id=bot_user['id'], username='deploy-bot', display_name='Deploy',
                                        description='', owner_id=alice['id'], delete_at=0)}
    team = dict(name='platform', display_name='Platform', type='O', allow_open_invite=True, delete_at=0)
    snapshot.teams = {'platform': team}
    snapshot.channels = {
        ('platform', 'town-square'): dict(name='town-square', display_name='Town Square', type='O', delete_at=0),
        ('platform', 'deploys'): dict(name='deploys', display_name='Deploys', type='O', delete_at=0),
    }
    snapshot.team_members = {'platform': {'alice': True, 'deploy-bot': False}}
    snapshot.channel_members = {('platform', 'deploys'): {'alice': False, 'deploy-bot': False},
                                ('platform', 'town-square'): {'alice': True}}
    return snapshot


def test_workspace_shape_nests_channels_in_teams_sorted_by_name():
    assert filled_snapshot().shape() == {
        'users': [{'username': 'alice', 'email': 'alice@example.com', 'locale': 'en', 'roles': ['system_user']}],
        'bots': [{'username': 'deploy-bot', 'display_name': 'Deploy', 'owner': 'alice', 'roles': ['system_user']}],
        'teams': [{
            'name': 'platform', 'display_name': 'Platform', 'type': 'open', 'allow_open_invite': True,
            'members': ['alice', 'deploy-bot'], 'admins': ['alice'],
            'channels': [
                {'name': 'deploys', 'display_name': 'Deploys', 'type': 'public', 'members': ['alice', 'deploy-bot'],
                 'admins': []},
                {'name': 'town-square', 'display_name': 'Town Square', 'type': 'public', 'members': ['alice'],
                 'admins': ['alice']},
            ],
        }],
    }
    assert filled_snapshot().counts() == {'teams': 1, 'channels': 2, 'users': 1, 'bots': 1, 'memberships': 5}


def test_workspace_shape_has_only_the_kinds_read():
    snapshot = filled_snapshot(kinds=('teams', 'channels'))
    assert snapshot.shape() == {'teams': [{
        'name': 'platform', 'display_name': 'Platform', 'type': 'open', 'allow_open_invite': True,
        'channels': [{'name': 'deploys', 'display_name': 'Deploys', 'type': 'public'},
                     {'name': 'town-square', 'display_name': 'Town Square', 'type': 'public'}]}]}
    assert snapshot.counts()['memberships'] == 0


def test_snapshot_maps_ids_and_usernames():
    snapshot = filled_snapshot()
    assert snapshot.username('a' * 26) == 'alice'
    assert snapshot.username('com.example.plugin') is None
    assert snapshot.user_ids() == {'alice': 'a' * 26, 'deploy-bot': 'b' * 26}


@pytest.mark.parametrize('kinds, problem', [
    (KINDS, None),
    (['users'], None),
    (['teams', 'members'], None),
    (['channels'], 'channels are listed inside their teams: add teams to the kinds'),
    (['users', 'members', 'channels'], 'channels and members are listed inside their teams: add teams to the kinds'),
    (['teams', 'groups'], 'unknown kinds: groups (choose from users, bots, teams, channels, members)'),
])
def test_kinds_problem(kinds, problem):
    assert kinds_problem(kinds) == problem


class Pages:
    """A client answering list requests with the given pages, one after the other."""

    def __init__(self, pages):
        self.pages = list(pages)
        self.requests = []

    def get(self, path, params=None):
        self.requests.append((path, params))
        return self.pages.pop(0)


def reader(client):
    driver = type('Driver', (), {'client': client})()
    return WorkspaceReader(driver, None, KINDS, False, None, 1)


def test_complete_list_reads_pages_until_one_is_not_full():
    first = [{'id': str(index)} for index in range(200)]
    client = Pages([{'teams': first, 'total_count': 201}, {'teams': [{'id': 'last'}], 'total_count': 201}])
    assert len(reader(client).complete_list('/teams', 'teams', {})) == 201
    assert [params['page'] for path, params in client.requests] == [0, 1]
    assert client.requests[0] == ('/teams', {'page': 0, 'per_page': 200, 'include_total_count': 'true'})


def test_complete_list_fails_when_pages_miss_an_item():
    # The second page repeats an item of the first: the server's order moved between the pages.
    first = [{'id': str(index)} for index in range(200)]
    client = Pages([{'channels': first, 'total_count': 202}, {'channels': [{'id': '0'}, {'id': 'x'}], 'total_count': 202}])
    with pytest.raises(WorkspaceReadError, match='listed 201 channels in pages, but counts 202'):
        reader(client).complete_list('/channels', 'channels', {})
