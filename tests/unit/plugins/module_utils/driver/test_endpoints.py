# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""The endpoint groups send the request of their operation: method, path, query, body."""

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import inspect
import json
import pydoc

import pytest
import requests
import responses


from ansible_collections.chatops.mattermost.plugins.module_utils.driver import endpoints
from ansible_collections.chatops.mattermost.plugins.module_utils.driver.client import Client
from ansible_collections.chatops.mattermost.plugins.module_utils.driver.endpoints import GROUPS
from ansible_collections.chatops.mattermost.plugins.module_utils.driver.operations import OPERATIONS
from ansible_collections.chatops.mattermost.plugins.module_utils.driver.options import build_options


class FakeClient(object):
    """Records each call as (client method, endpoint, keyword arguments); returns `answer`."""

    userid = 'me-id'

    def __init__(self, answer=None):
        self.calls = []
        self.answer = answer

    def record(self, client_method, endpoint, **kwargs):
        self.calls.append((client_method, endpoint, kwargs))
        return self.answer

    def get(self, endpoint, **kwargs):
        return self.record('get', endpoint, **kwargs)

    def post(self, endpoint, **kwargs):
        return self.record('post', endpoint, **kwargs)

    def put(self, endpoint, **kwargs):
        return self.record('put', endpoint, **kwargs)

    def delete(self, endpoint, **kwargs):
        return self.record('delete', endpoint, **kwargs)

    def make_request(self, method, endpoint, **kwargs):
        return self.record('make_request', endpoint, method=method, **kwargs)


def json_response(body):
    response = requests.Response()
    response.status_code = 200
    response.headers['Content-Type'] = 'application/json'
    response._content = json.dumps(body).encode('utf-8')
    return response


def group(name, answer=None):
    return GROUPS[name](FakeClient(answer))


def test_path_parameters_are_quoted_and_substituted_in_order():
    channels = group('channels')
    channels.get_channel_by_name_and_team_name('team 1', 'a+b&c')
    assert channels.client.calls == [('get', '/teams/name/team%201/channels/name/a%2Bb%26c', {})]


@pytest.mark.parametrize('value', ['', '.', '..', 'a/b', '..%2F..%2Fusers%2Fme', 'a?b', 'a#b', 'a\\b', 'a\nb'])
def test_a_name_that_would_leave_its_path_segment_is_refused_before_any_request(value):
    channels = group('channels')
    with pytest.raises(endpoints.InvalidPathParameter, match='channel_name must not be empty'):
        channels.get_channel_by_name_and_team_name('team', value)
    assert channels.client.calls == []


@pytest.mark.parametrize('value', ['u1', '..', 'x' * 25, 'x' * 27, 'x' * 25 + '/', 'x' * 25 + '%'])
def test_an_id_must_be_an_id(value):
    users = group('users')
    with pytest.raises(endpoints.InvalidPathParameter, match=r'user_id must be a Mattermost id \(26 letters and digits\)$'):
        users.get_user(value)
    assert users.client.calls == []


def test_user_id_may_be_me():
    users = group('users')
    users.get_user('me')
    users.get_user('u' * 26)
    assert users.client.calls == [('get', '/users/me', {}), ('get', '/users/' + 'u' * 26, {})]


def test_hand_written_methods_check_their_ids_too():
    with pytest.raises(endpoints.InvalidPathParameter, match='hook_id must be a Mattermost id'):
        group('webhooks').call_webhook('../api/v4/users/me', {'text': 'hi'})
    with pytest.raises(endpoints.InvalidPathParameter, match='team_id must be a Mattermost id'):
        group('teams').set_team_icon('..', {})


def test_query_parameters():
    users = group('users')
    users.get_users(params={'page': 2, 'per_page': 60})
    assert users.client.calls == [('get', '/users', {'params': {'page': 2, 'per_page': 60}})]


