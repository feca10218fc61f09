# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""The Mattermost websocket: `Websocket` (mattermostdriver's asynchronous interface) and
`EventStream` (a synchronous iterator of decoded events, for modules).

Both authenticate with the token in the Authorization header (and the `authentication_challenge`
action, for proxies that drop the header), detect a dead link with pings, and resume after a
reconnection: the server replays the missed events when asked with the `connection_id` of the
previous `hello` event and the next expected `sequence_number` (and sends no new `hello`). When the
server cannot replay (it sends a `hello` with a new connection_id), the caller gets a synthetic event
`{"event": "chatops_resume_failed", "data": {"previous_connection_id": ..., "connection_id": ...,
"missed_from_sequence": ...}}` before that `hello`.
"""

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import asyncio
import inspect
import json
import logging
import os
import ssl
import time
import traceback
from urllib.parse import urlencode

try:
    from websockets.exceptions import ConnectionClosed, InvalidStatus, WebSocketException
    from websockets.sync.client import connect as connect_sync  # websockets >= 11
    try:
        from websockets.asyncio.client import connect as connect_async  # websockets >= 13
    except ImportError:
        from websockets.client import connect as connect_async  # websockets 11, 12: the legacy implementation
    WEBSOCKETS_IMPORT_ERROR = None
except ImportError:
    WEBSOCKETS_IMPORT_ERROR = traceback.format_exc()

from .redaction import redact
from .exceptions import ConnectionFailure, error_class, excerpt
from .options import backoff_delay, server_url

LOG = logging.getLogger('chatops.mattermost.driver')

RESUME_FAILED = 'chatops_resume_failed'

# websockets logs the handshake headers and every frame at DEBUG on the logger it is given, with
# the token in the Authorization header and in the authentication challenge (and frames cut short,
# which defeats redaction). Its logger stays above DEBUG; the `debug` option logs each message,
# redacted, on LOG instead.
PROTOCOL_LOG = logging.getLogger('chatops.mattermost.driver.websocket')
PROTOCOL_LOG.setLevel(logging.INFO)
OPEN_TIMEOUT = 10


def websocket_url(options, resume=None):
    """ws(s)://host:port/basepath/websocket, with the query that resumes the connection `resume` tracks."""
    url = server_url(options).replace('http', 'ws', 1) + options['basepath'] + '/websocket'  # https -> wss
    if resume is not None and resume.connection_id:
        url += '?' + urlencode({'connection_id': resume.connection_id, 'sequence_number': resume.next_sequence})
    return url


def ssl_context(options):
    """The TLS settings of the REST client (verify, client certificate) for wss://; None for ws://."""
    if options['scheme'] != 'https':
        return None
    verify = options['verify']
    # A CA bundle given replaces the system's CAs, as it does for requests.
    ca_location = {('capath' if os.path.isdir(verify) else 'cafile'): verify} if isinstance(verify, str) else {}
    # SERVER_AUTH: we authenticate a server (mattermostdriver wrongly used CLIENT_AUTH).
    context = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, **ca_location)
    if verify is False:
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    if options['client_cert']:
        context.load_cert_chain(options['client_cert'], options['client_key'])
    return context


def connect_kwargs(connect, options, token):
    """Keyword arguments for websockets' `connect` (asyncio, legacy or sync: their parameters differ)."""
    parameters = inspect.signature(connect).parameters
    kwargs = {
        'additional_headers' if 'additional_headers' in parameters else 'extra_headers':
            {'Authorization': f'Bearer {token}'},
        'ssl': ssl_context(options),
    }
    optional = {
        'ping_interval': options['timeout'],
        'ping_timeout': options['timeout'],
        # None: websockets >= 15 would otherwise use the proxy environment variables on its own.
        'proxy': options['proxy'],
        # Recent websockets' sync connect() warns when used without `with`, unless legacy=True.
        'legacy': True,
        'logger': PROTOCOL_LOG,
    }
    kwargs.update((name, value) for name, value in optional.items() if name in parameters)
    if options['proxy'] and 'proxy' not in parameters:
        raise ValueError('the proxy option needs websockets >= 15 for the websocket')
    kwargs.update(options['websocket_kw_args'] or {})
    return kwargs


def decode_event(message):
    """Decode a websocket message; the `post` of an event's data (a JSON string) becomes a dict."""
    event = json.loads(message)
    data = event.get('data')
    if isinstance(data, dict) and isinstance(data.get('post'), str):
        data['post'] = json.loads(data['post'])
    return event


def authentication_challenge(token, debug):
    """The authentication_challenge action, as JSON; logged (redacted) in debug mode."""
    challenge = {'seq': 1, 'action': 'authentication_challenge', 'data': {'token': token}}
    if debug:
        LOG.debug('websocket: sending %s', redact(challenge))
    return json.dumps(challenge)


