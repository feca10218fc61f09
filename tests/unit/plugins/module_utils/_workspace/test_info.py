# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""The parts of the info modules' reading that need no server: features, filters, option checks; and each
info module's work with a mocked API: the options checked before any request, the exact requests sent."""

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import pytest

from ansible_collections.chatops.mattermost.plugins.module_utils._workspace.info import (
    FEATURES, KINDS, MAX_USERS, channel_info, features, matches, server_info, team_info, user_info, user_problems,
    user_result, workspace_info,
)
from ansible_collections.chatops.mattermost.plugins.module_utils._connection import connection_problems
from ansible_collections.chatops.mattermost.plugins.module_utils._errors import InvalidInput, RequestFailed

# As conftest.py's fixtures send.
MOCKED_API = 'https://chat.example.com:443/api/v4'

ID = 'a' * 26


def test_features_come_from_the_config_when_it_can_be_read():
    config = {'ServiceSettings': {'EnableUserAccessTokens': False, 'EnableAPITeamDeletion': True},
              'PluginSettings': {'Enable': True, 'EnableUploads': False}}
    client_config = {'EnableUserAccessTokens': 'true'}  # the config wins
    found = features(client_config, config)
    assert sorted(found) == sorted(FEATURES)
    assert found['personal_access_tokens'] is False
    assert found['api_team_deletion'] is True
    assert found['plugins'] is True
    assert found['plugin_uploads'] is False
    assert found['bot_accounts'] is None  # not in this config


def test_features_from_the_client_config_are_none_where_it_says_nothing():
    found = features({'EnableIncomingWebhooks': 'true', 'EnableCommands': 'false', 'PluginsEnabled': 'false'}, None)
    assert found['incoming_webhooks'] is True
    assert found['custom_slash_commands'] is False
    assert found['plugins'] is False
    # Settings only the whole config has, for a user who cannot read it.
    assert found['api_team_deletion'] is None
    assert found['plugin_uploads'] is None
    assert found['outgoing_webhooks'] is None  # not in this client config


def test_search_matches_name_or_display_name_without_case():
    team = {'name': 'platform-ops', 'display_name': 'Platform Operations'}
    assert matches(team, None)
    assert matches(team, 'OPS')
    assert matches(team, 'operations')
    assert not matches(team, 'dev')
    assert matches({'name': 'x', 'display_name': None}, 'x')


def user_params(**params):
    return dict(dict(limit=200, team=None, channel=None), **params)


def test_user_limits_and_channel_names_are_checked():
    assert user_problems(user_params()) == []
    assert user_problems(user_params(limit=0)) == ['limit must be between 1 and %d, not 0' % MAX_USERS]
    assert user_problems(user_params(limit=MAX_USERS + 1)) == ['limit must be between 1 and %d, not %d'
                                                               % (MAX_USERS, MAX_USERS + 1)]
    assert user_problems(user_params(channel='deploys')) == [
        'channel deploys is a name: give its team too (or give the channel id)']
    assert user_problems(user_params(channel=ID)) == []
    assert user_problems(user_params(channel='deploys', team='ops')) == []


def test_user_results_have_no_secrets_and_short_keys():
    user = user_result({'id': ID, 'username': 'alice', 'password': 'hash', 'mfa_secret': 'x', 'roles': 'system_user system_admin',
                        'delete_at': 0})
    assert 'password' not in user and 'mfa_secret' not in user
    assert user['active'] is True
    assert user['system_admin'] is True
    assert user_result({'id': ID, 'username': 'bob', 'roles': 'system_user', 'delete_at': 5})['active'] is False


def test_connection_problems_follow_the_modules_rules():
    url = 'https://chat.example.com'
    assert connection_problems({'url': url, 'token': 't'}) == []
    assert connection_problems({'url': url, 'login_id': 'a', 'login_password': 'p'}) == []
    assert connection_problems({'local_socket': '/var/tmp/mattermost_local.socket'}) == []
    assert connection_problems({'url': url}) == ['one of token, login_id, local_socket is required']
    assert connection_problems({}) == ['one of url, local_socket is required', 'one of token, login_id, local_socket is required']
    assert connection_problems({'url': url, 'token': 't', 'login_id': 'a', 'login_password': 'p'}) == [
        'token and login_id are mutually exclusive']
    assert connection_problems({'url': url, 'local_socket': '/s', 'token': 't'}) == [
        'local_socket and url are mutually exclusive', 'local_socket and token are mutually exclusive']
    assert connection_problems({'url': url, 'login_id': 'a'}) == ['login_id and login_password must be given together']


# The info modules' work, run with a Task whose driver sends to a mocked API (conftest.py).

def team(name, team_id, delete_at=0):
    return dict(id=team_id, name=name, display_name=name.title(), type='O', delete_at=delete_at)


def test_team_info_refuses_an_empty_name_before_any_request(make_task, sent):
    with pytest.raises(InvalidInput, match='name cannot be empty'):
        team_info(make_task(dict(name='', include_archived=False, search=None, members=False)))
    assert sent() == []


def test_team_info_lists_the_teams_sorted_without_the_archived(api, make_task, sent):
    api.get(MOCKED_API + '/teams', json=dict(teams=[team('qa', 'q' * 26), team('ops', ID), team('old', 'o' * 26, 1)],
                                             total_count=3))
    result = team_info(make_task(dict(name=None, include_archived=False, search=None, members=False)))
    assert [found['name'] for found in result['teams']] == ['ops', 'qa']
    assert result['changed'] is False
    assert result['teams'][0]['type_name'] == 'open' and result['teams'][0]['archived'] is False
    assert sent() == [('GET', '/teams?page=0&per_page=200&include_total_count=true', None)]


