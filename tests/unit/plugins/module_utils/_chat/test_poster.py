# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""mattermost_post's work with a mocked API: through an incoming webhook (whose id is kept out of the
output) and through the API, the options checked before any request and the exact requests sent."""

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import json

import pytest

from ansible_collections.chatops.mattermost.plugins.module_utils._chat.poster import POST_ARGUMENT_SPEC, post
from ansible_collections.chatops.mattermost.plugins.module_utils._connection import ARGUMENT_SPEC
from ansible_collections.chatops.mattermost.plugins.module_utils._errors import Failure, InvalidInput

MOCKED_API = 'https://chat.example.com:443/api/v4'  # where conftest.py's make_task sends
HOOK_ID = 'h' * 26
CHANNEL_ID = 'c' * 26


def options(**given):
    """The module's options as AnsibleModule gives them: every option, with its default."""
    defaults = dict((name, option.get('default')) for name, option in dict(ARGUMENT_SPEC, **POST_ARGUMENT_SPEC).items())
    return dict(defaults, **given)


def test_a_post_without_text_or_place_is_refused_before_any_request(make_task, sent):
    with pytest.raises(InvalidInput) as error:
        post(make_task(options()))
    assert error.value.problems == ['one of channel, user and post_id is needed',
                                    'one of text, attachments and files is needed to post']
    assert sent() == []


def test_a_webhook_in_check_mode_sends_nothing_and_hides_the_hook_id(make_task, sent):
    task = make_task(options(webhook_url='https://chat.example.com/hooks/' + HOOK_ID, text='hi'), check_mode=True)
    assert post(task) == dict(changed=True, post={})
    assert task.no_log_values == {HOOK_ID}
    assert sent() == []


def test_a_webhook_post_sends_the_payload_to_the_hook(api, make_task, sent):
    api.post('https://chat.example.com:443/hooks/' + HOOK_ID, body='ok')
    task = make_task(options(url=None, token=None, api_key=HOOK_ID, webhook_url=None, text='hi', channel='town-square'))
    task.params['url'] = 'https://chat.example.com'  # the server of api_key
    assert post(task) == dict(changed=True, post={})
    assert [(call.request.method, call.request.url, json.loads(call.request.body)) for call in api.calls] == [
        ('POST', 'https://chat.example.com:443/hooks/' + HOOK_ID, {'text': 'hi', 'channel': 'town-square'})]
    assert task.no_log_values == {HOOK_ID}


def test_an_api_post_in_check_mode_looks_up_the_channel_and_writes_nothing(api, make_task, sent):
    api.get(MOCKED_API + '/channels/' + CHANNEL_ID, json=dict(id=CHANNEL_ID, team_id='t' * 26, name='deploys', type='O',
                                                              delete_at=0))
    result = post(make_task(options(channel=CHANNEL_ID, text='Deployed'), check_mode=True, diff=True))
    assert result['changed'] is True
    assert result['post']['message'] == 'Deployed' and result['post']['channel_id'] == CHANNEL_ID
    assert sent() == [('GET', '/channels/' + CHANNEL_ID, None)]


# Files: Mattermost has no request that removes an uploaded file attached to no post, so what the
# server would refuse is asked before the upload, and a refusal after it names the files left behind.

CHANNEL = dict(id=CHANNEL_ID, team_id='t' * 26, name='deploys', type='O', delete_at=0)
CLIENT_CONFIG = dict(EnableFileAttachments='true', MaxFileSize='10', PostPriority='true')


def files_of(tmp_path, *sizes):
    paths = []
    for index, size in enumerate(sizes):
        path = tmp_path / ('file%d.txt' % index)
        path.write_bytes(b'x' * size)
        paths.append(str(path))
    return paths


def test_a_post_refused_after_its_upload_names_the_files_left_behind(api, make_task, tmp_path):
    api.get(MOCKED_API + '/channels/' + CHANNEL_ID, json=CHANNEL)
    api.get(MOCKED_API + '/config/client', json=CLIENT_CONFIG)
    api.post(MOCKED_API + '/files', json=dict(file_infos=[dict(id='f' * 26), dict(id='g' * 26)]), status=201)
    api.post(MOCKED_API + '/posts', status=403, json=dict(
        id='api.context.permissions.app_error', message='You do not have the appropriate permissions.',
        request_id='r' * 26, status_code=403))
    with pytest.raises(Failure) as error:
        post(make_task(options(channel=CHANNEL_ID, text='Deployed', files=files_of(tmp_path, 1, 2))))
    assert error.value.msg == (
        'Cannot post in channel %s: You do not have the appropriate permissions (HTTP 403, error id '
        'api.context.permissions.app_error, request id %s, POST /api/v4/posts); the 2 file(s) uploaded for it (ids %s, %s) '
        'stay on the server attached to no post: Mattermost has no request that removes them' % (
            CHANNEL_ID, 'r' * 26, 'f' * 26, 'g' * 26))
    assert error.value.result['files_left_behind'] == ['f' * 26, 'g' * 26]
    assert error.value.result['status'] == 403
    assert [(call.request.method, call.request.url[len(MOCKED_API):]) for call in api.calls] == [
        ('GET', '/channels/' + CHANNEL_ID), ('GET', '/config/client?format=old'), ('POST', '/files'), ('POST', '/posts')]
    upload = api.calls[2].request.body
    assert b'name="channel_id"\r\n\r\n' + CHANNEL_ID.encode() in upload
    assert b'filename="file0.txt"\r\n\r\nx\r\n' in upload and b'filename="file1.txt"\r\n\r\nxx\r\n' in upload
    assert json.loads(api.calls[3].request.body) == dict(channel_id=CHANNEL_ID, message='Deployed', props={},
                                                         file_ids=['f' * 26, 'g' * 26])


