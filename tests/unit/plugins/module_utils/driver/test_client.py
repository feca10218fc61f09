# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import json
import logging
import time

import pytest
import requests
import responses


from ansible_collections.chatops.mattermost.plugins.module_utils.driver import client as client_module
from ansible_collections.chatops.mattermost.plugins.module_utils.driver import options as options_module
from ansible_collections.chatops.mattermost.plugins.module_utils.driver.client import Client
from ansible_collections.chatops.mattermost.plugins.module_utils.driver.exceptions import (
    ConnectionFailure, ResourceNotFound, ServerError, TooManyRequests, UnexpectedResponse,
)
from ansible_collections.chatops.mattermost.plugins.module_utils.driver.options import build_options

API = 'http://mm.example.com:8065/api/v4'
LOGGER = 'chatops.mattermost.driver'


@pytest.fixture
def mocked():
    with responses.RequestsMock() as mock:
        yield mock


@pytest.fixture
def sleeps():
    return []


@pytest.fixture
def make_client(sleeps):
    def make(**options):
        client = Client(build_options(dict({'url': 'mm.example.com', 'scheme': 'http'}, **options)))
        client._sleep = sleeps.append
        return client
    return make


@pytest.fixture
def upper_bound_backoff(monkeypatch):
    """Make the jittered backoff deterministic: always its upper bound."""
    monkeypatch.setattr(options_module.random, 'uniform', lambda low, high: high)


def test_properties(make_client):
    client = make_client(url='https://chat.example.com:8443/mm', request_timeout=12)
    assert client.url == 'https://chat.example.com:8443/mm/api/v4'
    assert client.request_timeout == 12
    assert (client.token, client.userid, client.username, client.cookies) == ('', '', '', None)
    client.token, client.userid, client.username, client.cookies = 'tok', 'uid', 'bob', {'a': 'b'}
    assert (client.token, client.userid, client.username, client.cookies) == ('tok', 'uid', 'bob', {'a': 'b'})


def test_get_sends_no_body_and_decodes_json(mocked, make_client):
    mocked.get(API + '/users/me', json={'id': 'u1'})
    client = make_client()
    client.token = 'tok'
    assert client.get('/users/me', params={'a': 'b c'}) == {'id': 'u1'}
    request = mocked.calls[0].request
    assert (request.method, request.url, request.body) == ('GET', API + '/users/me?a=b+c', None)
    assert request.headers['Authorization'] == 'Bearer tok'
    assert 'Content-Type' not in request.headers


def test_no_authorization_header_without_token(mocked, make_client):
    mocked.get(API + '/system/ping', json={'status': 'OK'})
    make_client().get('/system/ping')
    assert 'Authorization' not in mocked.calls[0].request.headers


@pytest.mark.parametrize('method', ['post', 'put', 'delete'])
def test_json_body_only_when_options_given(mocked, make_client, method):
    mocked.add(method.upper(), API + '/things', json={'status': 'OK'})
    mocked.add(method.upper(), API + '/things', json={'status': 'OK'})
    client = make_client()
    assert getattr(client, method)('/things', options={'name': 'x'}) == {'status': 'OK'}
    assert getattr(client, method)('/things') == {'status': 'OK'}
    with_body, without_body = (call.request for call in mocked.calls)
    assert json.loads(with_body.body) == {'name': 'x'}
    assert with_body.headers['Content-Type'] == 'application/json'
    assert without_body.body is None


def test_empty_json_options_are_sent(mocked, make_client):
    mocked.post(API + '/things', json=[])
    make_client().post('/things', options={})
    assert mocked.calls[0].request.body == b'{}'


def test_make_request_returns_the_response(mocked, make_client):
    mocked.post(API + '/users/login', json={'id': 'u1'}, headers={'Token': 't'})
    response = make_client().make_request('post', '/users/login', options={'login_id': 'a'})
    assert isinstance(response, requests.Response)
    assert response.headers['Token'] == 't'