def test_channel_info_needs_a_team_or_a_channel_id_before_any_request(make_task, sent):
    params = dict(team=None, name='town-square', type='public', include_archived=False, search=None, members=False)
    with pytest.raises(InvalidInput) as error:
        channel_info(make_task(params))
    assert error.value.problems == [
        'give team (with name for one channel, without it for the channels of the team), or give name as a channel id',
        'type applies to the channels of a team: not with name']
    assert sent() == []


def test_channel_info_searches_the_channels_of_the_team(api, make_task, sent):
    api.get(MOCKED_API + '/teams/name/ops', json=team('ops', ID))
    api.post(MOCKED_API + '/channels/search', json=dict(total_count=2, channels=[
        dict(id='c' * 26, team_id=ID, name='town-square', display_name='Town Square', type='O', delete_at=0),
        dict(id='d' * 26, team_id=ID, name='deploys', display_name='Deploys', type='P', delete_at=0)]))
    params = dict(team='ops', name=None, type='private', include_archived=False, search=None, members=False)
    result = channel_info(make_task(params))
    assert [(found['name'], found['type_name'], found['team_name']) for found in result['channels']] == [
        ('deploys', 'private', 'ops')]
    assert sent() == [
        ('GET', '/teams/name/ops', None),
        ('POST', '/channels/search',
         {'term': '', 'team_ids': [ID], 'include_deleted': False, 'page': 0, 'per_page': 200})]


USER_INFO_OPTIONS = dict(username=None, email=None, user_id=None, team=None, channel=None, role=None, active=None,
                         bots=None, limit=200)


def test_user_info_refuses_empty_and_unreadable_filters_before_any_request(make_task, sent):
    with pytest.raises(InvalidInput) as error:
        user_info(make_task(dict(USER_INFO_OPTIONS, role='', limit=0)))
    assert error.value.problems == ['role cannot be empty', 'limit must be between 1 and %d, not 0' % MAX_USERS]
    assert sent() == []


def test_user_info_reads_one_user_by_email(api, make_task, sent):
    api.get(MOCKED_API + '/users/email/alice@example.com',
            json=dict(id=ID, username='alice', email='alice@example.com', roles='system_user', delete_at=0))
    result = user_info(make_task(dict(USER_INFO_OPTIONS, email='alice@example.com')))
    assert [(user['username'], user['active']) for user in result['users']] == [('alice', True)]
    assert 'truncated' not in result
    assert sent() == [('GET', '/users/email/alice@example.com', None)]


def test_user_info_lists_in_pages_up_to_the_limit(api, make_task, sent):
    api.get(MOCKED_API + '/users', json=[dict(id=str(number) * 26, username='user%d' % number, roles='system_user',
                                              delete_at=0) for number in range(3)])
    result = user_info(make_task(dict(USER_INFO_OPTIONS, role='system_user', active=True, limit=2)))
    assert [user['username'] for user in result['users']] == ['user0', 'user1']
    assert result['truncated'] is True
    assert sent() == [('GET', '/users?role=system_user&active=true&per_page=3&page=0', None)]


def test_server_info_reads_what_a_user_may(api, make_task, sent):
    api.get(MOCKED_API + '/config/client', json=dict(Version='11.4.0', BuildEnterpriseReady='false',
                                                     PluginsEnabled='false', SQLDriverName='postgres'))
    api.get(MOCKED_API + '/license/client', json=dict(IsLicensed='false'))
    api.get(MOCKED_API + '/config', status=403, json=dict(id='api.context.permissions.app_error', message='No',
                                                          status_code=403))
    result = server_info(make_task({}))
    assert result['changed'] is False
    assert result['server']['version'] == '11.4.0' and result['server']['config_readable'] is False
    assert result['server']['database'] == 'postgres'
    assert result['plugins'] == []  # plugins are off: their states are not asked for
    assert sent() == [('GET', '/config/client?format=old', None), ('GET', '/license/client?format=old', None),
                      ('GET', '/config', None)]


def test_workspace_info_refuses_empty_team_names_before_any_request(make_task, sent):
    with pytest.raises(InvalidInput, match='teams cannot have an empty name'):
        workspace_info(make_task(dict(teams=['ops', ''], kinds=list(KINDS), include_archived=False)))
    assert sent() == []


def test_workspace_info_reads_the_teams_asked_for(api, make_task, sent):
    api.get(MOCKED_API + '/teams', json=dict(teams=[team('qa', 'q' * 26), team('ops', ID)], total_count=2))
    result = workspace_info(make_task(dict(teams=['ops'], kinds=['teams'], include_archived=False)))
    assert result == dict(changed=False, workspace={'teams': [dict(name='ops', display_name='Ops', type='open', allow_open_invite=False)]},
                          counts={'teams': 1, 'channels': 0, 'users': 0, 'bots': 0, 'memberships': 0})
    assert sent() == [('GET', '/teams?page=0&per_page=200&include_total_count=true', None)]


def test_workspace_info_fails_with_what_it_was_reading(api, make_task):
    api.get(MOCKED_API + '/teams', status=500, json=dict(id='app.team.get_all.app_error', message='Database down',
                                                         request_id='r1', status_code=500))
    with pytest.raises(RequestFailed) as error:
        workspace_info(make_task(dict(teams=None, kinds=['teams'], include_archived=False)))
    assert error.value.msg.startswith('Cannot read the workspace: Database down (HTTP 500')
