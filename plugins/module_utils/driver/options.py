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

import math
import os
import random
import re

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


# A control character (a newline ending a `token: |` block, a NUL) or anything outside printable ASCII
# cannot go into an HTTP header: requests would fail with the header, token included, in its message.
NOT_HEADER_SAFE = re.compile(r'[^\x21-\x7e]')
CONTROL_CHARACTER = re.compile(r'[\x00-\x1f\x7f]')
PROXY_SCHEMES = ('http', 'https', 'socks4', 'socks4a', 'socks5', 'socks5h')
# Seconds: a day is more than any answer takes, and far below what a socket timeout can hold.
MAX_SECONDS = 86400
# Each problem message names the option, never its value: a token, a password or a URL's credentials
# would otherwise reach the task's output, the log and the notify callback's post.
URL_SHAPE = 'a host name or an http(s)://host[:port][/path] URL'
SECONDS_OPTIONS = ('request_timeout', 'timeout', 'keepalive_delay', 'retry_backoff', 'retry_max_wait')


def safe_url(url):
    """`url` without its user name, password, query and fragment: what a message may show of it."""
    try:
        parts = urlsplit(url)
        host = parts.hostname or ''
        port = f':{parts.port}' if parts.port else ''
    except ValueError:
        return '(not shown)'
    if ':' in host:
        host = f'[{host}]'
    return f'{parts.scheme}://{host}{port}{parts.path}' if parts.scheme else '(not shown)'


def number_problem(name, value, minimum=0.0, strict=True):
    """What is wrong with a number of seconds (None if nothing)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return f'{name} must be a number of seconds'
    if not math.isfinite(value) or value > MAX_SECONDS or value < minimum or (strict and value == minimum):
        bound = 'greater than 0' if strict else 'at least 0'
        return f'{name} must be a number of seconds {bound} and at most {MAX_SECONDS}'
    return None


def url_problems(name, url, schemes, shape):
    """What is wrong with a URL option, never showing the URL (it may hold credentials)."""
    if not isinstance(url, str):
        return [f'{name} must be a string']
    if CONTROL_CHARACTER.search(url) or ' ' in url.strip():
        return [f'{name} holds a space or a control character']
    try:
        parts = urlsplit(url.strip())
        parts.port  # noqa: B018  (raises ValueError for a port that is not a number or out of range)
    except ValueError:
        return [f'{name} is not a URL (its port is not a number from 1 to 65535, or its host is malformed)']
    if parts.scheme not in schemes or not parts.hostname:
        return [f'{name} must be {shape}']
    return []


def option_problems(options):
    """What is wrong with complete driver options, each message naming the option, none its value."""
    problems = []
    token = options['token']
    if token is not None:
        if not isinstance(token, str):
            problems.append('token must be a string')
        elif NOT_HEADER_SAFE.search(token):
            problems.append('token holds a space, a control character or a character outside ASCII '
                            '(a personal access token is 26 letters and digits)')
    mfa_token = options['mfa_token']
    if mfa_token is not None and (not isinstance(mfa_token, str) or CONTROL_CHARACTER.search(mfa_token)):
        problems.append('mfa_token must be a string without control characters')
    url = options['url']
    if not isinstance(url, str) or not url:
        problems.append(f'url must be {URL_SHAPE}')
    elif '://' in url:
        problems += url_problems('url', url, tuple(DEFAULT_PORTS), URL_SHAPE)
        if not problems and (urlsplit(url).username is not None or urlsplit(url).password is not None):
            problems.append('url must not hold a user name or password (log in with token, or with login_id '
                            'and login_password)')
    elif NOT_HEADER_SAFE.search(url) or '/' in url or '@' in url:
        problems.append(f'url must be {URL_SHAPE}')
    if options['proxy']:
        problems += url_problems('proxy', options['proxy'], PROXY_SCHEMES,
                                 'an http, https, socks4 or socks5(h)://[user:password@]host:port URL')
    for name in ('client_cert', 'client_key'):
        path = options[name]
        if path is not None and not (isinstance(path, str) and os.path.isfile(path) and os.access(path, os.R_OK)):
            problems.append(f'{name} names no readable file')
    if options['client_key'] and not options['client_cert']:
        problems.append('client_key needs client_cert')
    verify = options['verify']
    if isinstance(verify, str) and not os.path.exists(verify):
        problems.append('the CA bundle (ca_path, verify) names no file or directory')
    for name in SECONDS_OPTIONS:
        if options[name] is not None or name != 'request_timeout':
            problem = number_problem(name, options[name], strict=name in ('request_timeout', 'timeout'))
            if problem:
                problems.append(problem)
    retries = options['retries']
    if isinstance(retries, bool) or not isinstance(retries, int) or not 0 <= retries <= 100:
        problems.append('retries must be a whole number from 0 to 100')
    return problems


def build_options(options=None):
    """The defaults updated by `options`; a full URL in `url` sets scheme, url (the host), port
    and basepath.

    Raises ValueError, naming each option that is wrong and showing none of their values, before any
    request: a token that cannot be a header, a URL with credentials or no host, a missing
    certificate file, a timeout that is not a positive finite number. Surrounding white space of
    the token and the URLs is dropped (a `token: |` block ends with a newline).
    """
    merged = dict(DEFAULT_OPTIONS)
    merged.update(options or {})
    for name in ('token', 'url', 'proxy', 'mfa_token'):
        if isinstance(merged[name], str):
            merged[name] = merged[name].strip()
    problems = option_problems(merged)
    if problems:
        raise ValueError('; '.join(problems))
    if '://' in merged['url']:
        parts = urlsplit(merged['url'])
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
