# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import asyncio
import datetime
import json
import logging
import socket
import ssl
import threading
import time

import pytest


from ansible_collections.chatops.mattermost.plugins.module_utils.driver import websocket as websocket_module
from ansible_collections.chatops.mattermost.plugins.module_utils.driver.exceptions import (
    ConnectionFailure, NoAccessTokenProvided,
)
from ansible_collections.chatops.mattermost.plugins.module_utils.driver.options import build_options
from ansible_collections.chatops.mattermost.plugins.module_utils.driver.websocket import (
    RESUME_FAILED, EventStream, ResumeState, Websocket, connect_kwargs, decode_event, ssl_context, websocket_url,
)

LOGGER = 'chatops.mattermost.driver'


def hello(connection_id, seq):
    return {'event': 'hello', 'data': {'connection_id': connection_id, 'server_version': '10.5.0'},
            'broadcast': {'user_id': 'u1'}, 'seq': seq}


def posted(message, seq):
    return {'event': 'posted', 'data': {'post': json.dumps({'id': 'p%d' % seq, 'message': message}),
                                        'channel_name': 'town-square'}, 'seq': seq}


# ---------------------------------------------------------------- URL, TLS and connect() arguments

@pytest.mark.parametrize('options, expected', [
    ({'url': 'chat.example.com'}, 'wss://chat.example.com:8065/api/v4/websocket'),
    ({'url': 'chat.example.com', 'scheme': 'http'}, 'ws://chat.example.com:8065/api/v4/websocket'),
    ({'url': 'https://chat.example.com/mattermost'}, 'wss://chat.example.com:443/mattermost/api/v4/websocket'),
    ({'url': 'http://[::1]:8080'}, 'ws://[::1]:8080/api/v4/websocket'),
])
def test_websocket_url(options, expected):
    assert websocket_url(build_options(options)) == expected


def test_websocket_url_resumes_with_connection_id_and_next_sequence():
    resume = ResumeState()
    options = build_options({'url': 'chat.example.com'})
    assert websocket_url(options, resume) == 'wss://chat.example.com:8065/api/v4/websocket'
    resume.track(hello('abc123', 0))
    resume.track(posted('hi', 1))
    assert websocket_url(options, resume) == (
        'wss://chat.example.com:8065/api/v4/websocket?connection_id=abc123&sequence_number=2')


def test_no_ssl_context_for_ws():
    assert ssl_context(build_options({'url': 'chat.example.com', 'scheme': 'http'})) is None


def test_ssl_context_verifies_the_server_by_default():
    context = ssl_context(build_options({'url': 'chat.example.com'}))
    # A SERVER_AUTH context; mattermostdriver's CLIENT_AUTH one checked neither of these.
    assert context.verify_mode == ssl.CERT_REQUIRED
    assert context.check_hostname is True


def test_ssl_context_without_verification():
    context = ssl_context(build_options({'url': 'chat.example.com', 'verify': False}))
    assert context.verify_mode == ssl.CERT_NONE
    assert context.check_hostname is False


