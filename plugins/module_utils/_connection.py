# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""The Ansible glue: the connection options every module shares, the logged in driver made from
them, and the module's edge, where its work runs and where it exits or fails once.

A module file is its documentation and a `main()` of two lines: `mattermost_module()` makes the
AnsibleModule, and `run_task()` (or `run_resource()` for an object of a `_kinds` Resource) hands it
to its work in module_utils. The work is a plain function of a `Task` (the options, the modes, the
driver), so that unit tests call it with a mock driver and no AnsibleModule.

The options are documented in plugins/doc_fragments/connection.py (the
chatops.mattermost.connection fragment): change both together.
"""

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import copy

from urllib.parse import urlsplit

from ansible.module_utils import basic
from ansible.module_utils.basic import AnsibleModule, missing_required_lib
from ansible.module_utils.common.parameters import AnsibleFallbackNotFound

from ansible_collections.chatops.mattermost.plugins.module_utils.driver import (
    REQUESTS_IMPORT_ERROR, Driver, MattermostError,
)
from ansible_collections.chatops.mattermost.plugins.module_utils.driver.options import safe_url
from ansible_collections.chatops.mattermost.plugins.module_utils.driver.local import refused_identity
from ansible_collections.chatops.mattermost.plugins.module_utils._driver_options import (
    ENVIRONMENT, driver_options, from_environment,
)
from ansible_collections.chatops.mattermost.plugins.module_utils._errors import (
    Failure, InvalidInput, RequestFailed, check, error_message, error_result,
)


def env_fallback(*names):
    """The first of the environment variables NAMES that is set and not empty.

    Unlike Ansible's env_fallback, an empty variable counts as not set (from_environment): an empty
    MATTERMOST_TOKEN beside a MATTERMOST_LOGIN_ID must not make the two "mutually exclusive".
    """
    for name in names:
        value = from_environment(name)
        if value is not None:
            return value
    raise AnsibleFallbackNotFound


def from_env(option):
    """The fallback of a connection option: its variable of ENVIRONMENT."""
    return (env_fallback, [ENVIRONMENT[option]])


ARGUMENT_SPEC = dict(
    # Not required: local_socket is the other way to reach the server (REQUIRED_ONE_OF).
    url=dict(type='str', fallback=from_env('url')),
    token=dict(type='str', no_log=True, fallback=from_env('token')),
    login_id=dict(type='str', fallback=from_env('login_id')),
    # login_password, not password: a module that manages an account (mattermost_user) has its own password.
    login_password=dict(type='str', no_log=True, fallback=from_env('login_password')),
    mfa_token=dict(type='str', no_log=True),
    validate_certs=dict(type='bool', default=True, fallback=from_env('validate_certs')),
    ca_path=dict(type='path', fallback=from_env('ca_path')),
    client_cert=dict(type='path', fallback=from_env('client_cert')),
    # A path, not a secret: without no_log=False the sanity test takes "key" for one.
    client_key=dict(type='path', no_log=False, fallback=from_env('client_key')),
    proxy=dict(type='str', fallback=from_env('proxy')),
    request_timeout=dict(type='float', default=30),
    retries=dict(type='int', default=3),
    local_socket=dict(type='path', fallback=from_env('local_socket')),
)
# Over the local-mode socket nobody logs in: a URL or a credential given with it is a mistake.
MUTUALLY_EXCLUSIVE = [('token', 'login_id'), ('local_socket', 'url'), ('local_socket', 'token'),
                      ('local_socket', 'login_id')]
REQUIRED_TOGETHER = [('login_id', 'login_password')]
REQUIRED_ONE_OF = [('url', 'local_socket'), ('token', 'login_id', 'local_socket')]


# Names users write for a connection option (other modules' names for it, and `password`, the login's
# before 0.1.0), and the connection option meant. A module's own option of the same name wins:
# `password` is mattermost_user's, `api_key` mattermost_post's, `user` and `username` some modules'.
MISPLACED_OPTIONS = {
    'password': 'login_password',
    'url_password': 'login_password',
    'api_password': 'login_password',
    'user': 'login_id',
    'username': 'login_id',
    'login_user': 'login_id',
    'login_username': 'login_id',
    'url_username': 'login_id',
    'api_username': 'login_id',
    'api_key': 'token',
    'api_token': 'token',
    'access_token': 'token',
    'auth_token': 'token',
    'login_token': 'token',
    'host': 'url',
    'server': 'url',
    'server_url': 'url',
    'mattermost_url': 'url',
    'api_url': 'url',
    'verify': 'validate_certs',
    'verify_ssl': 'validate_certs',
    'verify_certs': 'validate_certs',
    'validate_cert': 'validate_certs',
    'ca_cert': 'ca_path',
    'mfa_code': 'mfa_token',
    'otp': 'mfa_token',
    'timeout': 'request_timeout',
    'use_proxy': 'proxy',
    'proxies': 'proxy',
    'socket': 'local_socket',
    'socket_path': 'local_socket',
    'local_mode_socket': 'local_socket',
}
# What to write instead of a name of MISPLACED_OPTIONS, for each connection option it names.
HINTS = {
    'login_id': 'to log in with a password, give login_id (a username or e-mail address) and login_password',
    'login_password': 'to log in with a password, give login_id and login_password',
    'token': 'to log in with a personal access token or a bot token, give token',
    'url': 'give the address of the server as url',
    'validate_certs': 'to check the server\'s certificate or not, give validate_certs',
    'ca_path': 'give the file of certificate authorities as ca_path',
    'mfa_token': 'give the multi-factor authentication code as mfa_token',
    'request_timeout': 'give the seconds to wait for each answer of the server as request_timeout',
    'proxy': 'give the URL of the proxy as proxy',
    'local_socket': 'give the path of the server\'s local-mode socket as local_socket',
}


def option_names(argument_spec):
    """The names a module takes: its options and their aliases."""
    names = set(argument_spec)
    for option in argument_spec.values():
        names.update(option.get('aliases') or ())
    return names


def unsupported(argument_spec, params):
    """The parameters given that the module does not take, sorted."""
    known = option_names(argument_spec)
    return sorted(name for name in params if name not in known and not name.startswith('_ansible_'))


def unsupported_messages(argument_spec, params):
    """What to write instead of each parameter the module does not take: a connection option's name
    when MISPLACED_OPTIONS knows the parameter, else the module's options."""
    module_name = params.get('_ansible_module_name', 'this module').rsplit('.', 1)[-1]
    by_hint = {}
    for name in unsupported(argument_spec, params):
        hint = HINTS.get(MISPLACED_OPTIONS.get(name)) or 'its options are %s' % ', '.join(sorted(option_names(argument_spec)))
        by_hint.setdefault(hint, []).append(name)
    return ['%s has no option%s %s: %s' % (module_name, 's' if len(names) > 1 else '', ', '.join(names), hint)
            for hint, names in sorted(by_hint.items(), key=lambda item: item[1])]