@pytest.mark.parametrize('url, basepath, expected', [
    ('mm.example.com', '/hooks', 'http://mm.example.com:8065/hooks/abc'),
    ('mm.example.com', '', 'http://mm.example.com:8065/abc'),
    ('http://mm.example.com:8065/mattermost', '/hooks', 'http://mm.example.com:8065/mattermost/hooks/abc'),
])
def test_basepath_is_below_the_server_root(mocked, make_client, url, basepath, expected):
    mocked.post(expected, body='ok', content_type='text/plain')
    make_client(url=url).make_request('post', '/abc', options={'text': 'hi'}, basepath=basepath)
    assert mocked.calls[0].request.url == expected


@pytest.mark.parametrize('method', ['get', 'post'])
def test_non_json_content_is_returned_raw(mocked, make_client, method):
    mocked.add(method.upper(), API + '/files/f1', body=b'\x89PNG', content_type='image/png')
    response = getattr(make_client(), method)('/files/f1')
    assert isinstance(response, requests.Response)
    assert response.content == b'\x89PNG'


def test_empty_body_is_none(mocked, make_client):
    mocked.delete(API + '/things/1', status=204)
    assert make_client().delete('/things/1') is None


@pytest.mark.parametrize('body, content_type', [
    ('<!doctype html><html><title>Mattermost</title></html>', 'text/html; charset=utf-8'),
    ('{"truncated": ', 'application/json'),
    ('not json', None),
])
def test_a_200_that_is_not_the_api_raises(mocked, make_client, body, content_type):
    mocked.get(API + '/users/me', body=body, content_type=content_type)
    with pytest.raises(UnexpectedResponse) as caught:
        make_client().get('/users/me')
    error = caught.value
    assert (error.status_code, error.method, error.url) == (200, 'GET', API + '/users/me')
    assert str(error).startswith('200 UnexpectedResponse: expected JSON from the Mattermost API')
    assert str(error).endswith('(GET %s/users/me)' % API)


def test_error_status_raises_the_mapped_error(mocked, make_client):
    mocked.get(API + '/teams/x', status=404, headers={'X-Request-Id': 'r1'},
               json={'id': 'app.team.get.find.app_error', 'message': 'not found', 'status_code': 404})
    with pytest.raises(ResourceNotFound) as caught:
        make_client().get('/teams/x')
    assert (caught.value.error_id, caught.value.request_id, caught.value.url) == (
        'app.team.get.find.app_error', 'r1', API + '/teams/x')


@pytest.mark.parametrize('method', ['GET', 'POST', 'PUT', 'DELETE'])
def test_429_is_retried_for_every_method_after_the_reset(mocked, make_client, sleeps, caplog, method):
    mocked.add(method, API + '/posts', status=429, body='limit exceeded', headers={'X-Ratelimit-Reset': '2'})
    mocked.add(method, API + '/posts', json={'id': 'p1'})
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        assert make_client().make_request(method, '/posts', options={'message': 'hi'}).json() == {'id': 'p1'}
    assert len(mocked.calls) == 2
    assert mocked.calls[0].request.body == mocked.calls[1].request.body == b'{"message": "hi"}'
    assert sleeps == [2.0]
    assert caplog.records[0].levelname == 'WARNING'
    assert caplog.records[0].getMessage() == '%s %s/posts: 429, retry 1 of 3 in 2.0 s' % (method, API)


@pytest.mark.parametrize('headers, expected_sleep', [
    ({'Retry-After': '7'}, 7.0),
    ({'X-Ratelimit-Reset': '100'}, 30),  # capped by retry_max_wait
    ({'X-Ratelimit-Reset': '0'}, 0.5),  # "less than a second": at least retry_backoff
    ({'Retry-After': 'Wed, 21 Oct 2015 07:28:00 GMT'}, 0.5),  # a date: backoff instead
    ({}, 0.5),
])
def test_429_wait(mocked, make_client, sleeps, upper_bound_backoff, headers, expected_sleep):
    mocked.get(API + '/x', status=429, headers=headers)
    mocked.get(API + '/x', json={})
    make_client().get('/x')
    assert sleeps == [expected_sleep]


