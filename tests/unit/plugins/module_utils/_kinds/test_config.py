# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""mattermost_config's logic: names, nearest names, types, secrets, and the refused paths (mocked HTTP)."""

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import json

from unittest import mock

import pytest
import responses

from ansible_collections.chatops.mattermost.plugins.module_utils._kinds.config import (
    MASK, WRITTEN, ConfigError, ServerConfig, coerce, ensure_config, flatten, given_secret_values, mask_config, nested, plan,
    sections,
)
from ansible_collections.chatops.mattermost.plugins.module_utils._connection import Task
from ansible_collections.chatops.mattermost.plugins.module_utils._errors import RequestFailed
from ansible_collections.chatops.mattermost.plugins.module_utils.driver import Driver

API = 'https://chat.example.com:443/api/v4'
MOCKED_API = API  # where conftest.py's make_task sends
CONFIG = {
    'ServiceSettings': {'SiteURL': 'https://chat.example.com', 'MaximumLoginAttempts': 10, 'EnableDeveloper': False,
                        'SplitKey': MASK, 'CorsExposedHeaders': ''},
    'TeamSettings': {'MaxChannelsPerTeam': 2000, 'MaxUsersPerTeam': 50, 'ExperimentalDefaultChannels': []},
    'EmailSettings': {'SMTPPassword': '', 'SMTPUsername': ''},
    'SqlSettings': {'DataSource': MASK, 'DataSourceReplicas': [MASK], 'ConnMaxLifetimeMilliseconds': 3600000},
    'NewSettings': {'ApiKey': MASK},
    'PluginSettings': {'Enable': True, 'Plugins': {}, 'PluginStates': {'com.mattermost.calls': {'Enable': True}}},
}


def config_task(check_mode=False, diff=True, **params):
    """A Task of mattermost_config with these options (its warnings kept in `warnings`)."""
    return Task(dict(dict(settings=None, update_secrets='never', return_sections=[], reload=False), **params),
                check_mode=check_mode, diff=diff)


def test_dotted_and_nested_names_flatten_alike():
    assert flatten({'TeamSettings.MaxChannelsPerTeam': 5, 'ServiceSettings': {'MaximumLoginAttempts': 3}}) == {
        ('TeamSettings', 'MaxChannelsPerTeam'): 5, ('ServiceSettings', 'MaximumLoginAttempts'): 3}
    assert flatten({'ServiceSettings': {'CorsExposedHeaders': {}}}) == {('ServiceSettings', 'CorsExposedHeaders'): {}}


def test_plugin_ids_keep_their_dots():
    assert flatten({'PluginSettings.PluginStates.com.example.demo.Enable': False}) == {
        ('PluginSettings', 'PluginStates', 'com.example.demo', 'Enable'): False}
    assert flatten({'PluginSettings': {'Plugins': {'com.example.demo': {'SecretKey': 's'}}}}) == {
        ('PluginSettings', 'Plugins', 'com.example.demo', 'SecretKey'): 's'}
    assert flatten({'PluginSettings.Plugins': {'com.example.demo': {'Url': 'u'}}}) == {
        ('PluginSettings', 'Plugins', 'com.example.demo', 'Url'): 'u'}


@pytest.mark.parametrize('settings', [{'': 1}, {'TeamSettings..Max': 1}, {1: 2}, {'TeamSettings.': 1}])
def test_names_that_are_not_names_are_refused(settings):
    with pytest.raises(ConfigError, match='is not a setting name'):
        flatten(settings)


def test_nested_is_the_shape_of_config_json():
    assert nested({('A', 'B'): 1, ('A', 'C'): 2, ('D', 'E', 'F'): 3}) == {'A': {'B': 1, 'C': 2}, 'D': {'E': {'F': 3}}}


@pytest.mark.parametrize('given, current, wanted', [
    ('500', 2000, 500), (500.0, 2000, 500), ('yes', False, True), ('False', True, False), (True, False, True),
    (7, 'text', '7'), ('x', None, 'x'), (None, 5, None), (['a'], [], ['a']), (1.5, 2.5, 1.5),
])
def test_values_take_the_type_of_the_server(given, current, wanted):
    assert coerce(('S', 'K'), given, current) == wanted


