# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""mattermost_api's work with a mocked API: the path checked before any request, check mode, the
statuses accepted, and the exact request sent."""

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import pytest

from ansible_collections.chatops.mattermost.plugins.module_utils._errors import Failure, RequestFailed
from ansible_collections.chatops.mattermost.plugins.module_utils._raw_request import send

MOCKED_API = 'https://chat.example.com:443/api/v4'  # where conftest.py's make_task sends
NOT_FOUND = dict(id='app.channel.get_by_name.missing.app_error', message='Channel does not exist.', request_id='r1',
                 status_code=404)


def options(**given):
    return dict(dict(method='GET', path='/users/me', params=None, body=None, status_code=None), **given)


@pytest.mark.parametrize('path', ['users/me', '/users/me?page=1', 'api/v4/users/me'])
def test_a_path_without_its_slash_or_with_a_query_is_refused_before_any_request(make_task, sent, path):
    with pytest.raises(Failure, match='path must start with / and have no query string'):
        send(make_task(options(path=path)))
    assert sent() == []


def test_check_mode_sends_no_change(make_task, sent):
    assert send(make_task(options(method='POST', path='/posts', body={'message': 'hi'}), check_mode=True)) == dict(
        changed=True)
    assert sent() == []


def test_a_get_sends_the_path_below_the_base_and_the_params(api, make_task, sent):
    api.get(MOCKED_API + '/teams/name/ops/channels/name/old', json={'id': 'c' * 26})
    result = send(make_task(options(path='/api/v4/teams/name/ops/channels/name/old', params={'include_deleted': True}),
                            check_mode=True))
    assert result == dict(changed=False, status=200, json={'id': 'c' * 26})
    assert sent() == [('GET', '/teams/name/ops/channels/name/old?include_deleted=True', None)]


def test_a_post_sends_its_body_and_is_a_change(api, make_task, sent):
    api.post(MOCKED_API + '/posts', status=201, json={'id': 'p' * 26, 'message': 'hi'})
    result = send(make_task(options(method='POST', path='/posts', body={'channel_id': 'c' * 26, 'message': 'hi'})))
    assert result == dict(changed=True, status=201, json={'id': 'p' * 26, 'message': 'hi'})
    assert sent() == [('POST', '/posts', {'channel_id': 'c' * 26, 'message': 'hi'})]


def test_an_accepted_error_status_returns_the_servers_error(api, make_task, sent):
    api.get(MOCKED_API + '/teams/name/ops/channels/name/old', status=404, json=NOT_FOUND)
    result = send(make_task(options(path='/teams/name/ops/channels/name/old', status_code=[404])))
    assert result == dict(changed=False, status=404, json=NOT_FOUND)


def test_an_error_status_not_accepted_is_the_servers_error(api, make_task, sent):
    api.get(MOCKED_API + '/teams/name/ops/channels/name/old', status=404, json=NOT_FOUND)
    with pytest.raises(RequestFailed) as error:
        send(make_task(options(path='/teams/name/ops/channels/name/old', status_code=[200])))
    assert error.value.msg.startswith('Cannot send GET /teams/name/ops/channels/name/old: Channel does not exist')
    assert error.value.result == dict(status=404, error_id=NOT_FOUND['id'], request_id='r1')


def test_a_success_not_accepted_fails_with_the_answer(api, make_task, sent):
    api.get(MOCKED_API + '/users/me', json={'id': 'u' * 26})
    with pytest.raises(Failure) as error:
        send(make_task(options(status_code=[404])))
    assert error.value.msg == 'GET /users/me answered HTTP 200, not one of [404]'
    assert error.value.result == dict(changed=False, status=200, json={'id': 'u' * 26})
