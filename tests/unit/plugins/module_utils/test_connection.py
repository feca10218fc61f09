# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""mattermost_module(): a parameter the module does not take fails with what to write instead, and
without its value; the connection's password is login_password, given to the driver as password."""

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import contextlib
import json

import pytest

from ansible.module_utils import basic
from ansible.module_utils.common.parameters import PASS_VARS

from ansible_collections.chatops.mattermost.plugins.module_utils import _connection
from ansible_collections.chatops.mattermost.plugins.module_utils._driver_options import driver_options
from ansible_collections.chatops.mattermost.plugins.module_utils._connection import (
    ARGUMENT_SPEC, HINTS, MISPLACED_OPTIONS, mattermost_module,
)

try:
    from ansible.module_utils.testing import patch_module_args
except ImportError:  # ansible-core before 2.19 reads the arguments from _ANSIBLE_ARGS alone
    @contextlib.contextmanager
    def patch_module_args(args):
        saved = basic._ANSIBLE_ARGS
        basic._ANSIBLE_ARGS = json.dumps(dict(ANSIBLE_MODULE_ARGS=args)).encode()
        try:
            yield
        finally:
            basic._ANSIBLE_ARGS = saved

SECRET = 'Misplaced-Secret-7'
TEAM_SPEC = dict(name=dict(type='str', required=True))
# ansible-core 2.21 puts a module's options in its result (`invocation`) only when the controller
# asks for it (INJECT_INVOCATION), earlier versions always (and refuse the request as an unknown
# parameter): the tests ask where it is asked for, to check that the secrets are masked there.
INVOCATION = dict(_ansible_inject_invocation=True) if 'inject_invocation' in PASS_VARS else {}
CONNECTION = dict(url='https://chat.example.com', token='a-token', _ansible_module_name='chatops.mattermost.mattermost_team',
                  **INVOCATION)


def run(argument_spec, capsys, **given):
    """The result of a module that fails while it is made (its JSON output, and the output itself)."""
    with patch_module_args(dict(CONNECTION, **given)):
        with pytest.raises(SystemExit):
            mattermost_module(argument_spec, supports_check_mode=True)
    output = capsys.readouterr().out
    return json.loads(output), output


def test_a_password_in_the_wrong_place_says_what_to_write_and_is_not_shown(capsys):
    result, output = run(TEAM_SPEC, capsys, name='ops', password=SECRET)
    assert result['failed'] is True
    assert result['msg'] == 'mattermost_team has no option password: to log in with a password, give login_id and login_password'
    assert result['invocation']['module_args']['password'] == 'VALUE_SPECIFIED_IN_NO_LOG_PARAMETER'
    assert result['invocation']['module_args']['token'] == 'VALUE_SPECIFIED_IN_NO_LOG_PARAMETER'
    assert SECRET not in output


def test_every_unsupported_parameter_is_named_with_its_hint(capsys):
    result, output = run(TEAM_SPEC, capsys, name='ops', login_user='admin', api_key=SECRET, verify=False, colour='plum',
                         passwrd=SECRET + '-typo')
    assert result['msg'].split('; ') == [
        'mattermost_team has no option api_key: to log in with a personal access token or a bot token, give token',
        'mattermost_team has no options colour, passwrd: its options are ca_path, client_cert, client_key, local_socket, login_id, '
        'login_password, mfa_token, name, proxy, request_timeout, retries, token, url, validate_certs',
        'mattermost_team has no option login_user: to log in with a password, '
        'give login_id (a username or e-mail address) and login_password',
        "mattermost_team has no option verify: to check the server's certificate or not, give validate_certs",
    ]
    module_args = result['invocation']['module_args']
    # A name known for a connection option that is no secret keeps its value; any other is not shown.
    assert module_args['login_user'] == 'admin'
    assert module_args['verify'] is False
    assert module_args['api_key'] == module_args['colour'] == module_args['passwrd'] == 'VALUE_SPECIFIED_IN_NO_LOG_PARAMETER'
    assert SECRET not in output


def test_an_option_of_the_module_is_no_mistake():
    # mattermost_user's password, mattermost_post's api_key and user, an alias: the module's own.
    spec = dict(name=dict(type='str', required=True), password=dict(type='str', no_log=True),
                api_key=dict(type='str', no_log=True), recipient=dict(type='str', aliases=['user']))
    with patch_module_args(dict(CONNECTION, name='ops', password=SECRET, api_key=SECRET, user='alice')):
        module = mattermost_module(spec, supports_check_mode=True)
    assert module.params['password'] == module.params['api_key'] == SECRET
    assert module.params['recipient'] == 'alice'


def test_unknown_parameters_pass_when_the_controller_says_to_ignore_them():
    with patch_module_args(dict(CONNECTION, name='ops', password=SECRET, _ansible_ignore_unknown_opts=True)):
        module = mattermost_module(TEAM_SPEC, supports_check_mode=True)
    assert module.params['name'] == 'ops'


def test_the_table_names_connection_options_and_none_of_them():
    assert set(MISPLACED_OPTIONS.values()) == set(HINTS)
    assert set(HINTS) <= set(ARGUMENT_SPEC)
    assert not set(MISPLACED_OPTIONS) & set(ARGUMENT_SPEC)


def test_without_arguments_the_module_is_made_from_its_spec_alone(monkeypatch):
    # validate-modules reads the argument spec with a _load_params that returns None.
    made = {}

    def record(**kwargs):
        made.update(kwargs)

    monkeypatch.setattr(basic, '_load_params', lambda: None)
    monkeypatch.setattr(_connection, 'AnsibleModule', record)
    mattermost_module(TEAM_SPEC, supports_check_mode=True)
    assert set(made['argument_spec']) == set(ARGUMENT_SPEC) | {'name'}


def test_login_password_is_the_drivers_password():
    params = dict((name, option.get('default')) for name, option in ARGUMENT_SPEC.items())
    params.update(url='https://chat.example.com', login_id='admin', login_password=SECRET)
    options = driver_options(params)
    assert (options['login_id'], options['password'], options['token']) == ('admin', SECRET, None)


def test_a_module_that_needs_a_user_is_refused_over_the_socket_before_any_request(monkeypatch):
    made = []
    monkeypatch.setattr(_connection, 'Driver', made.append)
    params = dict((name, option.get('default')) for name, option in ARGUMENT_SPEC.items())
    params['local_socket'] = '/var/tmp/mattermost_local.socket'
    with pytest.raises(_connection.Failure) as refused:
        _connection.login(params, needs_user='posting through the API')
    assert refused.value.msg == ('posting through the API needs a logged in user, and the local-mode socket has none (it acts '
                                 'as the server, not as a user): use url with token, or login_id and login_password, of a '
                                 'user allowed to do it')
    assert made == []


def test_the_socket_reaches_the_driver_without_a_url():
    params = dict((name, option.get('default')) for name, option in ARGUMENT_SPEC.items())
    params['local_socket'] = '/var/tmp/mattermost_local.socket'
    options = driver_options(params)
    assert options['local_socket'] == '/var/tmp/mattermost_local.socket'
    assert options['token'] is None
