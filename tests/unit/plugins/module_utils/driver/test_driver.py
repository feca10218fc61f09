# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import asyncio
import json

import pytest
import responses


from ansible_collections.chatops.mattermost.plugins.module_utils import driver as package
from ansible_collections.chatops.mattermost.plugins.module_utils.driver import Driver
from ansible_collections.chatops.mattermost.plugins.module_utils.driver.endpoints import GROUPS
from ansible_collections.chatops.mattermost.plugins.module_utils.driver.exceptions import (
    NoAccessTokenProvided, UnexpectedResponse,
)
from ansible_collections.chatops.mattermost.plugins.module_utils.driver.websocket import EventStream

API = 'https://chat.example.com:443/api/v4'
USER = {'id': 'u1', 'username': 'bob', 'email': 'bob@example.com'}


@pytest.fixture
def mocked():
    with responses.RequestsMock() as mock:
        yield mock


def test_package_exports():
    assert package.REQUESTS_IMPORT_ERROR is None
    assert package.WEBSOCKETS_IMPORT_ERROR is None
    for name in ('Driver', 'Client', 'Websocket', 'EventStream', 'MattermostError', 'error_for_response'):
        assert hasattr(package, name)


def test_options_and_alias():
    driver = Driver({'url': 'https://chat.example.com:8443/mattermost', 'token': 't'})
    assert driver.driver is driver.options
    assert (driver.options['url'], driver.options['port'], driver.options['basepath']) == (
        'chat.example.com', 8443, '/mattermost/api/v4')
    assert driver.client.url == 'https://chat.example.com:8443/mattermost/api/v4'
    assert driver.websocket is None
    assert Driver().options['url'] == 'localhost'
    assert Driver.default_options['port'] == 8065


def test_login_with_password(mocked):
    mocked.post(API + '/users/login', json=USER,
                headers={'Token': 'sess1', 'Set-Cookie': 'MMAUTHTOKEN=sess1; Path=/'})
    mocked.get(API + '/users/me', json=USER)
    driver = Driver({'url': 'https://chat.example.com', 'login_id': 'bob', 'password': 'pw'})
    assert driver.login() == USER
    request = mocked.calls[0].request
    assert (request.method, request.url) == ('POST', API + '/users/login')
    assert json.loads(request.body) == {'login_id': 'bob', 'password': 'pw'}
    assert 'Authorization' not in request.headers
    assert (driver.client.token, driver.client.userid, driver.client.username) == ('sess1', 'u1', 'bob')
    assert driver.client.cookies['MMAUTHTOKEN'] == 'sess1'
    driver.client.get('/users/me')
    assert mocked.calls[1].request.headers['Authorization'] == 'Bearer sess1'


def test_login_with_mfa(mocked):
    mocked.post(API + '/users/login', json=USER, headers={'Token': 'sess1'})
    Driver({'url': 'chat.example.com', 'port': 443, 'login_id': 'bob', 'password': 'pw', 'mfa_token': '123456'}).login()
    assert json.loads(mocked.calls[0].request.body) == {'login_id': 'bob', 'password': 'pw', 'token': '123456'}


def test_login_with_token(mocked):
    mocked.get(API + '/users/me', json=USER)
    driver = Driver({'url': 'https://chat.example.com', 'token': 'pat1'})
    assert driver.login() == USER
    assert len(mocked.calls) == 1
    request = mocked.calls[0].request
    assert (request.method, request.url, request.body) == ('GET', API + '/users/me', None)
    assert request.headers['Authorization'] == 'Bearer pat1'
    assert (driver.client.token, driver.client.userid, driver.client.username) == ('pat1', 'u1', 'bob')
    assert driver.user == USER  # kept, so that callers need not read it again


def test_login_refused(mocked):
    mocked.post(API + '/users/login', status=401, json={
        'id': 'api.user.login.invalid_credentials_email_username', 'message': 'Enter a valid email or username',
        'request_id': 'r1', 'status_code': 401})
    driver = Driver({'url': 'https://chat.example.com', 'login_id': 'bob', 'password': 'bad'})
    with pytest.raises(NoAccessTokenProvided) as caught:
        driver.login()
    assert caught.value.error_id == 'api.user.login.invalid_credentials_email_username'
    assert driver.client.token == ''


def test_login_answered_by_a_proxy_page(mocked):
    mocked.post(API + '/users/login', body='<html>Sign in to the proxy</html>', content_type='text/html')
    with pytest.raises(UnexpectedResponse, match=r'\(POST %s/users/login\)' % API):
        Driver({'url': 'https://chat.example.com', 'login_id': 'bob', 'password': 'pw'}).login()