def fail_for_unsupported(argument_spec, params):
    """Fail for the parameters the module does not take, saying what to write instead and showing none of their values.

    AnsibleModule would fail with its generic message and show each unsupported parameter with its
    value among the module's arguments, and a password written in the wrong place, or under a
    misspelled name, is still a password. So the module made only to fail takes every option as it
    is given (type raw, no check), with the module's no_log options, and every parameter the module
    does not take as a no_log option, unless MISPLACED_OPTIONS knows it for a connection option that
    is no secret (a value kept out of the output is also masked wherever it occurs in the message).
    """
    spec = dict((name, dict(type='raw', no_log=bool(option.get('no_log')), aliases=option.get('aliases') or []))
                for name, option in argument_spec.items())
    for name in unsupported(argument_spec, params):
        meant = ARGUMENT_SPEC.get(MISPLACED_OPTIONS.get(name), dict(no_log=True))
        spec[name] = dict(type='raw', no_log=bool(meant.get('no_log')))
    AnsibleModule(argument_spec=spec, supports_check_mode=True).fail_json(
        msg='; '.join(unsupported_messages(argument_spec, params)))


def mattermost_module(argument_spec, mutually_exclusive=None, required_together=None, required_one_of=None,
                      connection_required=True, **kwargs):
    """An AnsibleModule with the module's own options plus the connection options and their rules.

    connection_required=False is for a module that can also work without the API (posting through
    an incoming webhook): url and a credential are then checked by the module when it needs them.
    A parameter the module does not take fails with what to write instead (fail_for_unsupported).
    """
    spec = copy.deepcopy(ARGUMENT_SPEC)
    spec.update(argument_spec)
    # The raw parameters, before AnsibleModule rejects the unknown ones (validate-modules reads None).
    params = basic._load_params() or {}
    # AnsibleModule itself lets unknown parameters pass when the controller asks it to.
    if unsupported(spec, params) and not params.get('_ansible_ignore_unknown_opts'):
        fail_for_unsupported(spec, params)
    module = AnsibleModule(
        argument_spec=spec,
        mutually_exclusive=MUTUALLY_EXCLUSIVE + list(mutually_exclusive or []),
        required_together=REQUIRED_TOGETHER + list(required_together or []),
        required_one_of=(REQUIRED_ONE_OF if connection_required else []) + list(required_one_of or []),
        **kwargs
    )
    module.no_log_values.update(url_credentials(module.params))
    return module


