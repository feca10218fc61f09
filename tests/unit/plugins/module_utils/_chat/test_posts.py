# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""What posting and listening share: webhook URLs, comparable attachments, emoji names, links."""

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import pytest

from ansible_collections.chatops.mattermost.plugins.module_utils._lookup import is_id
from ansible_collections.chatops.mattermost.plugins.module_utils._chat.posts import (
    comparable, direct_channel_name, emoji_name, permalink, webhook_parts,
)

HOOK = 'abcdefghijklmnopqrstuvwxyz'


@pytest.mark.parametrize('url, expected', [
    ('https://chat.example.com/hooks/' + HOOK, ('https://chat.example.com', HOOK)),
    ('http://127.0.0.1:8065/hooks/' + HOOK + '/', ('http://127.0.0.1:8065', HOOK)),
    ('https://example.com/mattermost/hooks/' + HOOK, ('https://example.com/mattermost', HOOK)),
])
def test_webhook_parts(url, expected):
    assert webhook_parts(url) == expected


@pytest.mark.parametrize('url', [
    None, '', 'chat.example.com/hooks/' + HOOK, 'https://chat.example.com/api/v4/posts',
    'https://chat.example.com/hooks/', 'ftp://chat.example.com/hooks/' + HOOK,
    'https://chat.example.com/hooks/incoming/' + HOOK,
])
def test_webhook_parts_refuses_other_urls(url):
    with pytest.raises(ValueError):
        webhook_parts(url)


def test_attachments_compare_equal_to_what_the_server_stores():
    given = [{'color': '#2eb886', 'fields': [{'title': 'Stage', 'value': 'done', 'short': True}]}]
    # What the server returns for them (Mattermost 11): every field filled with an empty value.
    stored = [{'id': 0, 'fallback': '', 'color': '#2eb886', 'pretext': '', 'author_name': '', 'author_link': '',
               'author_icon': '', 'title': '', 'title_link': '', 'text': '',
               'fields': [{'title': 'Stage', 'value': 'done', 'short': True}], 'image_url': '', 'thumb_url': '',
               'footer': '', 'footer_icon': '', 'ts': None}]
    assert comparable(given) == comparable(stored)
    assert comparable([dict(given[0], color='#d24b4e')]) != comparable(stored)
    assert comparable([{'fields': [{'title': 'a', 'value': 3.0, 'short': False}]}]) == [{'fields': [{'title': 'a', 'value': 3}]}]


@pytest.mark.parametrize('name, canonical', [
    ('+1', '+1'), ('thumbsup', '+1'), (':thumbsup:', '+1'), ('thumbsdown', '-1'), ('white_check_mark', 'white_check_mark'),
])
def test_emoji_names(name, canonical):
    assert emoji_name(name) == canonical


def test_ids_links_and_direct_channel_names():
    assert is_id(HOOK) and not is_id('Not-An-Id') and not is_id(None)
    assert direct_channel_name('b' * 26, 'a' * 26) == 'a' * 26 + '__' + 'b' * 26
    assert permalink('https://chat.example.com/', 'ops', 'p' * 26) == 'https://chat.example.com/ops/pl/' + 'p' * 26
    assert permalink('https://chat.example.com', None, 'p' * 26) is None