def test_429_reset_given_as_an_epoch_time(mocked, make_client, sleeps):
    mocked.get(API + '/x', status=429, headers={'X-Ratelimit-Reset': str(int(time.time()) + 3)})
    mocked.get(API + '/x', json={})
    make_client().get('/x')
    assert 1.5 < sleeps[0] <= 3


def test_429_after_every_retry_raises(mocked, make_client, sleeps):
    mocked.post(API + '/x', status=429, headers={'X-Ratelimit-Reset': '1'})
    with pytest.raises(TooManyRequests):
        make_client(retries=2).post('/x', options={})
    assert len(mocked.calls) == 3
    assert sleeps == [1.0, 1.0]


def test_multipart_upload_is_resent_whole_after_429(mocked, make_client, tmp_path):
    path = tmp_path / 'report.txt'
    path.write_bytes(b'file content')
    mocked.post(API + '/files', status=429, headers={'X-Ratelimit-Reset': '1'})
    mocked.post(API + '/files', json={'file_infos': []})
    with open(str(path), 'rb') as stream:
        make_client().post('/files', data={'channel_id': 'c1'}, files={'files': ('report.txt', stream)})
    first, second = (call.request.body for call in mocked.calls)
    assert b'file content' in first and first == second


@pytest.mark.parametrize('method, status', [('GET', 503), ('PUT', 502), ('DELETE', 504), ('HEAD', 503)])
def test_idempotent_requests_are_retried_on_server_errors_with_backoff(
        mocked, make_client, sleeps, upper_bound_backoff, method, status):
    for _attempt in range(3):
        mocked.add(method, API + '/x', status=status)
    mocked.add(method, API + '/x', status=200)
    make_client().make_request(method, '/x')
    assert len(mocked.calls) == 4
    assert sleeps == [0.5, 1.0, 2.0]


def test_server_error_after_every_retry_raises(mocked, make_client, sleeps):
    mocked.get(API + '/x', status=503)
    with pytest.raises(ServerError):
        make_client().get('/x')
    assert len(mocked.calls) == 4 and len(sleeps) == 3


def test_backoff_is_capped(mocked, make_client, sleeps, upper_bound_backoff):
    mocked.get(API + '/x', status=503)
    with pytest.raises(ServerError):
        make_client(retry_backoff=10, retry_max_wait=15).get('/x')
    assert sleeps == [10, 15, 15]


def test_backoff_has_jitter(mocked, make_client, sleeps):
    mocked.get(API + '/x', status=503)
    with pytest.raises(ServerError):
        make_client(retries=30, retry_backoff=1, retry_max_wait=1).get('/x')
    assert all(0 <= sleep <= 1 for sleep in sleeps) and len(set(sleeps)) > 1


def test_post_is_not_retried_on_server_error(mocked, make_client, sleeps):
    mocked.post(API + '/posts', status=503)
    with pytest.raises(ServerError):
        make_client().post('/posts', options={'message': 'once'})
    assert len(mocked.calls) == 1 and sleeps == []


def test_connection_errors_are_retried_for_get(mocked, make_client, sleeps, caplog):
    mocked.get(API + '/x', body=requests.ConnectionError('refused'))
    mocked.get(API + '/x', body=requests.exceptions.ReadTimeout('slow'))
    mocked.get(API + '/x', json={'ok': True})
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        assert make_client().get('/x') == {'ok': True}
    assert len(mocked.calls) == 3 and len(sleeps) == 2
    assert [record.getMessage().split(', retry')[0] for record in caplog.records] == [
        'GET %s/x: ConnectionError' % API, 'GET %s/x: ReadTimeout' % API]


def test_connection_failure_after_every_retry(mocked, make_client, sleeps):
    mocked.get(API + '/x', body=requests.ConnectionError('refused'))
    with pytest.raises(ConnectionFailure) as caught:
        make_client(retries=1).get('/x')
    assert len(mocked.calls) == 2
    assert (caught.value.method, caught.value.url, caught.value.message) == ('GET', API + '/x', 'refused')
    assert isinstance(caught.value, requests.ConnectionError)


