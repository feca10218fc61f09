# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""mattermost_module(): a parameter the module does not take fails with what to write instead, and
without its value; the connection's password is login_password, given to the driver as password. The
module's edge: run_module exits or fails once, run_task hands the work a Task."""

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import contextlib
import json

import types

import pytest
import yaml

from ansible.module_utils import basic
from ansible.module_utils.common.parameters import PASS_VARS

from ansible_collections.chatops.mattermost.plugins.module_utils import _connection
from ansible_collections.chatops.mattermost.plugins.module_utils._driver_options import driver_options
from ansible_collections.chatops.mattermost.plugins.module_utils._connection import (
    ARGUMENT_SPEC, HINTS, MISPLACED_OPTIONS, Task, ensure_resource, mattermost_module, run_module, run_task,
)
from ansible_collections.chatops.mattermost.plugins.module_utils._errors import Failure, InvalidInput
from ansible_collections.chatops.mattermost.plugins.module_utils._kinds.team import Team
from ansible_collections.chatops.mattermost.plugins.module_utils.driver import MattermostError

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
        return types.SimpleNamespace(params={}, no_log_values=set())

    monkeypatch.setattr(basic, '_load_params', lambda: None)
    monkeypatch.setattr(_connection, 'AnsibleModule', record)
    mattermost_module(TEAM_SPEC, supports_check_mode=True)
    assert set(made['argument_spec']) == set(ARGUMENT_SPEC) | {'name'}


def test_login_password_is_the_drivers_password():
    params = dict((name, option.get('default')) for name, option in ARGUMENT_SPEC.items())
    params.update(url='https://chat.example.com', login_id='admin', login_password=SECRET)
    options = driver_options(params)
    assert (options['login_id'], options['password'], options['token']) == ('admin', SECRET, None)


class FakeModule:
    """What run_module and Task.of use of an AnsibleModule; exit_json and fail_json end the run as theirs do."""

    def __init__(self, params=None, check_mode=False, diff=False):
        self.params = params or {}
        self.check_mode = check_mode
        self._diff = diff
        self.no_log_values = set()
        self.warnings = []
        self.logged = []
        self.exited = self.failed = None

    def warn(self, message):
        self.warnings.append(message)

    def log(self, message):
        self.logged.append(message)

    def exit_json(self, **result):
        self.exited = result
        raise SystemExit(0)

    def fail_json(self, **result):
        self.failed = result
        raise SystemExit(1)


def test_run_module_exits_with_the_result_and_its_warnings():
    module = FakeModule()
    with pytest.raises(SystemExit):
        run_module(module, lambda: dict(changed=True, warnings=['careful'], team={'name': 'ops'}))
    assert module.exited == dict(changed=True, team={'name': 'ops'})
    assert module.warnings == ['careful']


def test_run_module_fails_once_with_the_failure_or_the_servers_error():
    module = FakeModule()

    def refused():
        raise InvalidInput(['name cannot be empty', 'type must be public or private'])
    with pytest.raises(SystemExit):
        run_module(module, refused)
    assert module.failed == dict(msg='name cannot be empty; type must be public or private')

    def server_error():
        raise MattermostError('No team', status_code=404, error_id='app.team.get.app_error', request_id='r1')
    module = FakeModule()
    with pytest.raises(SystemExit):
        run_module(module, server_error)
    assert module.failed == dict(msg='Mattermost API error: No team (HTTP 404, error id app.team.get.app_error, '
                                     'request id r1)', status=404, error_id='app.team.get.app_error', request_id='r1')


def test_run_task_gives_the_work_the_modules_options_modes_and_secrets():
    module = FakeModule(dict(name='ops'), check_mode=True, diff=True)

    def work(task):
        task.no_log_values.add('s3cret')
        task.warn('noted')
        task.log('for syslog')
        return dict(changed=False, seen=(task.params['name'], task.check_mode, task.diff))
    with pytest.raises(SystemExit):
        run_task(module, work)
    assert module.exited == dict(changed=False, seen=('ops', True, True))
    assert module.no_log_values == {'s3cret'}
    assert module.warnings == ['noted']
    assert module.logged == ['for syslog']


def test_a_task_logs_in_once_on_first_use(monkeypatch):
    logins = []
    monkeypatch.setattr(_connection, 'login', lambda params, needs_user=None: logins.append(params) or 'driver')
    task = Task(dict(url='https://chat.example.com'))
    assert logins == []
    assert (task.driver(), task.driver()) == ('driver', 'driver')
    assert logins == [dict(url='https://chat.example.com')]
    task.warn('kept')
    assert task.warnings == ['kept']