@pytest.mark.parametrize('given, current, message', [
    ('abc', 1, 'S.K must be an integer'), (1.5, 1, 'S.K must be an integer'), (True, 1, 'S.K must be an integer'),
    ('maybe', False, 'S.K must be a boolean'), ([1], 'x', 'S.K must be a string'), ('a', [], 'S.K must be a list'), ('x', 1.5, 'S.K must be a number'),
])
def test_values_of_another_type_are_refused(given, current, message):
    with pytest.raises(ConfigError, match=message):
        coerce(('S', 'K'), given, current)


def test_plan_compares_only_the_given_settings():
    changes, not_written = plan(CONFIG, flatten({'TeamSettings.MaxChannelsPerTeam': '1999',
                                                 'TeamSettings.MaxUsersPerTeam': 50}), 'never')
    assert [(change.name, change.before, change.after) for change in changes] == [
        ('TeamSettings.MaxChannelsPerTeam', 2000, 1999)]
    assert not_written == []


def test_plan_names_every_unknown_setting_with_the_nearest_names_at_once():
    with pytest.raises(ConfigError) as error:
        plan(CONFIG, flatten({'TeamSettings.MaxChanelsPerTeam': 1, 'ServiceSettings.MaximumLoginAttempts': 'x',
                              'TeamSettings': 5}), 'always')
    message = str(error.value)
    assert 'TeamSettings.MaxChanelsPerTeam is not a setting of this server (did you mean TeamSettings.MaxChannelsPerTeam' in message
    assert 'ServiceSettings.MaximumLoginAttempts must be an integer' in message
    assert 'TeamSettings is a section, not a setting' in message


def test_a_plugin_entry_may_be_new():
    changes, _not_written = plan(CONFIG, flatten({'PluginSettings.PluginStates.com.example.demo.Enable': False}), 'never')
    assert [change.name for change in changes] == ['PluginSettings.PluginStates.com.example.demo.Enable']


def test_secrets_are_written_only_with_update_secrets_always():
    settings = flatten({'EmailSettings.SMTPPassword': 'hunter2', 'SqlSettings.DataSource': 'postgres://u:p@db/mm',
                        'NewSettings.ApiKey': 'k'})
    changes, not_written = plan(CONFIG, settings, 'never')
    assert changes == [] and not_written == ['EmailSettings.SMTPPassword', 'NewSettings.ApiKey', 'SqlSettings.DataSource']
    changes, not_written = plan(CONFIG, settings, 'always')
    assert not_written == [] and all(change.secret for change in changes)
    assert [change.shown() for change in changes] == [('', WRITTEN), (MASK, WRITTEN), (MASK, WRITTEN)]


def test_secret_values_given_are_known_by_name():
    assert given_secret_values({'EmailSettings': {'SMTPPassword': 'hunter2'}, 'TeamSettings.SiteName': 'open',
                                'SqlSettings.DataSourceReplicas': ['postgres://r1', MASK], 'LdapSettings.BindPassword': ''}) == {
        'hunter2', 'postgres://r1'}
    assert given_secret_values({'': 'x'}) == set()


def test_sections_are_masked_and_checked():
    assert sections(CONFIG, ['EmailSettings', 'SqlSettings']) == {
        'EmailSettings': {'SMTPPassword': '', 'SMTPUsername': ''},
        'SqlSettings': {'DataSource': MASK, 'DataSourceReplicas': [MASK], 'ConnMaxLifetimeMilliseconds': 3600000}}
    assert mask_config({'LdapSettings': {'BindPassword': 'clear', 'BindUsername': 'cn=x'}}) == {
        'LdapSettings': {'BindPassword': MASK, 'BindUsername': 'cn=x'}}
    with pytest.raises(ConfigError, match='TeamSetings is not a section of the config .did you mean TeamSettings'):
        sections(CONFIG, ['TeamSetings'])


@pytest.fixture
def mocked():
    with responses.RequestsMock() as mock:
        yield mock


def driver():
    return Driver({'url': 'https://chat.example.com', 'token': 't'})


def requests_sent(mocked):
    return [(call.request.method, call.request.url) for call in mocked.calls]


def test_a_setting_from_the_environment_is_refused_before_any_write(mocked):
    mocked.get(API + '/config', json=CONFIG)
    mocked.get(API + '/config/environment', json={'ServiceSettings': {'SiteURL': True}})
    task = config_task(settings={'ServiceSettings.SiteURL': 'https://other.example.com', 'TeamSettings.MaxUsersPerTeam': 60})
    with pytest.raises(ConfigError, match=r'ServiceSettings.SiteURL \(MM_SERVICESETTINGS_SITEURL\)'):
        ServerConfig(task, driver()).ensure()
    assert requests_sent(mocked) == [('GET', API + '/config'), ('GET', API + '/config/environment')]