@pytest.fixture(scope='module')
def certificate(tmp_path_factory):
    """A self-signed certificate and its key, as PEM files."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, 'chatops test CA')])
    now = datetime.datetime.now(datetime.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(1).not_valid_before(now).not_valid_after(now + datetime.timedelta(days=1))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    directory = tmp_path_factory.mktemp('tls')
    cert_path, key_path = directory / 'cert.pem', directory / 'key.pem'
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return str(cert_path), str(key_path)


def test_ssl_context_with_a_ca_bundle_trusts_only_it(certificate):
    context = ssl_context(build_options({'url': 'chat.example.com', 'verify': certificate[0]}))
    assert [dict(item[0] for item in ca['subject'])['commonName'] for ca in context.get_ca_certs()] == [
        'chatops test CA']
    assert context.verify_mode == ssl.CERT_REQUIRED


def test_ssl_context_loads_the_client_certificate(certificate, monkeypatch):
    loaded = []
    monkeypatch.setattr(ssl.SSLContext, 'load_cert_chain', lambda self, cert, key=None: loaded.append((cert, key)))
    ssl_context(build_options({'url': 'chat.example.com', 'client_cert': certificate[0], 'client_key': certificate[1]}))
    assert loaded == [certificate]


def test_ssl_context_accepts_a_real_certificate_pair(certificate):
    assert ssl_context(build_options({'url': 'chat.example.com', 'client_cert': certificate[0],
                                      'client_key': certificate[1]}))


def test_connect_kwargs_for_websockets_17():
    options = build_options({'url': 'chat.example.com', 'timeout': 12})
    kwargs = connect_kwargs(websocket_module.connect_async, options, 'tok')
    assert kwargs.pop('ssl').verify_mode == ssl.CERT_REQUIRED
    assert kwargs == {'additional_headers': {'Authorization': 'Bearer tok'}, 'ping_interval': 12,
                      'ping_timeout': 12, 'proxy': None, 'logger': websocket_module.PROTOCOL_LOG}
    sync_kwargs = connect_kwargs(websocket_module.connect_sync, options, 'tok')
    assert (sync_kwargs['proxy'], sync_kwargs['legacy']) == (None, True)


def test_connect_kwargs_proxy_and_extra_arguments():
    options = build_options({'url': 'chat.example.com', 'scheme': 'http', 'proxy': 'http://proxy:3128',
                             'websocket_kw_args': {'max_size': 2 ** 24, 'ping_interval': 5}})
    kwargs = connect_kwargs(websocket_module.connect_sync, options, 'tok')
    assert (kwargs['proxy'], kwargs['ssl'], kwargs['max_size'], kwargs['ping_interval']) == (
        'http://proxy:3128', None, 2 ** 24, 5)


def legacy_connect(uri, *, extra_headers=None, ping_interval=20, ping_timeout=20, **kwargs):
    """The signature of websockets 11 and 12's legacy asyncio connect()."""


def test_connect_kwargs_for_legacy_websockets():
    kwargs = connect_kwargs(legacy_connect, build_options({'url': 'chat.example.com', 'scheme': 'http'}), 'tok')
    assert kwargs == {'extra_headers': {'Authorization': 'Bearer tok'}, 'ssl': None, 'ping_interval': 30,
                      'ping_timeout': 30}
    with pytest.raises(ValueError, match='websockets >= 15'):
        connect_kwargs(legacy_connect, build_options({'url': 'chat.example.com', 'proxy': 'http://p:1'}), 'tok')


# ---------------------------------------------------------------- events and resumption

def test_decode_event_parses_the_post():
    event = decode_event(json.dumps(posted('hello', 3)))
    assert event['data']['post'] == {'id': 'p3', 'message': 'hello'}
    assert event['data']['channel_name'] == 'town-square'
    edited = decode_event(json.dumps({'event': 'post_edited', 'data': {'post': '{"id": "p1"}'}, 'seq': 4}))
    assert edited['data']['post'] == {'id': 'p1'}
    assert decode_event('{"event": "typing", "data": {"parent_id": ""}, "seq": 5}')['data'] == {'parent_id': ''}
    assert decode_event('{"status": "OK", "seq_reply": 1}') == {'status': 'OK', 'seq_reply': 1}


def test_resume_state():
    resume = ResumeState()
    assert resume.track(hello('c1', 0)) is None
    assert resume.track(posted('a', 1)) is None
    assert resume.track({'status': 'OK', 'seq_reply': 1}) is None
    assert (resume.connection_id, resume.next_sequence) == ('c1', 2)
    assert resume.track(hello('c1', 2)) is None  # resumed
    assert resume.track(hello('c2', 0)) == {'event': RESUME_FAILED, 'data': {
        'previous_connection_id': 'c1', 'connection_id': 'c2', 'missed_from_sequence': 3}}
    assert (resume.connection_id, resume.next_sequence) == ('c2', 1)


# ---------------------------------------------------------------- against a local fake server

