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
from ansible_collections.chatops.mattermost.plugins.module_utils._errors import InvalidInput

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