class ResumeState:
    """What the server needs to resume a connection: the connection id and the next sequence number."""

    def __init__(self):
        self.connection_id = None
        self.next_sequence = 0

    def track(self, event):
        """Note a received event; return the synthetic resume-failed event when a resumption failed."""
        resume_failed = None
        if event.get('event') == 'hello':
            connection_id = (event.get('data') or {}).get('connection_id')
            if self.connection_id and connection_id != self.connection_id:
                resume_failed = {'event': RESUME_FAILED, 'data': {
                    'previous_connection_id': self.connection_id,
                    'connection_id': connection_id,
                    'missed_from_sequence': self.next_sequence,
                }}
            self.connection_id = connection_id
        if 'seq' in event:
            self.next_sequence = event['seq'] + 1
        return resume_failed


def _require_websockets():
    if WEBSOCKETS_IMPORT_ERROR:
        raise ImportError(f'the Mattermost websocket needs the websockets library (>= 11):\n{WEBSOCKETS_IMPORT_ERROR}')


class Websocket:
    """mattermostdriver's asynchronous websocket client.

    `await connect(event_handler)` passes every message, the raw JSON string, to
    `async def event_handler(message)`, until `disconnect()` or, without the keepalive option, until
    the connection closes. With keepalive it reconnects and resumes (see the module's documentation):
    at once after a connection that worked, then with a backoff from keepalive_delay up to
    retry_max_wait, with jitter.
    """

    def __init__(self, options, token):
        _require_websockets()
        self.options = options
        self._token = token
        self._alive = False
        self._resume = ResumeState()
        self._connection = None
        self._loop = None
        self._failed_attempts = 0  # since the last message received

    async def connect(self, event_handler):
        self._alive = True
        self._loop = asyncio.get_running_loop()
        while self._alive:
            if self._failed_attempts:
                delay = backoff_delay(self._failed_attempts - 1, self.options['keepalive_delay'],
                                      self.options['retry_max_wait'])
                LOG.warning('websocket reconnection in %.1f s', delay)
                await asyncio.sleep(delay)
            self._failed_attempts += 1
            url = websocket_url(self.options, self._resume)
            try:
                self._connection = await connect_async(url, **connect_kwargs(connect_async, self.options, self._token))
            except (OSError, asyncio.TimeoutError, WebSocketException) as exc:
                if not self.options['keepalive']:
                    raise ConnectionFailure(f'cannot open the websocket: {exc}', method='GET', url=url) from exc
                LOG.warning('cannot open the websocket %s: %s', url, exc)
                continue
            await self._receive(event_handler)
            if not self.options['keepalive']:
                break

    async def _receive(self, event_handler):
        connection = self._connection
        try:
            await connection.send(authentication_challenge(self._token, self.options['debug']))
            async for message in connection:
                self._failed_attempts = 0
                if self.options['debug']:
                    LOG.debug('websocket message: %s', message)
                resume_failed = self._resume.track(json.loads(message))
                if resume_failed:
                    await event_handler(json.dumps(resume_failed))
                await event_handler(message)
                if not self._alive:
                    break
        except ConnectionClosed as exc:
            if self._alive:
                LOG.warning('websocket closed: %s', exc)
        finally:
            self._connection = None
            await connection.close()

    # mattermostdriver 7.3.2's steps of its connect(), with its behaviour, for programs that replace
    # connect() with their own loop built on them (mmpy_bot 2.1 does). `websocket` is a connection
    # of the websockets library they opened themselves.
    async def _authenticate_websocket(self, websocket, event_handler):
        """Send the authentication challenge, then pass every message to event_handler until the
        `hello` event (sequence 0) that follows a successful authentication; return True."""
        await websocket.send(authentication_challenge(self._token, self.options['debug']))
        while True:
            message = await websocket.recv()
            status = json.loads(message)
            if self.options['debug']:
                LOG.debug('websocket message: %s', message)
            # The hello event can come before the answer to the challenge: every message is passed on.
            await event_handler(message)
            if status.get('event') == 'hello' and status.get('seq') == 0:
                LOG.info('websocket authenticated')
                return True

    async def _start_loop(self, websocket, event_handler):
        """Pass messages to event_handler while alive, sending a pong after `timeout` seconds of silence
        so that an idle connection is not closed."""
        while self._alive:
            try:
                await asyncio.wait_for(self._wait_for_message(websocket, event_handler),
                                       timeout=self.options['timeout'])
            except asyncio.TimeoutError:
                await websocket.pong()

    async def _wait_for_message(self, websocket, event_handler):
        """Pass every message to event_handler while alive."""
        while self._alive:
            message = await websocket.recv()
            await event_handler(message)

    def disconnect(self):
        """Stop `connect()`; callable from the event handler or from another thread."""
        LOG.info('Disconnecting websocket')
        self._alive = False
        connection, loop = self._connection, self._loop
        if connection is not None and not loop.is_closed():
            asyncio.run_coroutine_threadsafe(connection.close(), loop)