def url_credentials(params):
    """The user:password parts of url and proxy (a proxy's are allowed, a server's refused): values
    kept out of the result, the invocation and any message, as no_log options are."""
    found = set()
    for name in ('url', 'proxy'):
        value = params.get(name)
        if not isinstance(value, str) or '@' not in value:
            continue
        userinfo = value.split('://', 1)[-1].split('/', 1)[0].rpartition('@')[0]
        found.update(part for part in (userinfo, userinfo.partition(':')[2]) if part)
    return found


def connection_problems(params):
    """What breaks the rules of MUTUALLY_EXCLUSIVE, REQUIRED_TOGETHER and REQUIRED_ONE_OF in `params`,
    for a plugin (a lookup), which has no AnsibleModule to check them."""
    given = [name for name in ARGUMENT_SPEC if params.get(name) not in (None, '')]
    problems = ['%s are mutually exclusive' % ' and '.join(names) for names in MUTUALLY_EXCLUSIVE
                if all(name in given for name in names)]
    problems += ['%s must be given together' % ' and '.join(names) for names in REQUIRED_TOGETHER
                 if any(name in given for name in names) and not all(name in given for name in names)]
    problems += ['one of %s is required' % ', '.join(names) for names in REQUIRED_ONE_OF
                 if not any(name in given for name in names)]
    return problems


# Drivers logged in with a password during the work (`login`): run_module logs them out, so a task
# leaves no session behind on the server (a token's session is the token owner's: kept).
PASSWORD_SESSIONS = []


def end_sessions():
    """Log out and close every driver of PASSWORD_SESSIONS; a failure to log out changes nothing of
    the task's result (the session then expires as the server's settings say)."""
    while PASSWORD_SESSIONS:
        driver = PASSWORD_SESSIONS.pop()
        try:
            driver.logout()
        except MattermostError:
            pass
        finally:
            driver.close()


def login(params, needs_user=None):
    """A Driver logged in with the connection options in `params`; raises Failure when it cannot be.

    Logging in also checks a token (GET /users/me), so a wrong URL or a bad token fails here, before
    anything else is sent. With local_socket nobody logs in: the socket is checked (GET /system/ping
    over it), and a module that acts as the logged in user says so with `needs_user` (what it does:
    'posting as the logged in user'), which is refused there, before any request.
    """
    if REQUESTS_IMPORT_ERROR:
        raise Failure(missing_required_lib('requests'), exception=REQUESTS_IMPORT_ERROR)
    local_socket = params.get('local_socket')
    if local_socket and needs_user:
        raise Failure(refused_identity(needs_user).message)
    url = None if local_socket else checked_url(params['url'])
    try:
        driver = Driver(driver_options(params))
    except ValueError as exc:
        raise Failure('Invalid connection options: %s' % exc)
    try:
        driver.login()
    except MattermostError as exc:
        raise RequestFailed(exc, 'use the local-mode socket' if local_socket else 'log in to %s' % url)
    if not local_socket and not driver.options['token']:
        PASSWORD_SESSIONS.append(driver)
    return driver