def test_login_without_token_header(mocked):
    mocked.post(API + '/users/login', json=USER)
    with pytest.raises(UnexpectedResponse, match='no Token header'):
        Driver({'url': 'https://chat.example.com', 'login_id': 'bob', 'password': 'pw'}).login()


def test_logout_forgets_the_session(mocked):
    mocked.post(API + '/users/login', json=USER, headers={'Token': 'sess1', 'Set-Cookie': 'MMAUTHTOKEN=sess1; Path=/'})
    mocked.post(API + '/users/logout', json={'status': 'OK'})
    mocked.get(API + '/system/ping', json={'status': 'OK'})
    driver = Driver({'url': 'https://chat.example.com', 'login_id': 'bob', 'password': 'pw'})
    driver.login()
    assert driver.logout() == {'status': 'OK'}
    request = mocked.calls[1].request
    assert (request.method, request.url, request.body) == ('POST', API + '/users/logout', None)
    assert request.headers['Authorization'] == 'Bearer sess1'
    assert (driver.client.token, driver.client.userid, driver.client.username, driver.client.cookies) == (
        '', '', '', None)
    driver.client.get('/system/ping')
    assert 'Authorization' not in mocked.calls[2].request.headers
    assert 'Cookie' not in mocked.calls[2].request.headers


def test_endpoint_groups_are_attributes_made_once():
    driver = Driver({'url': 'chat.example.com'})
    assert 'users' in GROUPS and 'teams' in GROUPS
    for name, group_cls in GROUPS.items():
        assert hasattr(driver, name)
        assert name in dir(driver)
        group = getattr(driver, name)
        assert isinstance(group, group_cls)
        assert group.client is driver.client
        assert getattr(driver, name) is group
    assert isinstance(Driver.users, property)  # as in mattermostdriver: a subclass can override it
    assert Driver({'url': 'chat.example.com'}).users is not driver.users


def test_api_dict_of_the_groups():
    driver = Driver({'url': 'chat.example.com'})
    assert driver.api['users'] is driver.users
    assert sorted(driver.api) == sorted(GROUPS)


def test_endpoint_group_requests_go_through_the_client(mocked):
    mocked.get(API + '/users/me', json=USER)
    driver = Driver({'url': 'https://chat.example.com'})
    driver.client.token = 'pat1'
    assert driver.users.get_user('me') == USER
    assert mocked.calls[0].request.headers['Authorization'] == 'Bearer pat1'


class FakeWebsocket:
    made = []

    def __init__(self, options, token):
        self.options, self.token, self.disconnected = options, token, False
        self.made.append(self)

    async def connect(self, event_handler):
        await event_handler('{"event": "hello", "seq": 0}')

    def disconnect(self):
        self.disconnected = True


def test_init_websocket_runs_the_websocket_to_completion_and_disconnect():
    driver = Driver({'url': 'chat.example.com', 'token': 't'})
    driver.client.token = 'sess'
    messages = []

    async def handler(message):
        messages.append(message)

    loop = driver.init_websocket(handler, websocket_cls=FakeWebsocket)
    assert not loop.is_running()
    loop.close()
    asyncio.set_event_loop(None)
    assert messages == ['{"event": "hello", "seq": 0}']
    assert (driver.websocket.options, driver.websocket.token) == (driver.options, 'sess')
    driver.disconnect()
    assert driver.websocket.disconnected


def test_disconnect_without_websocket_leaves_the_http_session_open(monkeypatch):
    driver = Driver({'url': 'chat.example.com'})
    closed = []
    monkeypatch.setattr(driver.client.session, 'close', lambda: closed.append(True))
    assert driver.disconnect() is None
    assert driver.websocket is None and closed == []  # unlike close(), which also ends the HTTP session
    driver.close()
    assert closed == [True]


def test_context_manager_closes_session_and_websocket(monkeypatch):
    closed = []
    with Driver({'url': 'chat.example.com'}) as driver:
        monkeypatch.setattr(driver.client.session, 'close', lambda: closed.append(True))
        driver.websocket = FakeWebsocket(driver.options, '')
    assert closed == [True]
    assert driver.websocket.disconnected


def test_events_makes_an_event_stream_with_the_session_token():
    driver = Driver({'url': 'chat.example.com'})
    driver.client.token = 'sess'
    stream = driver.events(timeout=5)
    assert isinstance(stream, EventStream)
    assert stream._token == 'sess'
    stream.close()
    assert list(stream) == []
