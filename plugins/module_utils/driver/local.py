# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""HTTP over the server's local-mode socket (the `local_socket` driver option), with requests and
urllib3 alone.

A server with `ServiceSettings.EnableLocalMode` listens on a Unix socket
(`ServiceSettings.LocalModeSocketLocation`, /var/tmp/mattermost_local.socket by default) and serves
part of the API there without a login, acting as a system admin, to whoever can open the socket
(its file mode is 0600, owned by the server's user). There is no logged in user: `me` means nobody,
and routes the server does not register for local mode answer 404 `api.context.404.app_error`.
"""

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import errno
import os
import socket
import stat

try:
    from requests.adapters import HTTPAdapter
    from urllib3.connection import HTTPConnection
    from urllib3.connectionpool import HTTPConnectionPool
except ImportError:  # the client reports the missing requests library
    HTTPAdapter = HTTPConnection = HTTPConnectionPool = object

from .exceptions import MattermostError

# The host name in the URLs of local-mode requests; the socket, not this name, says where they go.
LOCAL_HOST = 'localhost'
# The error id of the server's router for a route it does not serve (on the socket: not served locally).
NOT_SERVED_ID = 'api.context.404.app_error'
WITH_A_USER = 'url with token, or login_id and login_password, of a user allowed to do it'


class LocalModeRefused(MattermostError):
    """What the local-mode socket cannot do: a user identity (`me`, events) or a route it does not serve.

    Raised before sending when it is known beforehand, else for the server's 404 of an unknown route.
    """


class LocalSocketError(MattermostError):
    """The local-mode socket cannot be opened: missing, not a socket, nobody listening, permission denied."""


def refused_identity(what):
    """LocalModeRefused for something that needs a logged in user (`what`: 'posting as the logged in user')."""
    return LocalModeRefused(f'{what} needs a logged in user, and the local-mode socket has none (it acts as the server, '
                            f'not as a user): use {WITH_A_USER}')


def refused_route(method, path):
    """LocalModeRefused for a route the server does not serve over its local-mode socket."""
    return LocalModeRefused(f'the server does not serve {method} {path} over its local-mode socket: use {WITH_A_USER}')


def socket_problem(path):
    """Why `path` cannot be the local-mode socket of a running server, or None when it may be.

    Checked before the first request, so each case gets its own message rather than a connection error.
    """
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return (f'no local-mode socket at {path}: enable local mode on the server (ServiceSettings.EnableLocalMode true, '
                f'or MM_SERVICESETTINGS_ENABLELOCALMODE=true) and give the path of ServiceSettings.LocalModeSocketLocation '
                f'(default /var/tmp/mattermost_local.socket) on the host of the server')
    except PermissionError:
        return f'permission denied to reach {path}: run as the user of the server (become) or as root'
    if not stat.S_ISSOCK(mode):
        return f'{path} is not a socket: give the path of the server\'s ServiceSettings.LocalModeSocketLocation'
    return None


def connect_error(path, exc):
    """A LocalSocketError saying why connecting to `path` failed (`exc`, an OSError)."""
    number = getattr(exc, 'errno', None)
    if number in (errno.EACCES, errno.EPERM):
        return LocalSocketError(f'permission denied to open the local-mode socket {path}: run as the user of the server '
                                f'(become) or as root')
    if number in (errno.ECONNREFUSED, errno.ENOENT):
        return LocalSocketError(f'nothing listens on the local-mode socket {path}: the server is stopped, or local mode '
                                f'was turned off after it started')
    return LocalSocketError(socket_problem(path) or f'cannot open the local-mode socket {path}: {exc}')


def unix_connection_pool(path, timeout, errors):
    """A urllib3 connection pool whose connections are to the Unix socket `path`; a failure to connect
    is appended to `errors` as a LocalSocketError."""

    class UnixHTTPConnection(HTTPConnection):
        def connect(self):
            sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            sock.settimeout(self.timeout if isinstance(self.timeout, (int, float)) else timeout)
            try:
                sock.connect(path)
            except OSError as exc:
                sock.close()
                # urllib3 and requests wrap this in their own errors; the client raises this one instead.
                errors.append(connect_error(path, exc))
                raise
            self.sock = sock

    class UnixHTTPConnectionPool(HTTPConnectionPool):
        ConnectionCls = UnixHTTPConnection

    return UnixHTTPConnectionPool(LOCAL_HOST, maxsize=4, timeout=timeout)


class UnixSocketAdapter(HTTPAdapter):
    """A requests transport adapter sending every request over one Unix socket, whatever its URL's host."""

    def __init__(self, path, timeout=None):
        super().__init__(max_retries=0)
        self.socket_path = path
        self.errors = []
        self._pool = unix_connection_pool(path, timeout, self.errors)

    def get_connection_with_tls_context(self, request, verify, proxies=None, cert=None):  # requests >= 2.32.2
        return self._pool

    def get_connection(self, url, proxies=None):  # older requests
        return self._pool

    def close(self):
        self._pool.close()
        super().close()


def local_error(adapter, exc, method, path):
    """The error to raise in place of `exc` (a MattermostError) for a request over the socket: why the
    socket could not be opened, or that the route is not served locally; `exc` itself otherwise."""
    if adapter.errors:
        error = adapter.errors.pop()
        del adapter.errors[:]
        return error
    if is_not_served(exc):
        return refused_route(method, path)
    return exc


def names_me(endpoint):
    """Whether an API path names the logged in user (`/users/me`, `/users/me/teams`, ...)."""
    return 'me' in endpoint.split('?')[0].split('/')


def is_not_served(exc):
    """Whether a MattermostError is the server's answer to a route it does not have (not a missing object)."""
    return getattr(exc, 'status_code', None) == 404 and getattr(exc, 'error_id', None) == NOT_SERVED_ID