def test_a_missing_library_fails_with_ansibles_message():
    Task.require('websockets', None)
    with pytest.raises(Failure) as error:
        Task.require('websockets', 'No module named websockets')
    assert 'Failed to import the required Python library (websockets)' in error.value.msg
    assert error.value.result == dict(exception='No module named websockets')


def test_a_resource_is_checked_before_any_request(make_task, sent):
    with pytest.raises(InvalidInput, match='name'):
        ensure_resource(make_task(dict(name='-bad-', state='present')), Team)
    assert sent() == []


TOKEN = 'abcdefghijklmnopqrstuvwxyz'
# The driver writes the scheme's default port.
API = 'https://chat.example.com:443/api/v4'


def run_work(capsys, work, **given):
    """The JSON result of a module made with `given` that runs `work(module)` through run_module."""
    args = dict(CONNECTION, **given)
    if args['token'] is None:
        del args['token']
    with patch_module_args(args):
        module = mattermost_module(TEAM_SPEC, supports_check_mode=True)
        with pytest.raises(SystemExit):
            run_module(module, lambda: work(module))
    output = capsys.readouterr().out
    return json.loads(output), output


@pytest.mark.parametrize('token', [TOKEN + '\n', TOKEN + '\r\n', ' ' + TOKEN + '\n\n'])
def test_a_token_ending_in_a_newline_is_stripped(capsys, token):
    import responses
    with responses.RequestsMock() as mock:
        mock.get(API + '/users/me', json={'id': 'u' * 26, 'username': 'bot'})
        result, output = run_work(capsys, lambda module: dict(changed=False, user=_connection.login(module.params).user['username']),
                                  name='ops', token=token)
        assert mock.calls[0].request.headers['Authorization'] == 'Bearer ' + TOKEN
    assert result.get('user') == 'bot', output


@pytest.mark.parametrize('token', [TOKEN[:13] + '\n' + TOKEN[13:], TOKEN + '\x00', TOKEN + '\u00e9'])
def test_a_token_that_cannot_be_a_header_fails_before_any_request_and_is_not_shown(capsys, token):
    import responses
    with responses.RequestsMock():  # any request would fail the test: none is registered
        result, output = run_work(capsys, lambda module: _connection.login(module.params), name='ops', token=token)
    assert result['failed'] is True
    assert result['msg'].startswith('Invalid connection options: token holds a space, a control character')
    assert TOKEN[:13] not in output and TOKEN[13:] not in output


def test_credentials_in_url_are_refused_and_masked(capsys):
    result, output = run_work(capsys, lambda module: _connection.login(module.params), name='ops',
                              url='https://admin:%s@chat.example.com' % SECRET)
    assert result['failed'] is True
    assert 'url must not hold a user name or password' in result['msg']
    assert SECRET not in output


def test_proxy_credentials_are_masked_in_the_result(capsys):
    result, output = run_work(capsys, lambda module: dict(changed=False, echo=module.params['proxy']), name='ops',
                              proxy='http://user:%s@proxy.example.com:3128' % SECRET)
    assert SECRET not in output


def test_a_password_login_is_logged_out_when_the_task_ends(capsys):
    import responses
    with responses.RequestsMock() as mock:
        mock.post(API + '/users/login', json={'id': 'u' * 26, 'username': 'admin'},
                  headers={'Token': 'session-token'})
        mock.get(API + '/teams', json=[])
        mock.post(API + '/users/logout', json={'status': 'OK'})
        result, output = run_work(capsys, lambda module: dict(changed=False, teams=_connection.login(module.params).teams.get_teams()),
                                  name='ops', token=None, login_id='admin', login_password=SECRET)
        assert [call.request.path_url for call in mock.calls] == ['/api/v4/users/login', '/api/v4/teams', '/api/v4/users/logout']
    assert result['teams'] == []


def test_a_failed_task_logs_out_too(capsys):
    import responses
    with responses.RequestsMock() as mock:
        mock.post(API + '/users/login', json={'id': 'u' * 26, 'username': 'admin'},
                  headers={'Token': 'session-token'})
        mock.get(API + '/teams', status=403, json={'message': 'no', 'id': 'x'})
        mock.post(API + '/users/logout', status=500, json={'message': 'down'})
        result, output = run_work(capsys, lambda module: _connection.login(module.params).teams.get_teams(),
                                  name='ops', token=None, login_id='admin', login_password=SECRET)
        assert mock.calls[-1].request.path_url == '/api/v4/users/logout'
    assert result['failed'] is True and result['msg'].startswith('Mattermost API error: no')


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