def test_json_body_positional_and_by_keyword():
    posts = group('posts')
    posts.create_post({'channel_id': 'c1', 'message': 'hi'})
    posts.create_post(options={'channel_id': 'c1', 'message': 'hi'}, params={'set_online': 'false'})
    assert posts.client.calls == [
        ('post', '/posts', {'options': {'channel_id': 'c1', 'message': 'hi'}}),
        ('post', '/posts', {'options': {'channel_id': 'c1', 'message': 'hi'}, 'params': {'set_online': 'false'}}),
    ]


def test_generated_multipart_and_form_bodies():
    bots = group('bots')
    bots.set_bot_icon_image('bbbbbbbbbbbbbbbbbbbbbbbbbb', {'image': ('icon.png', b'png')})
    uploads = group('uploads')
    uploads.upload_data('uuuuuuuuuuuuuuuuuuuuuuuuuu', data=b'chunk')
    assert bots.client.calls == [('post', '/bots/bbbbbbbbbbbbbbbbbbbbbbbbbb/icon', {'files': {'image': ('icon.png', b'png')}})]
    assert uploads.client.calls == [('post', '/uploads/uuuuuuuuuuuuuuuuuuuuuuuuuu', {'data': b'chunk'})]


def test_upload_file_sends_channel_id_as_form_field():
    files = group('files')
    files.upload_file('c1', {'files': ('a.txt', b'text')})
    assert files.client.calls == [('post', '/files', {'data': {'channel_id': 'c1'}, 'files': {'files': ('a.txt', b'text')}})]


def test_get_file_returns_the_raw_response():
    response = requests.Response()
    files = group('files', answer=response)
    assert files.get_file('ffffffffffffffffffffffffff') is response
    assert files.client.calls == [('make_request', '/files/ffffffffffffffffffffffffff', {'method': 'get'})]


def test_create_custom_emoji_names_the_logged_in_user_as_creator():
    emoji = group('emoji')
    emoji.create_custom_emoji('party', {'image': ('party.gif', b'gif')})
    assert emoji.client.calls == [('post', '/emoji', {
        'data': {'emoji': json.dumps({'name': 'party', 'creator_id': 'me-id'})},
        'files': {'image': ('party.gif', b'gif')},
    })]


def test_call_webhook_posts_outside_the_api_base_path():
    webhooks = group('webhooks')
    webhooks.call_webhook('hhhhhhhhhhhhhhhhhhhhhhhhhh', {'text': 'hi'})
    assert webhooks.client.calls == [
        ('make_request', '/hooks/hhhhhhhhhhhhhhhhhhhhhhhhhh', {'method': 'post', 'options': {'text': 'hi'}, 'basepath': ''})]


def test_site_root_operation_returns_the_raw_response():
    files = group('files', answer='the response')
    assert files.get_file_public('ffffffffffffffffffffffffff', params={'h': 'hash'}) == 'the response'
    assert files.client.calls == [
        ('make_request', '/files/ffffffffffffffffffffffffff/public', {'method': 'get', 'params': {'h': 'hash'}, 'basepath': ''})]


def test_patch_goes_through_make_request_and_is_decoded():
    job = {'id': 'j' * 26, 'status': 'cancel_requested'}
    jobs = group('jobs', answer=json_response(job))
    assert jobs.update_job_status('j' * 26, {'status': 'cancel_requested'}) == job
    assert jobs.client.calls == [
        ('make_request', '/jobs/jjjjjjjjjjjjjjjjjjjjjjjjjj/status', {'method': 'patch', 'options': {'status': 'cancel_requested'}})]


def test_mattermostdriver_alias_sends_the_reference_operation():
    webhooks = group('webhooks')
    webhooks.delete_incoming_hook('hhhhhhhhhhhhhhhhhhhhhhhhhh')
    webhooks.delete_incoming_webhook('hhhhhhhhhhhhhhhhhhhhhhhhhh')
    assert webhooks.client.calls == [('delete', '/hooks/incoming/hhhhhhhhhhhhhhhhhhhhhhhhhh', {})] * 2