@pytest.mark.parametrize('check_mode', [False, True])
@pytest.mark.parametrize('channel, config, given, root, expected', [
    (dict(CHANNEL, delete_at=1), CLIENT_CONFIG, {}, None,
     ['channel deploys is archived: the server refuses posts in it']),
    (CHANNEL, dict(CLIENT_CONFIG, EnableFileAttachments='false'), {}, None,
     ['files: the server does not accept files (FileSettings.EnableFileAttachments is off)']),
    (CHANNEL, dict(CLIENT_CONFIG, MaxFileSize='1'), {}, None,
     ['files: {1} has 2 bytes, more than the 1 the server accepts (FileSettings.MaxFileSize)']),
    (CHANNEL, dict(CLIENT_CONFIG, PostPriority='false'), dict(priority='urgent'), None,
     ['priority: the server does not accept it (ServiceSettings.PostPriority is off)']),
    (CHANNEL, CLIENT_CONFIG, dict(root_id='p' * 26), dict(id='p' * 26, channel_id=CHANNEL_ID, root_id='q' * 26, delete_at=0),
     ['root_id: post %s is a reply; give the first post of its thread, %s' % ('p' * 26, 'q' * 26)]),
    (CHANNEL, CLIENT_CONFIG, dict(root_id='p' * 26), dict(id='p' * 26, channel_id='o' * 26, root_id='', delete_at=0),
     ['root_id: post %s is in another channel' % ('p' * 26)]),
    (CHANNEL, CLIENT_CONFIG, dict(root_id='p' * 26), dict(id='p' * 26, channel_id=CHANNEL_ID, root_id='', delete_at=5),
     ['root_id: no post has the id %s (or the user cannot read it)' % ('p' * 26)]),
])
def test_what_the_server_would_refuse_after_the_upload_is_refused_before_it(
        api, make_task, sent, tmp_path, channel, config, given, root, expected, check_mode):
    paths = files_of(tmp_path, 1, 2)
    api.get(MOCKED_API + '/channels/' + CHANNEL_ID, json=channel)
    api.get(MOCKED_API + '/config/client', json=config)
    if root:
        api.get(MOCKED_API + '/posts/' + root['id'], json=root)
    with pytest.raises(InvalidInput) as error:
        post(make_task(options(channel=CHANNEL_ID, text='Deployed', files=paths, **given), check_mode=check_mode))
    assert error.value.problems == [problem.replace('{1}', paths[1]) for problem in expected]
    assert ('POST', '/files') not in [(method, path) for method, path, body in sent()]
    assert all(method == 'GET' for method, path, body in sent())


def test_a_text_longer_than_the_server_stores_is_refused_before_any_request(make_task, sent):
    with pytest.raises(InvalidInput) as error:
        post(make_task(options(channel=CHANNEL_ID, text='x' * 16384)))
    assert error.value.problems == ['text: a post has at most 16383 characters, not 16384']
    assert sent() == []


def test_an_edit_refused_after_its_upload_names_the_files_left_behind(api, make_task, tmp_path):
    post_id = 'p' * 26
    api.get(MOCKED_API + '/posts/' + post_id, json=dict(id=post_id, channel_id=CHANNEL_ID, message='Deployed', props={},
                                                        delete_at=0, metadata={}))
    api.get(MOCKED_API + '/channels/' + CHANNEL_ID, json=CHANNEL)
    api.get(MOCKED_API + '/config/client', json=CLIENT_CONFIG)
    api.post(MOCKED_API + '/files', json=dict(file_infos=[dict(id='f' * 26)]), status=201)
    api.put(MOCKED_API + '/posts/%s/patch' % post_id, status=500, json=dict(
        id='app.post.update.app_error', message='Unable to update the post.', request_id='r' * 26, status_code=500))
    with pytest.raises(Failure) as error:
        post(make_task(options(post_id=post_id, text='Deployed', files=files_of(tmp_path, 1))))
    assert error.value.msg.endswith('; the 1 file(s) uploaded for it (ids %s) stay on the server attached to no post: '
                                    'Mattermost has no request that removes them' % ('f' * 26))
    assert error.value.msg.startswith('Cannot update post %s: Unable to update the post' % post_id)
    assert error.value.result['files_left_behind'] == ['f' * 26]
    assert [(call.request.method, call.request.url[len(MOCKED_API):]) for call in api.calls] == [
        ('GET', '/posts/' + post_id), ('GET', '/channels/' + CHANNEL_ID), ('GET', '/config/client?format=old'),
        ('POST', '/files'), ('PUT', '/posts/%s/patch' % post_id)]
    assert json.loads(api.calls[-1].request.body) == dict(file_ids=['f' * 26])