class FakeMattermost:
    """A websocket server in a thread: connection n gets the messages of script[n]; every connection
    but the last is then dropped (close code 1011), the last stays open."""

    def __init__(self, script, token='tok'):
        from websockets.sync.server import serve
        self.script = script
        self.token = token
        self.connections = []  # (path, Authorization header, first message received)
        self.server = serve(self.handle, '127.0.0.1', 0, process_request=self.check_token)
        self.thread = threading.Thread(target=self.server.serve_forever)
        self.thread.start()
        self.options = build_options({'url': 'http://127.0.0.1:%d' % self.server.socket.getsockname()[1],
                                      'keepalive': True, 'keepalive_delay': 0.01})

    def check_token(self, connection, request):
        if request.headers.get('Authorization') != 'Bearer ' + self.token:
            return connection.respond(401, '{"id": "api.context.session_expired.app_error"}\n')
        return None

    def handle(self, connection):
        challenge = json.loads(connection.recv(timeout=5))
        index = len(self.connections)
        self.connections.append((connection.request.path, connection.request.headers['Authorization'], challenge))
        for message in self.script[index]:
            connection.send(json.dumps(message))
        if index + 1 < len(self.script):
            connection.close(1011, 'server restart')
        else:
            for _message in connection:  # until the client closes
                pass

    def stop(self):
        self.server.shutdown()
        self.thread.join()


@pytest.fixture
def fake_server():
    servers = []

    def start(script, token='tok'):
        servers.append(FakeMattermost(script, token))
        return servers[-1]
    yield start
    for server in servers:
        server.stop()


def wait_for_threads(expected, timeout=5):
    deadline = time.monotonic() + timeout
    while set(threading.enumerate()) != expected and time.monotonic() < deadline:
        time.sleep(0.01)
    return set(threading.enumerate())


def test_event_stream_reconnects_resumes_and_reports_a_failed_resume(fake_server):
    threads_before = set(threading.enumerate())
    server = fake_server([
        [hello('c1', 0), posted('one', 1)],
        [hello('c1', 2), posted('two', 3)],  # resumed
        [hello('c2', 0), posted('three', 1)],  # the server could not resume
    ])
    stream = EventStream(server.options, 'tok', timeout=2)
    stream._sleep = lambda delay: None
    events = []
    for event in stream:
        events.append(event)
        if len(events) == 7:
            break
    stream.close()
    assert [(event['event'], event.get('seq')) for event in events] == [
        ('hello', 0), ('posted', 1), ('hello', 2), ('posted', 3), (RESUME_FAILED, None), ('hello', 0),
        ('posted', 1)]
    assert [event['data']['post']['message'] for event in events if event['event'] == 'posted'] == [
        'one', 'two', 'three']
    assert events[4]['data'] == {'previous_connection_id': 'c1', 'connection_id': 'c2', 'missed_from_sequence': 4}
    assert [path for path, _auth, _challenge in server.connections] == [
        '/api/v4/websocket',
        '/api/v4/websocket?connection_id=c1&sequence_number=2',
        '/api/v4/websocket?connection_id=c1&sequence_number=4',
    ]
    assert all(auth == 'Bearer tok' for _path, auth, _challenge in server.connections)
    assert server.connections[0][2] == {'seq': 1, 'action': 'authentication_challenge', 'data': {'token': 'tok'}}
    server.stop()
    assert wait_for_threads(threads_before) == threads_before  # close() left no thread behind


def test_event_stream_stops_at_the_deadline(fake_server):
    server = fake_server([[hello('c1', 0), {'status': 'OK', 'seq_reply': 1}]])
    started = time.monotonic()
    with EventStream(server.options, 'tok', timeout=0.5) as stream:
        assert [event['event'] for event in stream] == ['hello']
    assert 0.4 < time.monotonic() - started < 2


def test_event_stream_refused_token(fake_server):
    server = fake_server([[]], token='other')
    with pytest.raises(NoAccessTokenProvided) as caught:
        next(EventStream(server.options, 'tok', timeout=5))
    assert caught.value.status_code == 401
    assert caught.value.url.startswith('ws://127.0.0.1:')
    assert server.connections == []