def test_signatures_names_and_docs_are_real():
    members = GROUPS['teams'].add_team_member
    assert str(inspect.signature(members)) == '(self, team_id, options=None, params=None)'
    assert members.__name__ == 'add_team_member'
    assert members.__qualname__ == 'Teams.add_team_member'
    assert members.__doc__ == ('Add user to team.\n\nPOST /teams/{team_id}/members\n'
                               'https://developers.mattermost.com/api-documentation/#/operations/AddTeamMember')
    assert GROUPS['users'].convert_user_to_bot.__doc__ == (
        'Convert a user into a bot.\n\nPOST /users/{user_id}/convert_to_bot\nMinimum server version: 5.26\n'
        'https://developers.mattermost.com/api-documentation/#/operations/ConvertUserToBot')
    assert str(inspect.signature(GROUPS['bots'].set_bot_icon_image)) == '(self, bot_user_id, files=None, data=None, params=None)'
    assert str(inspect.signature(group('users').get_user)) == '(user_id, params=None)'
    assert 'get_user(self, user_id, params=None)' in pydoc.render_doc(GROUPS['users'].get_user, renderer=pydoc.plaintext)
    assert GROUPS['users'].update_user_role.__doc__.splitlines()[2] == (
        'PUT /users/{user_id}/roles (mattermostdriver name of update_user_roles)')


def test_wrong_arguments_raise_type_error_before_any_request():
    users = group('users')
    with pytest.raises(TypeError):
        users.get_user()
    with pytest.raises(TypeError):
        users.get_user('u1', nonsense=True)
    assert users.client.calls == []


def test_every_operation_is_a_method_of_its_group_with_its_route():
    shadowed = []
    for group_name, rows in OPERATIONS.items():
        cls = GROUPS[group_name]
        assert issubclass(cls, endpoints.EndpointGroup)
        for name, method, path in (row[:3] for row in rows):
            route = getattr(cls, name).route
            if endpoints.route_key(*route) != endpoints.route_key(method, path):
                shadowed.append('%s.%s is %s %s, not %s %s' % ((group_name, name) + route + (method, path)))
    assert not shadowed, 'aliases or hand-written methods hide operations:\n' + '\n'.join(shadowed)


@pytest.fixture
def real_client():
    client = Client(build_options({'url': 'https://mm.example.com:8443/chat', 'retries': 0}))
    client.token = 'the-token'
    return client


@responses.activate
def test_through_the_real_client(real_client):
    responses.add(responses.GET, 'https://mm.example.com:8443/chat/api/v4/users/username/a%2Bb', json={'id': 'a+b'})
    responses.add(responses.POST, 'https://mm.example.com:8443/chat/api/v4/posts', json={'id': 'p1'}, status=201)
    responses.add(responses.POST, 'https://mm.example.com:8443/chat/api/v4/files', json={'file_infos': []}, status=201)
    responses.add(responses.POST, 'https://mm.example.com:8443/chat/hooks/hhhhhhhhhhhhhhhhhhhhhhhhhh', body='ok', content_type='text/plain')

    assert GROUPS['users'](real_client).get_user_by_username('a+b', params={'x': '1'}) == {'id': 'a+b'}
    assert GROUPS['posts'](real_client).create_post({'channel_id': 'c1', 'message': 'hi'}) == {'id': 'p1'}
    GROUPS['files'](real_client).upload_file('c1', {'files': ('a.txt', b'text')})
    assert GROUPS['webhooks'](real_client).call_webhook('hhhhhhhhhhhhhhhhhhhhhhhhhh', {'text': 'hi'}).text == 'ok'

    get_user, create_post, upload_file, call_webhook = [call.request for call in responses.calls]
    assert (get_user.method, get_user.url) == ('GET', 'https://mm.example.com:8443/chat/api/v4/users/username/a%2Bb?x=1')
    assert get_user.headers['Authorization'] == 'Bearer the-token'
    assert json.loads(create_post.body) == {'channel_id': 'c1', 'message': 'hi'}
    assert upload_file.headers['Content-Type'].startswith('multipart/form-data')
    assert b'name="channel_id"\r\n\r\nc1' in upload_file.body
    assert b'filename="a.txt"' in upload_file.body
    assert (call_webhook.method, json.loads(call_webhook.body)) == ('POST', {'text': 'hi'})