def test_post_is_not_retried_on_connection_error(mocked, make_client, sleeps):
    mocked.post(API + '/posts', body=requests.ConnectionError('reset'))
    with pytest.raises(ConnectionFailure):
        make_client().post('/posts', options={})
    assert len(mocked.calls) == 1 and sleeps == []


def test_tls_errors_are_not_retried(mocked, make_client, sleeps):
    mocked.get(API + '/x', body=requests.exceptions.SSLError('certificate verify failed'))
    with pytest.raises(ConnectionFailure):
        make_client().get('/x')
    assert len(mocked.calls) == 1


def test_retries_0_disables_retries(mocked, make_client, sleeps):
    mocked.get(API + '/x', status=429)
    with pytest.raises(TooManyRequests):
        make_client(retries=0).get('/x')
    assert len(mocked.calls) == 1 and sleeps == []


def test_one_session_for_every_request(mocked, make_client, monkeypatch):
    made = []

    class CountedSession(requests.Session):
        def __init__(self):
            super().__init__()
            made.append(self)

    monkeypatch.setattr(client_module.requests, 'Session', CountedSession)
    mocked.get(API + '/x', json={})
    mocked.post(API + '/y', json={})
    client = make_client()
    sent = []
    original_send = client.session.send
    monkeypatch.setattr(client.session, 'send', lambda request, **kwargs: sent.append(request) or original_send(
        request, **kwargs))
    client.get('/x')
    client.post('/y')
    client.get('/x')
    assert made == [client.session]
    assert len(sent) == 3


def test_tls_proxy_and_timeout_settings_of_every_request(mocked, make_client, monkeypatch, tmp_path):
    monkeypatch.setenv('REQUESTS_CA_BUNDLE', '/nowhere/ca.pem')  # must not override verify=False
    mocked.get(API + '/x', json={})
    cert, key = tmp_path / 'c.pem', tmp_path / 'k.pem'
    cert.write_text('cert')
    key.write_text('key')
    client = make_client(verify=False, client_cert=str(cert), client_key=str(key), proxy='http://proxy:3128',
                         request_timeout=9)
    settings = []
    original_send = client.session.send
    monkeypatch.setattr(client.session, 'send', lambda request, **kwargs: settings.append(kwargs) or original_send(
        request, **kwargs))
    client.get('/x')
    assert settings[0]['verify'] is False
    assert settings[0]['cert'] == (str(cert), str(key))
    assert settings[0]['proxies'] == {'http': 'http://proxy:3128', 'https': 'http://proxy:3128'}
    assert settings[0]['timeout'] == 9


def test_auth_option_makes_an_auth_per_request(mocked, make_client):
    made = []

    class HeaderAuth(requests.auth.AuthBase):
        def __init__(self):
            made.append(self)

        def __call__(self, request):
            request.headers['X-Auth'] = 'custom'
            return request

    mocked.get(API + '/x', json={})
    mocked.get(API + '/x', json={})
    client = make_client(auth=HeaderAuth)
    client.token = 'ignored'
    client.get('/x')
    client.get('/x')
    assert len(made) == 2
    assert mocked.calls[0].request.headers['X-Auth'] == 'custom'
    assert 'Authorization' not in mocked.calls[0].request.headers


def test_pagination_over_three_pages(mocked, make_client):
    for page in ([{'id': 1}, {'id': 2}], [{'id': 3}, {'id': 4}], [{'id': 5}]):
        mocked.get(API + '/teams/t1/members', json=page)
    items = list(make_client().paginate('/teams/t1/members', params={'sort': 'username'}, per_page=2))
    assert [item['id'] for item in items] == [1, 2, 3, 4, 5]
    assert [call.request.url for call in mocked.calls] == [
        API + '/teams/t1/members?sort=username&per_page=2&page=%d' % page for page in range(3)]


