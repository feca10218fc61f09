# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""The helpers of the integration kinds: the server's URL rule and lengths (_naming.py), token
rotation, and the warning for values the server did not keep."""

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import pytest

from ansible_collections.chatops.mattermost.plugins.module_utils.driver import NotEnoughPermissions
from ansible_collections.chatops.mattermost.plugins.module_utils._kinds.integrations import rotate_token, warn_when_not_kept
from ansible_collections.chatops.mattermost.plugins.module_utils._naming import is_http_url, length_problems, unique_sorted
from ansible_collections.chatops.mattermost.plugins.module_utils._resource import Changes, Field, Resource


class Rotating(Resource):
    name = 'thing'

    def __init__(self, current, refuse=False, check_mode=False):
        super(Rotating, self).__init__({}, driver=None, check_mode=check_mode)
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
    result = rotate_token(resource, result)
    assert result['changed'] and result['thing']['token'] == 'new' and resource.rotated == 1
    assert result['diff']['before']['token'] == '(current token)'
    assert result['diff']['after']['token'] == '(new token)'


def test_rotate_token_writes_nothing_in_check_mode():
    resource = Rotating(current={'id': 'x', 'token': 'old'}, check_mode=True)
    result = rotate_token(resource, {'changed': False, 'thing': {'id': 'x', 'token': 'old'}})
    assert result['changed'] and result['thing']['token'] == 'old' and resource.rotated == 0


def test_rotate_token_leaves_a_new_object_alone():
    resource = Rotating(current=None)
    result = rotate_token(resource, {'changed': True, 'thing': {'id': 'x', 'token': 'fresh'}})
    assert result['thing']['token'] == 'fresh' and resource.rotated == 0


def test_rotate_token_raises_what_the_server_refused():
    resource = Rotating(current={'id': 'x'}, refuse=True)
    with pytest.raises(NotEnoughPermissions):
        rotate_token(resource, {'changed': False, 'thing': {'id': 'x'}})


def test_warn_when_not_kept():
    fields = (Field('username', key='username'), Field('locked', key='locked', normalise=bool), Field('title', key='title'))
    current = {'username': '', 'locked': True, 'title': 'same'}
    changes = Changes(fields, {'username': 'bot', 'locked': False, 'title': 'same'}, current)
    resource = Rotating(current=None)
    warn_when_not_kept(resource, changes, current, {'username': 'a setting'})
    assert resource.warnings == [
        "The server did not keep locked = False (it has True)",
        "The server did not keep username = 'bot' (it has ''): a setting",
    ]