class Task:
    """A module's run as its work in module_utils sees it, without AnsibleModule.

    - `params`: the options, a plain dict;
    - `check_mode`, `diff`: the modes asked for;
    - `driver()`: the Driver, logged in with the connection options on first use (`login()`), or the
      one given (a mock, in unit tests);
    - `no_log_values`: a set of values found while working that must not show in the output (the
      module's own set, which Ansible masks everywhere);
    - `warn()`: a warning of the module (in unit tests, kept in `warnings`);
    - `log()`: a line for the system log of the host the module runs on (AnsibleModule.log);
    - `require()`: fail as Ansible does when a Python library is missing.
    """

    def __init__(self, params, check_mode=False, diff=False, driver=None, no_log_values=None, warn=None, log=None):
        self.params = params
        self.check_mode = check_mode
        self.diff = diff
        self.logged_in = driver
        self.no_log_values = set() if no_log_values is None else no_log_values
        self.warnings = []
        self.warn = warn or self.warnings.append
        self.log = log or (lambda message: None)

    @classmethod
    def of(cls, module):
        """The Task of an AnsibleModule."""
        return cls(module.params, check_mode=module.check_mode, diff=module._diff, no_log_values=module.no_log_values,
                   warn=module.warn, log=module.log)

    def driver(self, needs_user=None):
        """The logged in Driver; `needs_user` says what the work does as the logged in user, which the
        local-mode socket refuses (see login)."""
        if self.logged_in is None:
            self.logged_in = login(self.params, needs_user)
        return self.logged_in

    @staticmethod
    def require(library, import_error):
        """Raise Failure with Ansible's message for a missing library when `import_error` says it is."""
        if import_error:
            raise Failure(missing_required_lib(library), exception=import_error)


def run_module(module, work):
    """Exit the module with `work()`'s result, or fail it once for what the work raised.

    A result may hold `warnings` (a list of messages), emitted as the module's warnings. The sessions
    the work opened with a password are logged out first (end_sessions).
    """
    try:
        try:
            result = work()
        finally:
            end_sessions()
    except MattermostError as exc:
        module.fail_json(msg=error_message(exc), **error_result(exc))
    except Failure as exc:
        module.fail_json(msg=exc.msg, **exc.result)
    for warning in result.pop('warnings', None) or ():
        module.warn(warning)
    module.exit_json(**result)


def run_task(module, work):
    """The edge of a module: run `work(task)` (a function of module_utils taking a `Task`) with the
    module's Task; exit or fail the module once."""
    run_module(module, lambda: work(Task.of(module)))


def ensure_resource(task, kind):
    """The work of a module that brings one object of `kind` (a Resource subclass) to the state its
    options describe: check the options, log in, ensure."""
    params = kind.complete(task.params)
    check(kind.problems(params))
    return kind(params, task.driver(), check_mode=task.check_mode, diff=task.diff).ensure()


def checked_url(url):
    """`url` without what must not be shown (safe_url); raises InvalidInput unless it is an http(s) URL
    with a host."""
    url = (url or '').strip()
    try:
        scheme, hostname = urlsplit(url).scheme, urlsplit(url).hostname
    except ValueError:
        scheme = hostname = None
    # The driver takes a bare host name as https on port 8065; a module user means the URL they typed.
    if scheme not in ('http', 'https') or not hostname:
        raise InvalidInput(['url must be the address of the server with its scheme, such as https://chat.example.com, '
                            'not %s' % (repr(url) if url_is_plain(url) else 'what was given (not shown)')])
    return safe_url(url)


def url_is_plain(url):
    """Whether `url` may be shown in a message: no credentials, no control character."""
    return '@' not in url and not any(ord(char) < 32 or ord(char) == 127 for char in url)


def run_resource(module, kind):
    """The whole work of a module that brings one object of `kind` to the state its options
    describe (`ensure_resource`); exit or fail the module once."""
    run_task(module, lambda task: ensure_resource(task, kind))