def test_pagination_stops_on_an_empty_page(mocked, make_client):
    mocked.get(API + '/users', json=[{'id': 1}, {'id': 2}])
    mocked.get(API + '/users', json=[])
    assert len(list(make_client().paginate('/users', per_page=2))) == 2
    assert len(mocked.calls) == 2


def test_pagination_of_a_non_list_raises(mocked, make_client):
    mocked.get(API + '/users', json={'users': []})
    with pytest.raises(UnexpectedResponse, match='expected a list'):
        list(make_client().paginate('/users'))


def test_trace_file(mocked, make_client, monkeypatch, tmp_path, sleeps):
    trace = tmp_path / 'trace.log'
    monkeypatch.setenv('MATTERMOST_TRACE_FILE', str(trace))
    mocked.get(API + '/users/me', json={})
    mocked.post(API + '/users/login', status=401, json={'message': 'bad'})
    mocked.get(API + '/x', status=503)
    mocked.get(API + '/x', body=requests.ConnectionError('refused'))
    mocked.get(API + '/x', json={})
    client = make_client()
    client.get('/users/me', params={'secret': 'query'})
    with pytest.raises(Exception):
        client.post('/users/login', options={'password': 'body'})
    client.get('/x')
    assert trace.read_text() == (
        'GET /api/v4/users/me 200\nPOST /api/v4/users/login 401\nGET /api/v4/x 503\nGET /api/v4/x -\nGET /api/v4/x 200\n')


def test_no_trace_without_the_variable(mocked, make_client, monkeypatch, tmp_path):
    monkeypatch.delenv('MATTERMOST_TRACE_FILE', raising=False)
    monkeypatch.chdir(tmp_path)
    mocked.get(API + '/x', json={})
    make_client().get('/x')
    assert list(tmp_path.iterdir()) == []


SECRETS = ('hunter2', 'new-hunter3', 'old-hunter1', '123456', 'sessiontoken', 'cookievalue', 'pat-token',
           'oauth-secret', 'refresh-me', 'smtp-pw', '654321', 'remote-tok')


def test_debug_logs_every_exchange_with_secrets_redacted(mocked, make_client, caplog):
    mocked.post(API + '/users/login', json={'id': 'u1', 'username': 'bob', 'props': {'token': 'pat-token'}},
                headers={'Token': 'sessiontoken', 'Set-Cookie': 'MMAUTHTOKEN=cookievalue; Path=/'})
    mocked.put(API + '/users/u1/password', json={'status': 'OK'})
    mocked.post(API + '/oauth/apps', json={'client_secret': 'oauth-secret', 'refresh_token': 'refresh-me'})
    client = make_client(debug=True)
    with caplog.at_level(logging.DEBUG, logger=LOGGER):
        client.post('/users/login', options={'login_id': 'bob', 'password': 'hunter2', 'token': '123456'})
        client.token = 'sessiontoken'
        client.session.cookies.set('MMAUTHTOKEN', 'cookievalue')
        client.put('/users/u1/password', options={'current_password': 'old-hunter1', 'new_password': 'new-hunter3'})
        client.post('/oauth/apps', options=[
            {'name': 'app', 'SMTPPassword': 'smtp-pw', 'mfa_code': '654321', 'remote_token': 'remote-tok'}])
    assert len(caplog.records) == 3
    assert all(record.levelname == 'DEBUG' for record in caplog.records)
    text = caplog.text
    for secret in SECRETS:
        assert secret not in text
    first = caplog.records[0].getMessage()
    assert first.startswith('POST %s/users/login -> 200 in ' % API)
    assert "'login_id': 'bob', 'password': '********', 'token': '********'" in first
    assert "'Token': '********'" in first and "'Set-Cookie': '********'" in first
    assert "'username': 'bob'" in first
    second = caplog.records[1].getMessage()
    assert "'Authorization': '********'" in second and "'Cookie': '********'" in second
    assert "'current_password': '********', 'new_password': '********'" in second


