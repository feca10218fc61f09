# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""The parts of the info modules' reading that need no server: features, filters, option checks."""

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

from ansible_collections.chatops.mattermost.plugins.module_utils._workspace.info import (
    FEATURES, MAX_USERS, features, matches, user_problems, user_result,
)
from ansible_collections.chatops.mattermost.plugins.module_utils._connection import connection_problems

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
