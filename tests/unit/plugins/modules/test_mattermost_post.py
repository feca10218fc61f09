# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""mattermost_post's checks of its options, and what it sends to an incoming webhook."""

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

from ansible_collections.chatops.mattermost.plugins.module_utils._chat.post_key import index_name
from ansible_collections.chatops.mattermost.plugins.module_utils._chat.poster import problems
from ansible_collections.chatops.mattermost.plugins.module_utils._chat.posts import webhook_payload


def params(**given):
    values = dict(url='https://chat.example.com', token='t', login_id=None, channel=None, team=None, user=None,
                  webhook_url=None, api_key=None, text=None, props=None, attachments=None, files=None, root_id=None,
                  priority=None, requested_ack=False, pinned=None, post_id=None, key=None, key_search_limit=1000,
                  username=None, icon_url=None, icon_emoji=None, state='present')
    values.update(given)
    return values


def test_api_posts_need_a_place_and_a_connection():
    assert problems(params(channel='x', text='hi'), webhook=False) == []
    assert 'one of channel, user and post_id is needed' in problems(params(text='hi'), webhook=False)
    assert any('url and token' in problem for problem in problems(params(token=None, channel='x', text='hi'), False))
    assert 'one of text, attachments and files is needed to post' in problems(params(channel='x'), webhook=False)
    assert problems(params(channel='x', key='k'), webhook=False) == []  # an update needs nothing more
    assert 'state=absent needs post_id or key' in problems(params(channel='x', state='absent'), webhook=False)
    assert problems(params(channel='x', text='hi', username='bot'), webhook=False) == []  # warned, not refused
    assert any('not to a reply' in problem
               for problem in problems(params(channel='x', text='hi', root_id='r' * 26, priority='urgent'), False))


def test_webhooks_refuse_what_needs_an_answer():
    found = problems(params(url=None, token=None, webhook_url='https://c/hooks/x', text='hi', key='k', pinned=True), True)
    assert found[0] == 'key, pinned cannot be used with an incoming webhook, which tells nothing back'
    assert problems(params(url=None, token=None, webhook_url='https://c/hooks/x', text='hi'), webhook=True) == []


def test_webhook_payload_as_community_general_sends_it():
    payload = webhook_payload(text='hi', channel='town-square', username='bot', icon_emoji='robot',
                              attachments=[{'text': 'a'}], props={'p': 1}, priority='urgent')
    assert payload == {'text': 'hi', 'channel': 'town-square', 'username': 'bot', 'icon_emoji': 'robot',
                       'attachments': [{'text': 'a'}], 'props': {'p': 1},
                       'priority': {'priority': 'urgent', 'requested_ack': False}}
    assert webhook_payload(text='hi', user='@alice', channel='ignored') == {'text': 'hi', 'channel': '@alice'}


def test_the_index_names_fit_the_preferences():
    name = index_name('c' * 26, 'a key that is much longer than thirty-two characters')
    assert len(name) == 32 and name != index_name('d' * 26, 'a key that is much longer than thirty-two characters')


def test_attachments_the_server_would_store_as_null_are_refused():
    attachments = [{'text': 7, 'fields': 'x', 'bogus': 1}, 'not a dict', {'fields': [{'title': 1}, {'short': True, 'other': 2}]}]
    found = problems(params(channel='x', attachments=attachments), False)
    assert found == [
        'attachments[0] has no key bogus: its keys are actions, author_icon, author_link, author_name, color, fallback, '
        'fields, footer, footer_icon, id, image_url, pretext, text, thumb_url, title, title_link, ts',
        'attachments[0].text must be a string',
        'attachments[0].fields must be a list of {title, value, short}',
        'attachments[1] must be a dict (a message attachment)',
        'attachments[2].fields[0].title must be a string',
        'attachments[2].fields[1] must be a dict with the keys title, value and short',
    ]
    good = [{'text': 'a', 'fields': [{'title': 't', 'value': 1, 'short': True}], 'ts': 1, 'id': 3}]
    assert problems(params(channel='x', attachments=good), False) == []


def test_empty_key_and_too_many_files_are_refused(tmp_path):
    paths = []
    for index in range(11):
        path = tmp_path / ('f%d.txt' % index)
        path.write_text('x')
        paths.append(str(path))
    assert 'key must not be empty: leave it out for a post without a key' in problems(params(channel='x', text='a', key=''), False)
    assert 'files: a post has at most 10 files, not 11' in problems(params(channel='x', files=paths), False)