class EventStream:
    """Synchronous iterator of decoded websocket events (see `decode_event`), for modules::

        with driver.events(timeout=60) as events:
            for event in events:
                ...

    Iteration stops `timeout` seconds after the stream was made (None: never). When the connection
    drops, the stream reconnects and resumes within that deadline (see the module's documentation
    for `chatops_resume_failed`): at once after a connection that worked, then with a backoff from
    keepalive_delay up to retry_max_wait, with jitter. Raises ConnectionFailure when it cannot
    connect before the deadline, and the MattermostError of the status when the server refuses the
    connection (NoAccessTokenProvided for a bad token). `close()` closes the connection and its thread.
    """

    def __init__(self, options, token, timeout=None):
        _require_websockets()
        self._options = options
        self._token = token
        self._deadline = None if timeout is None else time.monotonic() + timeout
        self._resume = ResumeState()
        self._connection = None
        self._pending = []  # the hello that follows a synthetic resume-failed event
        self._failed_attempts = 0  # since the last event received
        self._last_error = None
        self._last_connect_failed = False
        self._closed = False
        self._sleep = time.sleep  # replaced by tests

    def __iter__(self):
        return self

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()

    def _remaining(self):
        return None if self._deadline is None else self._deadline - time.monotonic()

    def __next__(self):
        while True:
            if self._pending:
                return self._pending.pop()
            remaining = self._remaining()
            if self._closed or (remaining is not None and remaining <= 0):
                # A deadline that passes while the stream cannot connect (the last attempt used up
                # the time left) is a connection failure, not the stream's normal end.
                cannot_connect = not self._closed and self._connection is None and self._last_connect_failed
                self.close()
                if cannot_connect:
                    raise ConnectionFailure(f'cannot open the websocket: {self._last_error}', method='GET',
                                            url=websocket_url(self._options, self._resume)) from self._last_error
                raise StopIteration
            if self._connection is None:
                self._connect()
                continue
            try:
                message = self._connection.recv(timeout=remaining)
            except TimeoutError:
                continue
            except ConnectionClosed as exc:
                if not self._closed:
                    LOG.warning('websocket closed: %s', exc)
                    self._last_error = exc
                    self._drop_connection()
                continue
            self._failed_attempts = 0
            if self._options['debug']:
                LOG.debug('websocket message: %s', message)
            event = decode_event(message)
            if 'event' not in event:  # the answer to our authentication challenge
                continue
            resume_failed = self._resume.track(event)
            if resume_failed:
                self._pending.append(event)
                return resume_failed
            return event

    def _connect(self):
        url = websocket_url(self._options, self._resume)
        if self._failed_attempts:
            self._wait_before_reconnecting(url)
        self._failed_attempts += 1
        kwargs = connect_kwargs(connect_sync, self._options, self._token)
        remaining = self._remaining()
        kwargs.setdefault('open_timeout', OPEN_TIMEOUT if remaining is None else max(min(OPEN_TIMEOUT, remaining), 0))
        self._last_connect_failed = True
        try:
            self._connection = connect_sync(url, **kwargs)
            self._connection.send(authentication_challenge(self._token, self._options['debug']))
            self._last_connect_failed = False
        except (OSError, WebSocketException) as exc:
            status = exc.response.status_code if isinstance(exc, InvalidStatus) else None
            if status is not None and status < 500:  # refused: retrying cannot help
                raise error_class(status)(
                    f'the server refused the websocket: {excerpt(exc.response.body.decode("utf-8", "replace"))}',
                    status_code=status, method='GET', url=url) from exc
            LOG.warning('cannot open the websocket %s: %s', url, exc)
            self._last_error = exc
            self._drop_connection()

    def _wait_before_reconnecting(self, url):
        delay = backoff_delay(self._failed_attempts - 1, self._options['keepalive_delay'],
                              self._options['retry_max_wait'])
        remaining = self._remaining()
        if remaining is not None and delay >= remaining:
            raise ConnectionFailure(f'cannot open the websocket: {self._last_error}', method='GET',
                                    url=url) from self._last_error
        LOG.warning('websocket reconnection in %.1f s', delay)
        self._sleep(delay)

    def _drop_connection(self):
        connection, self._connection = self._connection, None
        if connection is not None:
            connection.close()

    def close(self):
        """Stop the iteration; close the connection, which ends its thread."""
        self._closed = True
        self._drop_connection()
