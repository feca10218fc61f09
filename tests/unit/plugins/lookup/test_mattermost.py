# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""The lookup's failures: bad terms and options before any request, the server's refusals with its
message and request id. (What it finds is tested against the server: tests/integration/targets/lookup_mattermost.)"""

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import os

import pytest
import responses
import yaml

from ansible import constants as C
from ansible.errors import AnsibleError

from ansible_collections.chatops.mattermost.plugins.doc_fragments.connection import ModuleDocFragment
from ansible_collections.chatops.mattermost.plugins.lookup import mattermost

URL = 'https://chat.example.com'
API = URL + ':443/api/v4'  # the driver's URL names the port
REQUEST_ID = 'r' * 26
ME = {'id': 'u' * 26, 'username': 'admin'}


NAME = 'chatops.mattermost.mattermost'


@pytest.fixture(autouse=True)
def defined(monkeypatch):
    """The lookup's options as Ansible defines them: its own and its fragment's; no MATTERMOST_* variable set."""
    definitions = yaml.safe_load(ModuleDocFragment.PLUGIN)['options']
    definitions.update(yaml.safe_load(mattermost.DOCUMENTATION)['options'])
    C.config.initialize_plugin_configuration_definitions('lookup', NAME, definitions)
    for variable in [name for name in os.environ if name.startswith('MATTERMOST_')]:
        monkeypatch.delenv(variable)


def run(terms, **options):
    lookup = mattermost.LookupModule()
    lookup._load_name = NAME
    return lookup.run(terms, variables={}, **options)


@responses.activate
@pytest.mark.parametrize('terms, options, message', [
    (['ops'], dict(kind='team', url=URL), 'one of token, login_id, local_socket is required'),
    (['ops'], dict(kind='team', url=URL, token='t', login_id='a', login_password='p'),
     'token and login_id are mutually exclusive'),
    (['ops'], dict(kind='team', url=URL, login_id='a'), 'login_id and login_password must be given together'),
    ([''], dict(kind='team', url=URL, token='t'), "every term must be a team name, not ''"),
    (['ops'], dict(kind='team', url='chat.example.com', token='t'), 'url must be the address of the server'),
])
def test_bad_options_fail_before_any_request(terms, options, message):
    with pytest.raises(AnsibleError) as failed:
        run(terms, **options)
    assert message in str(failed.value)
    assert len(responses.calls) == 0


@responses.activate
def test_a_channel_term_without_its_team_fails_after_the_login_only():
    responses.add(responses.GET, API + '/users/me', json=ME)
    with pytest.raises(AnsibleError) as failed:
        run(['incidents'], kind='channel', url=URL, token='t')
    assert "'incidents' is not a channel: write team/channel, or give a channel id" in str(failed.value)
    assert [call.request.url for call in responses.calls] == [API + '/users/me']


@responses.activate
def test_a_refused_request_fails_with_the_servers_message_and_request_id():
    responses.add(responses.GET, API + '/users/me', json=ME)
    responses.add(responses.GET, API + '/teams/name/ops', status=403, json={
        'id': 'api.context.permissions.app_error', 'message': 'You do not have the appropriate permissions.',
        'request_id': REQUEST_ID, 'status_code': 403})
    with pytest.raises(AnsibleError) as failed:
        run(['ops'], kind='team', url=URL, token='t')
    assert str(failed.value) == (
        "mattermost lookup: Cannot look up team 'ops': You do not have the appropriate permissions "
        "(HTTP 403, error id api.context.permissions.app_error, request id %s, GET /api/v4/teams/name/ops)" % REQUEST_ID)
    assert [call.request.url for call in responses.calls] == [API + '/users/me', API + '/teams/name/ops']


@responses.activate
def test_a_bad_token_fails_at_the_login():
    responses.add(responses.GET, API + '/users/me', status=401, json={
        'id': 'api.context.session_expired.app_error', 'message': 'Invalid or expired session, please login again.',
        'request_id': REQUEST_ID, 'status_code': 401})
    with pytest.raises(AnsibleError) as failed:
        run(['ops', 'dev'], kind='team', url=URL, token='t')
    assert 'Cannot log in to %s: Invalid or expired session, please login again (HTTP 401' % URL in str(failed.value)
    assert REQUEST_ID in str(failed.value)
    assert len(responses.calls) == 1


def connection_params(**options):
    lookup = mattermost.LookupModule()
    lookup._load_name = NAME
    lookup.set_options(var_options={}, direct=dict(kind='team', **options))
    return lookup.connection_params()


def test_the_tls_and_proxy_options_are_read_from_the_environment(monkeypatch):
    monkeypatch.setenv('MATTERMOST_VALIDATE_CERTS', 'false')
    monkeypatch.setenv('MATTERMOST_CA_PATH', '/etc/pki/mattermost-ca.pem')
    monkeypatch.setenv('MATTERMOST_PROXY', 'http://proxy.example.com:3128')
    params = connection_params(url=URL, token='t')
    assert (params['validate_certs'], params['ca_path'], params['proxy']) == (
        False, '/etc/pki/mattermost-ca.pem', 'http://proxy.example.com:3128')


def test_an_empty_environment_variable_counts_as_not_set(monkeypatch):
    """As for the modules: an AWX credential sets every variable its injectors name, empty for a blank input; Ansible
    itself would take an empty MATTERMOST_VALIDATE_CERTS for false."""
    for variable in ('MATTERMOST_URL', 'MATTERMOST_TOKEN', 'MATTERMOST_VALIDATE_CERTS', 'MATTERMOST_CA_PATH',
                     'MATTERMOST_CLIENT_CERT', 'MATTERMOST_CLIENT_KEY', 'MATTERMOST_PROXY'):
        monkeypatch.setenv(variable, '')
    params = connection_params(login_id='deploy', login_password='p')
    assert (params['url'], params['token'], params['validate_certs'], params['ca_path'], params['proxy']) == (
        None, None, True, None, None)
    assert params['request_timeout'] == 30
