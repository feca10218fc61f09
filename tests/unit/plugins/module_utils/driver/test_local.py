# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""The local_socket option: HTTP over a Unix socket, and each way it can fail said clearly.

A small HTTP server on a Unix socket in the test's directory stands in for the server's socket and
records the requests: the exact requests are asserted, and that refusals send nothing.
"""

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import errno
import json
import socket
import socketserver
import threading

from http.server import BaseHTTPRequestHandler

import pytest

from ansible_collections.chatops.mattermost.plugins.module_utils.driver import Driver
from ansible_collections.chatops.mattermost.plugins.module_utils.driver.local import (
    LocalModeRefused, LocalSocketError, connect_error, names_me,
)

NOT_SERVED = {'id': 'api.context.404.app_error', 'message': 'Sorry, we could not find the page.', 'status_code': 404}
SERVED = {
    ('GET', '/api/v4/system/ping'): (200, {'status': 'OK'}),
    ('GET', '/api/v4/teams/name/ops'): (404, {
        'id': 'app.team.get_by_name.missing.app_error', 'message': 'Unable to find the existing team.', 'status_code': 404}),
    ('POST', '/api/v4/teams'): (201, {'id': 't' * 26, 'name': 'ops'}),
}


class UnixHTTPServer(socketserver.ThreadingMixIn, socketserver.UnixStreamServer):
    daemon_threads = True


@pytest.fixture
def local_server(tmp_path):
    """(socket path, the requests received: [(method, path, headers, body)])."""
    path = str(tmp_path / 'mattermost_local.socket')
    received = []

    class Handler(BaseHTTPRequestHandler):
        def answer(self):
            length = int(self.headers.get('Content-Length') or 0)
            received.append((self.command, self.path, dict(self.headers), self.rfile.read(length)))
            status, body = SERVED.get((self.command, self.path.split('?')[0]), (404, NOT_SERVED))
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header('Content-Type', 'application/json')
            self.send_header('Content-Length', str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        do_GET = do_POST = do_PUT = do_DELETE = answer

        def address_string(self):
            return 'local'

        def log_message(self, *args):
            pass

    server = UnixHTTPServer(path, Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield path, received
    server.shutdown()
    server.server_close()


def test_requests_go_over_the_socket_without_credentials(local_server):
    path, received = local_server
    driver = Driver({'local_socket': path, 'url': 'https://ignored.example.com', 'token': 'not-sent'})
    assert driver.login() is None
    assert driver.user is None and driver.client.userid == ''
    assert driver.client.post('/teams', options={'name': 'ops'}) == {'id': 't' * 26, 'name': 'ops'}
    assert [(method, target) for method, target, headers, body in received] == [
        ('GET', '/api/v4/system/ping'), ('POST', '/api/v4/teams')]
    headers, body = received[1][2], received[1][3]
    assert 'Authorization' not in headers
    assert json.loads(body) == {'name': 'ops'}


def test_a_missing_object_stays_a_missing_object(local_server):
    path, received = local_server
    driver = Driver({'local_socket': path})
    with pytest.raises(Exception) as failed:
        driver.client.get('/teams/name/ops')
    assert type(failed.value).__name__ == 'ResourceNotFound'


def test_a_route_not_served_locally_is_refused_with_what_to_use(local_server):
    path, received = local_server
    driver = Driver({'local_socket': path})
    with pytest.raises(LocalModeRefused) as refused:
        driver.client.post('/emoji', data={'emoji': '{}'})
    assert refused.value.message == ('the server does not serve POST /api/v4/emoji over its local-mode socket: use url with '
                                     'token, or login_id and login_password, of a user allowed to do it')


def test_me_is_refused_before_any_request(local_server):
    path, received = local_server
    driver = Driver({'local_socket': path})
    for endpoint in ('/users/me', '/users/me/teams', '/users/me/preferences?x=1'):
        with pytest.raises(LocalModeRefused) as refused:
            driver.client.get(endpoint)
        assert 'needs a logged in user' in refused.value.message
    with pytest.raises(LocalModeRefused):
        driver.events(timeout=1)
    assert received == []


def test_names_me():
    assert names_me('/users/me') and names_me('/users/me/teams') and names_me('/users/me?x=1')
    assert not names_me('/users/meg') and not names_me('/users/menu')


def test_a_missing_socket_says_how_to_enable_local_mode(tmp_path):
    with pytest.raises(LocalSocketError) as failed:
        Driver({'local_socket': str(tmp_path / 'none.socket')}).login()
    assert failed.value.message.startswith('no local-mode socket at %s: enable local mode on the server '
                                           '(ServiceSettings.EnableLocalMode true, or MM_SERVICESETTINGS_ENABLELOCALMODE=true)'
                                           % (tmp_path / 'none.socket'))


def test_a_file_that_is_no_socket(tmp_path):
    (tmp_path / 'file').write_text('x')
    with pytest.raises(LocalSocketError) as failed:
        Driver({'local_socket': str(tmp_path / 'file')}).login()
    assert failed.value.message == "%s is not a socket: give the path of the server's ServiceSettings.LocalModeSocketLocation" % (
        tmp_path / 'file')


def test_a_socket_nobody_listens_on_is_not_retried(tmp_path):
    path = str(tmp_path / 'stale.socket')
    stale = socket.socket(socket.AF_UNIX)
    stale.bind(path)
    stale.close()
    driver = Driver({'local_socket': path, 'retries': 3})
    driver.client._sleep = lambda seconds: pytest.fail('a dead socket was retried')
    with pytest.raises(LocalSocketError) as failed:
        driver.login()
    assert failed.value.message == ('nothing listens on the local-mode socket %s: the server is stopped, or local mode was '
                                    'turned off after it started' % path)


def test_permission_denied_says_whom_to_run_as():
    error = connect_error('/var/tmp/mattermost_local.socket', PermissionError(errno.EACCES, 'Permission denied'))
    assert error.message == ('permission denied to open the local-mode socket /var/tmp/mattermost_local.socket: run as the '
                             'user of the server (become) or as root')