def test_an_empty_environment_variable_counts_as_not_set(monkeypatch):
    """As an AWX credential sets them (docs/awx.md): every variable its injectors name, empty for an input left
    blank. The empty MATTERMOST_TOKEN is not "given" beside the login, which comes from the environment too."""
    monkeypatch.setenv('MATTERMOST_URL', 'https://chat.example.com')
    monkeypatch.setenv('MATTERMOST_TOKEN', '')
    monkeypatch.setenv('MATTERMOST_LOGIN_ID', 'deploy')
    monkeypatch.setenv('MATTERMOST_PASSWORD', 'a-password')
    with patch_module_args({'name': 'ops', '_ansible_module_name': 'chatops.mattermost.mattermost_team'}):
        module = mattermost_module(TEAM_SPEC, supports_check_mode=True)
    assert (module.params['url'], module.params['token'], module.params['login_id'], module.params['login_password']) == (
        'https://chat.example.com', None, 'deploy', 'a-password')
    assert 'a-password' in module.no_log_values


def test_an_empty_token_and_login_from_the_environment_are_no_credential(monkeypatch, capsys):
    monkeypatch.setenv('MATTERMOST_URL', 'https://chat.example.com')
    for name in ('MATTERMOST_TOKEN', 'MATTERMOST_LOGIN_ID', 'MATTERMOST_PASSWORD'):
        monkeypatch.setenv(name, '')
    with patch_module_args({'name': 'ops', '_ansible_module_name': 'chatops.mattermost.mattermost_team'}):
        with pytest.raises(SystemExit):
            mattermost_module(TEAM_SPEC, supports_check_mode=True)
    assert json.loads(capsys.readouterr().out)['msg'] == 'one of the following is required: token, login_id, local_socket'


# The TLS and proxy variables, as the notify callback reads them (plugins/callback/notify.py).
TLS_VARIABLES = dict(validate_certs='MATTERMOST_VALIDATE_CERTS', ca_path='MATTERMOST_CA_PATH',
                     client_cert='MATTERMOST_CLIENT_CERT', client_key='MATTERMOST_CLIENT_KEY', proxy='MATTERMOST_PROXY')


def test_the_tls_and_proxy_variables_are_those_of_the_notify_callback():
    from ansible_collections.chatops.mattermost.plugins.callback import notify
    callback = yaml.safe_load(notify.DOCUMENTATION)['options']
    for name, variable in TLS_VARIABLES.items():
        assert ARGUMENT_SPEC[name]['fallback'][1] == [variable]
        assert variable in [entry['name'] for entry in callback[name]['env']]


def test_the_tls_and_proxy_options_are_read_from_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv('MATTERMOST_URL', 'https://chat.example.com')
    monkeypatch.setenv('MATTERMOST_TOKEN', 'a' * 26)
    monkeypatch.setenv('MATTERMOST_VALIDATE_CERTS', 'false')
    monkeypatch.setenv('MATTERMOST_CA_PATH', str(tmp_path / 'ca.pem'))
    monkeypatch.setenv('MATTERMOST_CLIENT_CERT', str(tmp_path / 'client.pem'))
    monkeypatch.setenv('MATTERMOST_CLIENT_KEY', str(tmp_path / 'client.key'))
    monkeypatch.setenv('MATTERMOST_PROXY', 'http://proxy.example.com:3128')
    with patch_module_args({'name': 'ops', '_ansible_module_name': 'chatops.mattermost.mattermost_team'}):
        module = mattermost_module(TEAM_SPEC, supports_check_mode=True)
    assert dict((name, module.params[name]) for name in TLS_VARIABLES) == dict(
        validate_certs=False, ca_path=str(tmp_path / 'ca.pem'), client_cert=str(tmp_path / 'client.pem'),
        client_key=str(tmp_path / 'client.key'), proxy='http://proxy.example.com:3128')


def test_empty_tls_and_proxy_variables_count_as_not_set(monkeypatch):
    """An AWX credential with no CA certificate sets MATTERMOST_CA_PATH empty (ee/credential-type.yml); an empty
    MATTERMOST_VALIDATE_CERTS must not turn the check off."""
    monkeypatch.setenv('MATTERMOST_URL', 'https://chat.example.com')
    monkeypatch.setenv('MATTERMOST_TOKEN', 'a' * 26)
    for variable in TLS_VARIABLES.values():
        monkeypatch.setenv(variable, '')
    with patch_module_args({'name': 'ops', '_ansible_module_name': 'chatops.mattermost.mattermost_team'}):
        module = mattermost_module(TEAM_SPEC, supports_check_mode=True)
    assert dict((name, module.params[name]) for name in TLS_VARIABLES) == dict(
        validate_certs=True, ca_path=None, client_cert=None, client_key=None, proxy=None)
    assert driver_options(module.params)['verify'] is True
