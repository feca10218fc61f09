# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""The helpers of the integration modules: the server's URL rule, lengths, token rotation, and the
warning for values the server did not keep."""

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import pytest

from ansible_collections.chatops.mattermost.plugins.module_utils.driver import NotEnoughPermissions
from ansible_collections.chatops.mattermost.plugins.module_utils._integrations import (
    is_http_url, length_problems, rotate_token, unique_sorted, warn_when_not_kept,
)
from ansible_collections.chatops.mattermost.plugins.module_utils._resource import Changes, Field


class Failed(Exception):
    pass


class FakeModule:
    def __init__(self, check_mode=False):
        self.check_mode = check_mode
        self.warnings = []

    def warn(self, message):
        self.warnings.append(message)

    def fail_json(self, **result):
        raise Failed(result)


class Rotating:
    name = 'thing'

    def __init__(self, current, refuse=False):
        self.current = current
        self.refuse = refuse
        self.doing = 'rotate'
        self.rotated = 0

    def regenerate(self, obj):
        if self.refuse:
            raise NotEnoughPermissions('You do not have the appropriate permissions.', status_code=403, request_id='r1')
        self.rotated += 1
        return dict(obj, token='new')


@pytest.mark.parametrize('url, valid', [
    ('http://127.0.0.1:9/x', True),
    ('https://chat.example.com', True),
    ('https://[::1]:8443/hook', True),
    ('ftp://example.com/', False),
    ('example.com/hook', False),
    ('http://', False),
    ('http:///path', False),
    ('https://exa mple.com/', False),
    ('HTTP://example.com/', False),  # the server compares the scheme as it is written
])
def test_is_http_url(url, valid):
    assert is_http_url(url) is valid


def test_length_problems_count_bytes_or_characters():
    params = dict(name='é' * 33, title='é' * 33, empty=None)
    assert length_problems(params, byte_limits=dict(name=64, empty=1), character_limits=dict(title=33)) == [
        'name must have at most 64 bytes']


def test_unique_sorted():
    assert unique_sorted(['b', 'a', 'b']) == ['a', 'b']
    assert unique_sorted(None) == []


def test_rotate_token_of_an_existing_object():
    resource = Rotating(current={'id': 'x', 'token': 'old'})
    result = {'changed': False, 'thing': {'id': 'x', 'token': 'old'},
              'diff': {'before': {'state': 'present'}, 'after': {'state': 'present'}}}
    result = rotate_token(FakeModule(), resource, result)
    assert result['changed'] and result['thing']['token'] == 'new' and resource.rotated == 1
    assert result['diff']['before']['token'] == '(current token)'
    assert result['diff']['after']['token'] == '(new token)'


def test_rotate_token_writes_nothing_in_check_mode():
    resource = Rotating(current={'id': 'x', 'token': 'old'})
    result = rotate_token(FakeModule(check_mode=True), resource, {'changed': False, 'thing': {'id': 'x', 'token': 'old'}})
    assert result['changed'] and result['thing']['token'] == 'old' and resource.rotated == 0


def test_rotate_token_leaves_a_new_object_alone():
    resource = Rotating(current=None)
    result = rotate_token(FakeModule(), resource, {'changed': True, 'thing': {'id': 'x', 'token': 'fresh'}})
    assert result['thing']['token'] == 'fresh' and resource.rotated == 0


def test_rotate_token_fails_with_the_servers_message():
    resource = Rotating(current={'id': 'x'}, refuse=True)
    with pytest.raises(Failed) as failed:
        rotate_token(FakeModule(), resource, {'changed': False, 'thing': {'id': 'x'}})
    assert failed.value.args[0]['msg'].startswith('Cannot rotate: You do not have the appropriate permissions')
    assert failed.value.args[0]['request_id'] == 'r1'


def test_warn_when_not_kept():
    fields = (Field('username', key='username'), Field('locked', key='locked', normalise=bool), Field('title', key='title'))
    current = {'username': '', 'locked': True, 'title': 'same'}
    changes = Changes(fields, {'username': 'bot', 'locked': False, 'title': 'same'}, current)
    module = FakeModule()
    warn_when_not_kept(module, changes, current, {'username': 'a setting'})
    assert module.warnings == [
        "The server did not keep locked = False (it has True)",
        "The server did not keep username = 'bot' (it has ''): a setting",
    ]