def test_a_setting_the_server_did_not_take_fails_as_changed(mocked):
    mocked.get(API + '/config', json=CONFIG)
    mocked.get(API + '/config/environment', json={})
    mocked.put(API + '/config/patch', json=CONFIG)  # the answer still has the old value
    task = config_task(settings={'TeamSettings.MaxUsersPerTeam': 60, 'EmailSettings.SMTPPassword': 'hunter2'},
                       update_secrets='always')
    with pytest.raises(ConfigError) as error:
        ServerConfig(task, driver()).ensure()
    assert str(error.value) == 'The server did not take these settings (it kept another value): TeamSettings.MaxUsersPerTeam'
    assert error.value.result['changed'] is True
    assert requests_sent(mocked) == [('GET', API + '/config'), ('GET', API + '/config/environment'),
                                     ('PUT', API + '/config/patch')]
    assert json.loads(mocked.calls[2].request.body) == {
        'EmailSettings': {'SMTPPassword': 'hunter2'}, 'TeamSettings': {'MaxUsersPerTeam': 60}}
    assert task.no_log_values == {'hunter2'}


def test_a_refused_patch_is_the_servers_error(mocked):
    mocked.get(API + '/config', json=CONFIG)
    mocked.get(API + '/config/environment', json={})
    mocked.put(API + '/config/patch', status=400, json={
        'id': 'model.config.is_valid.max_users.app_error', 'message': 'Invalid maximum users per team.',
        'request_id': 'r1', 'status_code': 400})
    server_config = ServerConfig(config_task(settings={'TeamSettings.MaxUsersPerTeam': -1}), driver())
    with pytest.raises(RequestFailed) as error:
        server_config.ensure()
    assert error.value.msg == ('Cannot change the settings TeamSettings.MaxUsersPerTeam: Invalid maximum users per team '
                               '(HTTP 400, error id model.config.is_valid.max_users.app_error, request id r1, '
                               'PUT /api/v4/config/patch)')
    assert error.value.result == dict(status=400, error_id='model.config.is_valid.max_users.app_error', request_id='r1')
    assert server_config.doing == 'change the settings TeamSettings.MaxUsersPerTeam'
    assert len(mocked.calls) == 3


def test_check_mode_reads_only_and_shows_the_changes(mocked):
    mocked.get(API + '/config', json=CONFIG)
    mocked.get(API + '/config/environment', json={})
    task = config_task(check_mode=True, reload=True, return_sections=['TeamSettings'],
                       settings={'TeamSettings.MaxUsersPerTeam': 60, 'SqlSettings.ConnMaxLifetimeMilliseconds': 1})
    result = ServerConfig(task, driver()).ensure()
    assert requests_sent(mocked) == [('GET', API + '/config'), ('GET', API + '/config/environment')]
    assert result['changed'] and not result['reloaded']
    assert result['config']['TeamSettings']['MaxUsersPerTeam'] == 60
    assert result['restart_required'] == ['SqlSettings.ConnMaxLifetimeMilliseconds']
    assert result['diff'] == {
        'before': {'SqlSettings.ConnMaxLifetimeMilliseconds': 3600000, 'TeamSettings.MaxUsersPerTeam': 50},
        'after': {'SqlSettings.ConnMaxLifetimeMilliseconds': 1, 'TeamSettings.MaxUsersPerTeam': 60}}
    assert task.warnings == ['These settings take effect when the server restarts: SqlSettings.ConnMaxLifetimeMilliseconds']


def test_an_unknown_section_is_refused_before_any_write(mocked):
    mocked.get(API + '/config', json=CONFIG)
    task = config_task(settings={'TeamSettings.MaxUsersPerTeam': 60}, return_sections=['TeamSettings', 'Teams'])
    with pytest.raises(ConfigError, match='return_sections: Teams is not a section of the config'):
        ServerConfig(task, driver()).ensure()
    assert requests_sent(mocked) == [('GET', API + '/config')]


