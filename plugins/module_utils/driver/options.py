# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Driver options: defaults, `url` parsing and the retry delays.

The options, with their defaults (those of mattermostdriver 7.3.2 first):

url ('localhost')
    A host name, or a full URL such as `https://chat.example.com:8443/mattermost`: then the
    scheme, the port and the sub-path come from it (the base path becomes
    `/mattermost/api/v4`). A full URL without a port means the scheme's default port (443 for
    https, 80 for http), not the `port` option.
login_id, password (None)
    Log in with these (`Driver.login()`), with `mfa_token` when the account has MFA.
token (None)
    Or use this personal access token or session token.
scheme ('https'), port (8065), basepath ('/api/v4')
    Where the API is, when `url` is only a host name.
verify (True)
    Check the server's TLS certificate; False, or the path of a CA bundle. Used by the websocket too.
auth (None)
    A requests authentication class; an instance is made for every request.
timeout (30)
    Websocket heartbeat: seconds between pings and to wait for the pong before the link is dead.
request_timeout (None)
    Seconds for each HTTP request (requests' `timeout`); None waits forever.
keepalive (False), keepalive_delay (5)
    Websocket: reconnect when the connection drops; base of the reconnect delay in seconds.
websocket_kw_args (None)
    Extra keyword arguments for websockets' `connect()`.
debug (False)
    Log every request and response at DEBUG level, secrets redacted.
proxy (None)
    URL of a proxy for the REST API and the websocket. When unset, requests still follows the
    HTTP(S)_PROXY environment variables; the websocket connects directly.
client_cert, client_key (None)
    TLS client certificate (and its key, if not in the same file), for REST and websocket.
retries (3)
    How many times a request is retried: on 429 for every method, and on 502, 503, 504 and
    connection errors for GET, HEAD, PUT and DELETE. 0 disables retries.
local_socket (None)
    The path of the server's local-mode socket: every request goes there over HTTP, without a login
    (the server acts as a system admin); `url`, `token`, TLS and proxy options are then not used.
    See the local module.
retry_backoff (0.5), retry_max_wait (30)
    Base and cap, in seconds, of the exponential backoff (with full jitter) between retries and
    between websocket reconnections; the cap also bounds waiting for a rate limit reset.
"""

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import random

from urllib.parse import urlsplit

DEFAULT_OPTIONS = {
    'scheme': 'https',
    'url': 'localhost',
    'port': 8065,
    'basepath': '/api/v4',
    'verify': True,
    'timeout': 30,
    'request_timeout': None,
    'login_id': None,
    'password': None,
    'token': None,
    'mfa_token': None,
    'auth': None,
    'keepalive': False,
    'keepalive_delay': 5,
    'websocket_kw_args': None,
    'debug': False,
    'proxy': None,
    'client_cert': None,
    'client_key': None,
    'retries': 3,
    'retry_backoff': 0.5,
    'retry_max_wait': 30,
    'local_socket': None,
}

DEFAULT_PORTS = {'https': 443, 'http': 80}


def build_options(options=None):
    """The defaults updated by `options`; a full URL in `url` sets scheme, url (the host), port
    and basepath."""
    merged = dict(DEFAULT_OPTIONS)
    merged.update(options or {})
    if '://' in merged['url']:
        parts = urlsplit(merged['url'])
        if parts.scheme not in DEFAULT_PORTS or not parts.hostname:
            raise ValueError(f"url must be a host name or an http(s)://host[:port][/path] URL, not {merged['url']!r}")
        merged.update(
            scheme=parts.scheme,
            url=parts.hostname,
            port=parts.port or DEFAULT_PORTS[parts.scheme],
            basepath=parts.path.rstrip('/') + merged['basepath'],
        )
    return merged


def server_url(options):
    """`scheme://host:port` of the server."""
    host = options['url']
    if ':' in host:  # an IPv6 address
        host = f'[{host}]'
    return f"{options['scheme']}://{host}:{options['port']}"


def backoff_delay(attempt, base, cap):
    """Exponential backoff with full jitter: a random delay up to base * 2**attempt, at most cap."""
    return random.uniform(0, min(cap, base * 2 ** attempt))
