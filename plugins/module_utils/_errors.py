# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""The errors of the shared layer, and the one place that turns them into a module's failure.

The shared code never calls `fail_json`: it raises a `Failure` (a message and extra result keys),
an `InvalidInput` (every problem found in the options, before any request) or a `NotFound` (a
lookup found nothing), and the driver raises its `MattermostError`. A module runs its work with
`run_module()`, which fails it once, at its edge, with the server's message and request id. This is
how kubernetes.core and community.general's ModuleHelper do it; it also lets a module that manages
many objects (mattermost_workspace) check all of them first and report every problem together.
"""

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

from urllib.parse import urlsplit

from ansible_collections.chatops.mattermost.plugins.module_utils.driver import MattermostError
from ansible_collections.chatops.mattermost.plugins.module_utils.driver.redaction import redact_url


class Failure(Exception):
    """The task cannot be done: `msg`, and `result`, extra keys of the failed result."""

    def __init__(self, msg, **result):
        super(Failure, self).__init__(msg)
        self.msg = msg
        self.result = result


class InvalidInput(Failure):
    """What is wrong with the options, found before any request: `problems`, a list of messages,
    each naming the option it is about by its path ('name', or 'teams[1].channels[3].name')."""

    def __init__(self, problems):
        self.problems = list(problems)
        super(InvalidInput, self).__init__('; '.join(self.problems))


class NotFound(Failure):
    """Something the options name does not exist (or cannot be seen by the user)."""


def check(problems):
    """Raise InvalidInput with the problems, if there are any."""
    if problems:
        raise InvalidInput(problems)


def path_of(prefix, option):
    """The name of an option in messages: `option` for a module's own options, `prefix.option` for
    the options of an object in a list ('teams[1].channels[3]' + 'name')."""
    return '%s.%s' % (prefix, option) if prefix else option


def error_message(exc, doing=None):
    """One line with the server's message, the HTTP status, the error id and the request id.

    The request's URL is shown without its query string (and without the id of an incoming webhook),
    and nothing of the request's headers or body: no token or password can end up in the message.
    """
    details = []
    if exc.status_code:
        details.append('HTTP %s' % exc.status_code)
    if exc.error_id:
        details.append('error id %s' % exc.error_id)
    if exc.request_id:
        details.append('request id %s' % exc.request_id)
    if exc.method and exc.url:
        details.append('%s %s' % (exc.method, redact_url(urlsplit(exc.url).path)))
    message = exc.message.rstrip('.') if exc.message else type(exc).__name__
    text = 'Cannot %s: %s' % (doing, message) if doing else 'Mattermost API error: %s' % message
    return '%s (%s)' % (text, ', '.join(details)) if details else text


def error_result(exc):
    """The server's details of a MattermostError, as keys of the failed result."""
    return dict(status=exc.status_code, error_id=exc.error_id, request_id=exc.request_id)


class RequestFailed(Failure):
    """The server refused a request: `error_message()` as msg, its details as result keys; `error`
    is the driver's MattermostError."""

    def __init__(self, exc, doing=None, **result):
        result.update(error_result(exc))
        super(RequestFailed, self).__init__(error_message(exc, doing), **result)
        self.error = exc


def request(doing, call, *args, **kwargs):
    """`call(*args, **kwargs)`, with the server's refusal raised as RequestFailed, which says what the
    request was for (`doing`: "list the teams")."""
    try:
        return call(*args, **kwargs)
    except MattermostError as exc:
        raise RequestFailed(exc, doing)


class Work:
    """Work done through the driver for a module: `run()` returns the module's result; `ensure()`
    runs it, raising RequestFailed, which says what the refused request was for (`doing`, set before
    each request: "create team 'x'"), and adds the messages given to `warn()` as `warnings`."""

    doing = None
    warnings = ()

    def warn(self, message):
        self.warnings = list(self.warnings) + [message]

    def run(self):
        raise NotImplementedError

    def ensure(self):
        try:
            result = self.run()
        except MattermostError as exc:
            raise RequestFailed(exc, self.doing)
        if self.warnings:
            result['warnings'] = list(self.warnings)
        return result


# Drivers logged in with a password during the work (`_connection.login`): run_module logs them out,
# so a task leaves no session behind on the server (a token's session is the token owner's: kept).
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