def test_the_text_of_misspelt_and_plugin_settings_is_hidden_too(mocked):
    mocked.get(API + '/config', json=CONFIG)
    task = config_task(settings={'LdapSettings.BindPasword': 'typo-secret', 'NewSettings.ApiKey': 'masked-by-server',
                                 'PluginSettings.Plugins.com.example.demo.Token': 'plugin-token',
                                 'TeamSettings.MaxUsersPerTeam': 50, 'ServiceSettings.CorsExposedHeaders': 'Visible'})
    with pytest.raises(ConfigError, match='LdapSettings.BindPasword is not a setting of this server'):
        ServerConfig(task, driver()).ensure()
    assert task.no_log_values == {'typo-secret', 'masked-by-server', 'plugin-token'}


# mattermost_config's work, run with a Task whose driver sends to a mocked API (conftest.py).

def test_ensure_config_refuses_a_bad_name_before_any_request(make_task, sent):
    task = make_task(dict(settings={'EmailSettings': {'SMTPPassword': 'hunter2'}, 'TeamSettings..Max': 1},
                          update_secrets='always', return_sections=[], reload=False))
    with pytest.raises(ConfigError, match="'TeamSettings..Max' is not a setting name"):
        ensure_config(task)
    assert sent() == []


def test_ensure_config_in_check_mode_reads_only(api, make_task, sent):
    api.get(MOCKED_API + '/config', json=CONFIG)
    api.get(MOCKED_API + '/config/environment', json={})
    task = make_task(dict(settings={'TeamSettings.MaxUsersPerTeam': 60, 'EmailSettings.SMTPPassword': 'hunter2'},
                          update_secrets='always', return_sections=[], reload=True), check_mode=True, diff=True)
    result = ensure_config(task)
    assert result['changed'] is True and result['reloaded'] is False
    assert result['changed_settings'] == ['EmailSettings.SMTPPassword', 'TeamSettings.MaxUsersPerTeam']
    assert result['diff']['after']['TeamSettings.MaxUsersPerTeam'] == 60
    assert task.no_log_values == {'hunter2'}
    assert sent() == [('GET', '/config', None), ('GET', '/config/environment', None)]


def test_ensure_config_patches_only_the_settings_that_differ(api, make_task, sent):
    api.get(MOCKED_API + '/config', json=CONFIG)
    api.get(MOCKED_API + '/config/environment', json={})
    changed = dict(CONFIG, TeamSettings=dict(CONFIG['TeamSettings'], MaxUsersPerTeam=60))
    api.put(MOCKED_API + '/config/patch', json=changed)
    result = ensure_config(make_task(dict(settings={'TeamSettings': {'MaxUsersPerTeam': 60, 'MaxChannelsPerTeam': 2000}},
                                          update_secrets='never', return_sections=['TeamSettings'], reload=False)))
    assert result['changed'] is True and result['changed_settings'] == ['TeamSettings.MaxUsersPerTeam']
    assert result['config'] == {'TeamSettings': changed['TeamSettings']}
    assert sent() == [('GET', '/config', None), ('GET', '/config/environment', None),
                      ('PUT', '/config/patch', {'TeamSettings': {'MaxUsersPerTeam': 60}})]


def test_over_the_socket_the_environment_is_not_asked_and_the_read_back_says_what_was_kept():
    """The local-mode socket does not serve GET /config/environment: a change is patched, and a setting
    the server keeps from its environment shows in the read back."""
    local = mock.Mock(local=True)
    local.system.get_config.return_value = CONFIG
    changed = dict(CONFIG, TeamSettings=dict(CONFIG['TeamSettings'], MaxUsersPerTeam=60))
    local.system.patch_config.return_value = changed
    result = ServerConfig(config_task(settings={'TeamSettings.MaxUsersPerTeam': 60}), local).ensure()
    assert result['changed'] is True and result['changed_settings'] == ['TeamSettings.MaxUsersPerTeam']
    local.system.get_environment_config.assert_not_called()
    local.system.patch_config.assert_called_once_with(options={'TeamSettings': {'MaxUsersPerTeam': 60}})
    local.system.patch_config.return_value = CONFIG  # the environment's value kept
    with pytest.raises(ConfigError) as error:
        ServerConfig(config_task(settings={'TeamSettings.MaxUsersPerTeam': 60}), local).ensure()
    assert str(error.value) == (
        'The server did not take these settings (it kept another value): TeamSettings.MaxUsersPerTeam. Over the '
        'local-mode socket the settings taken from environment variables cannot be listed before the change; these '
        'may be (MM_TEAMSETTINGS_MAXUSERSPERTEAM): change the variable where the server is started')
    local.system.get_environment_config.assert_not_called()