def free_port():
    with socket.socket() as sock:
        sock.bind(('127.0.0.1', 0))
        return sock.getsockname()[1]


def test_event_stream_gives_up_at_the_deadline_when_it_cannot_connect(caplog):
    options = build_options({'url': 'http://127.0.0.1:%d' % free_port(), 'keepalive_delay': 0.05})
    stream = EventStream(options, 'tok', timeout=1)
    sleeps = []
    stream._sleep = lambda delay: sleeps.append(delay) or time.sleep(delay)
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        with pytest.raises(ConnectionFailure, match='cannot open the websocket'):
            next(stream)
    assert len(sleeps) >= 2
    assert any('reconnection in' in record.getMessage() for record in caplog.records)


def test_event_stream_fails_when_its_last_attempt_uses_up_the_time(monkeypatch):
    # The attempt's open timeout is the time left: when it expires, so has the deadline. That is
    # a failure to connect, not the stream's normal end (seen on a loaded machine).
    attempts = []

    def open_too_slowly(url, **kwargs):
        attempts.append(kwargs['open_timeout'])
        time.sleep(kwargs['open_timeout'] + 0.05)
        raise TimeoutError('timed out during opening handshake')

    monkeypatch.setattr(websocket_module, 'connect_sync', open_too_slowly)
    stream = EventStream(build_options({'url': 'http://127.0.0.1:9'}), 'tok', timeout=0.2)
    with pytest.raises(ConnectionFailure, match='cannot open the websocket: timed out during opening handshake'):
        next(stream)
    assert len(attempts) == 1 and 0 < attempts[0] <= 0.2


def test_async_websocket_passes_raw_messages_and_resumes_with_keepalive(fake_server):
    server = fake_server([
        [hello('c1', 0), posted('one', 1)],
        [hello('c2', 0), posted('two', 1)],
    ])
    websocket = Websocket(server.options, 'tok')
    messages = []

    async def handler(message):
        messages.append(message)
        if json.loads(message).get('data', {}).get('post', '').endswith('"two"}'):
            websocket.disconnect()

    asyncio.run(asyncio.wait_for(websocket.connect(handler), 5))
    events = [json.loads(message) for message in messages]
    assert all(isinstance(message, str) for message in messages)
    assert [event['event'] for event in events] == ['hello', 'posted', RESUME_FAILED, 'hello', 'posted']
    assert events[2]['data'] == {'previous_connection_id': 'c1', 'connection_id': 'c2', 'missed_from_sequence': 2}
    assert server.connections[1][0] == '/api/v4/websocket?connection_id=c1&sequence_number=2'


def test_async_websocket_without_keepalive_returns_when_the_connection_closes(fake_server):
    server = fake_server([[hello('c1', 0)], []])
    options = dict(server.options, keepalive=False)
    messages = []

    async def handler(message):
        messages.append(json.loads(message)['event'])

    asyncio.run(asyncio.wait_for(Websocket(options, 'tok').connect(handler), 5))
    assert messages == ['hello']
    assert len(server.connections) == 1


def test_async_websocket_without_keepalive_raises_when_it_cannot_connect():
    options = build_options({'url': 'http://127.0.0.1:%d' % free_port()})

    async def handler(message):
        pass

    with pytest.raises(ConnectionFailure):
        asyncio.run(Websocket(options, 'tok').connect(handler))


def test_debug_log_redacts_the_authentication_challenge(fake_server, caplog):
    server = fake_server([[hello('c1', 0)]], token='secret-session-token')
    options = dict(server.options, debug=True)
    with caplog.at_level(logging.DEBUG, logger=LOGGER):
        with EventStream(options, 'secret-session-token', timeout=0.3) as stream:
            assert [event['event'] for event in stream] == ['hello']
    assert 'secret-session-token' not in caplog.text
    assert "'data': {'token': '********'}" in caplog.text