def test_debug_logs_bodies_that_are_not_json_by_size(mocked, make_client, caplog):
    mocked.post(API + '/files', body=b'\x89PNG', content_type='image/png')
    with caplog.at_level(logging.DEBUG, logger=LOGGER):
        make_client(debug=True).post('/files', data={'channel_id': 'c1'}, files={'files': ('a.png', b'data')})
    message = caplog.records[0].getMessage()
    assert "request body: <multipart: fields {'channel_id': 'c1'}, " in message
    assert 'response body: <4 bytes of image/png>' in message


def test_no_exchange_logs_without_debug(mocked, make_client, caplog):
    mocked.post(API + '/users/login', json={})
    with caplog.at_level(logging.DEBUG, logger=LOGGER):
        make_client().post('/users/login', options={'password': 'hunter2'})
    assert caplog.records == []


TOKEN = 'abcdefghijklmnopqrstuvwxyz'
HOOK_ID = 'hhhhhhhhhhhhhhhhhhhhhhhhhh'


@pytest.mark.parametrize('status', [301, 302, 303, 307, 308])
def test_a_redirect_is_not_followed(mocked, make_client, status):
    mocked.post(API + '/users/login', status=status, headers={'Location': 'https://u:p@evil.example.com/steal?x=1'})
    with pytest.raises(UnexpectedResponse) as caught:
        make_client().post('/users/login', options={'login_id': 'bob', 'password': 'secret'})
    assert len(mocked.calls) == 1
    assert caught.value.message.startswith('the server redirected to https://evil.example.com/steal (no redirect is followed')
    assert caught.value.status_code == status


def test_a_relative_redirect_names_the_full_address(mocked, make_client):
    mocked.get(API + '/teams/name/x', status=301, headers={'Location': '/api/v4/users/me'})
    with pytest.raises(UnexpectedResponse, match='redirected to http://mm.example.com:8065/api/v4/users/me'):
        make_client().get('/teams/name/x')


def test_a_token_that_cannot_be_a_header_does_not_show_in_the_error(mocked, make_client):
    # requests' InvalidHeader shows the whole header value, escaped: `Bearer abc...\n`.
    client = make_client()
    client.token = TOKEN + '\n'
    with pytest.raises(client_module.MattermostError) as caught:
        client.get('/users/me')
    assert 'InvalidHeader' in str(caught.value)
    for text in (str(caught.value), caught.value.message, repr(caught.value)):
        assert TOKEN not in text
    assert caught.value.__cause__ is None and caught.value.__suppress_context__
    assert len(mocked.calls) == 0


@pytest.mark.parametrize('error', [
    requests.exceptions.InvalidURL('bad url http://u:pw@x/hooks/' + HOOK_ID),
    requests.exceptions.InvalidSchema('no adapter for Bearer ' + TOKEN),
    requests.exceptions.ChunkedEncodingError('broken ' + TOKEN),
    OSError('Could not find the TLS certificate file'),
    ValueError('timeout ' + TOKEN),
    OverflowError('timestamp too large'),
])
def test_every_transport_error_becomes_a_driver_error_without_secrets(mocked, make_client, error):
    mocked.get(API + '/x', body=error)
    client = make_client(token=TOKEN)
    client.token = TOKEN
    with pytest.raises(client_module.MattermostError) as caught:
        client.get('/x')
    text = str(caught.value)
    assert TOKEN not in text and HOOK_ID not in text and 'pw@' not in text
    assert type(error).__name__ in text


def test_a_connection_error_and_its_retry_warning_hide_the_webhook_id(mocked, make_client, sleeps, caplog):
    url = 'http://mm.example.com:8065/hooks/' + HOOK_ID
    mocked.put(url, body=requests.ConnectionError("HTTPConnectionPool(host='mm', port=8065): Max retries exceeded "
                                                  'with url: /hooks/%s (Caused by refused)' % HOOK_ID))
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        with pytest.raises(ConnectionFailure) as caught:
            make_client(retries=1).make_request('put', '/hooks/' + HOOK_ID, basepath='')
    assert caplog.records and all(HOOK_ID not in record.getMessage() for record in caplog.records)
    assert HOOK_ID not in str(caught.value)
