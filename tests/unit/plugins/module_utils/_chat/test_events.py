# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""The matching of events (shared by mattermost_wait_for_event and event sources), over decoded events
and with a fake driver for what is read through the API; the module's checks and failures before it
listens, with a mocked API."""

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import json

import pytest

from ansible_collections.chatops.mattermost.plugins.module_utils._chat import events
from ansible_collections.chatops.mattermost.plugins.module_utils._chat.events import (
    EventFilter, catch_up, decoded, wait_for_event_result,
)
from ansible_collections.chatops.mattermost.plugins.module_utils._errors import Failure, InvalidInput

ME, ALICE, BOB = 'm' * 26, 'a' * 26, 'b' * 26
CHANNEL, OTHER_CHANNEL, ROOT = 'c' * 26, 'o' * 26, 'r' * 26


def filters(**given):
    return EventFilter(**dict(dict(channel_ids=[CHANNEL], me=ME, my_username='deploy-bot'), **given))


def posted(user_id=ALICE, message='approve', root_id=ROOT, channel_id=CHANNEL, **post):
    post = dict(dict(id='p' * 26, user_id=user_id, message=message, root_id=root_id, channel_id=channel_id, type='',
                     create_at=2000), **post)
    return {'event': 'posted', 'data': {'post': post, 'channel_name': 'deployments'},
            'broadcast': {'channel_id': channel_id}}


def reaction_added(user_id=ALICE, emoji='+1', post_id=ROOT):
    reaction = {'user_id': user_id, 'post_id': post_id, 'emoji_name': emoji, 'create_at': 2000, 'channel_id': CHANNEL}
    return {'event': 'reaction_added', 'data': {'reaction': json.dumps(reaction)}, 'broadcast': {'channel_id': CHANNEL}}


def test_a_reply_in_the_thread_from_an_allowed_user_matches():
    wanted = filters(root_id=ROOT, match='(?i)^approve', user_ids=[ALICE])
    event = wanted.matches(posted())
    assert event['message'] == 'approve' and event['user_id'] == ALICE and event['source'] == 'websocket'
    assert event['channel_name'] == 'deployments'
    assert wanted.matches(posted(user_id=BOB)) is None
    assert wanted.matches(posted(message='let me check')) is None
    assert wanted.matches(posted(root_id='')) is None
    assert wanted.matches(posted(channel_id=OTHER_CHANNEL)) is None
    assert wanted.matches(posted(type='system_join_channel')) is None
    assert wanted.matches(dict(posted(), event='typing')) is None


def test_own_posts_count_only_when_asked():
    assert filters().matches(posted(user_id=ME)) is None
    assert filters(include_own=True).matches(posted(user_id=ME)) is not None
    assert filters(user_ids=[ME]).matches(posted(user_id=ME)) is not None


def test_a_reaction_matches_by_emoji_alias_and_post():
    wanted = filters(reactions=['thumbsup'], reaction_post_id=ROOT)
    assert wanted.events == {'posted', 'reaction_added'}
    event = wanted.matches(reaction_added())
    assert event['event'] == 'reaction_added' and event['reaction']['emoji_name'] == '+1'
    assert wanted.matches(reaction_added(emoji='eyes')) is None
    assert wanted.matches(reaction_added(post_id='x' * 26)) is None
    assert wanted.matches(reaction_added(user_id=ME)) is None


def test_other_events_match_by_channel_and_user():
    wanted = filters(events=['user_added'])
    event = {'event': 'user_added', 'data': {'user_id': ALICE}, 'broadcast': {'channel_id': CHANNEL}}
    assert wanted.matches(event)['user_id'] == ALICE
    assert wanted.matches(dict(event, broadcast={'channel_id': OTHER_CHANNEL})) is None


def test_mentions_of_the_listener_by_name_or_by_the_servers_list():
    wanted = filters(mentions=True)
    assert wanted.matches(posted(message='@deploy-bot approve')) is not None
    assert wanted.matches(posted(message='ping @Deploy-Bot.')) is not None
    assert wanted.matches(posted(message='@deploy-bot2 approve')) is None
    assert wanted.matches(posted(message='mail deploy-bot@example.com')) is None
    event = posted(message='approve')
    event['data']['mentions'] = json.dumps([ME])  # as the server sends it: JSON text in the JSON
    assert wanted.matches(event) is not None
    assert wanted.matches(posted(message='approve')) is None


def test_several_channels_or_any():
    both = filters(channel_ids=[CHANNEL, OTHER_CHANNEL])
    assert both.matches(posted()) is not None and both.matches(posted(channel_id=OTHER_CHANNEL)) is not None
    assert filters(channel_ids=None).matches(posted(channel_id='z' * 26)) is not None
    assert filters().matches(posted(channel_id='z' * 26)) is None


def test_decoded_leaves_bad_json_and_other_fields_alone():
    event = {'event': 'posted', 'data': {'post': '{"id": "p"}', 'reaction': 'not json', 'channel_name': '{}'}}
    assert decoded(event)['data'] == {'post': {'id': 'p'}, 'reaction': 'not json', 'channel_name': '{}'}
    assert decoded({'event': 'hello'}) == {'event': 'hello'}


class FakePosts:
    def __init__(self, posts):
        self.posts = posts
        self.asked = []

    def get_posts_for_channel(self, channel_id, params=None):
        self.asked.append((channel_id, params))
        return {'order': [post['id'] for post in self.posts], 'posts': dict((post['id'], post) for post in self.posts)}


class FakeReactions:
    def __init__(self, reactions):
        self.reactions = reactions

    def get_reactions(self, post_id):
        return [reaction for reaction in self.reactions if reaction['post_id'] == post_id]


class FakeDriver:
    def __init__(self, posts=(), reactions=()):
        self.posts = FakePosts(list(posts))
        self.reactions = FakeReactions(list(reactions))


def post(post_id, create_at, message='approve', user_id=ALICE, root_id=ROOT):
    return {'id': post_id, 'create_at': create_at, 'message': message, 'user_id': user_id, 'root_id': root_id,
            'channel_id': CHANNEL, 'type': ''}


def test_catch_up_returns_the_earliest_match_since_the_question():
    wanted = filters(root_id=ROOT, match='^approve', reactions=['+1'], reaction_post_id=ROOT, since=1000, since_post_id=ROOT)
    driver = FakeDriver(
        posts=[post('q' * 26, 900), post(ROOT, 1000, root_id=''), post('n' * 26, 1100, message='no'),
               post('l' * 26, 1300), post('e' * 26, 1200, user_id=ME)],
        reactions=[{'user_id': ALICE, 'post_id': ROOT, 'emoji_name': '+1', 'create_at': 1250}])
    event = catch_up(driver, wanted, 1000)
    assert event['event'] == 'reaction_added' and event['source'] == 'api'
    assert driver.posts.asked == [(CHANNEL, {'since': 1000})]
    driver.reactions.reactions = []
    assert catch_up(driver, wanted, 1000)['post']['id'] == 'l' * 26
    assert catch_up(driver, wanted, 1400) is None


# mattermost_wait_for_event's work, run with a Task whose driver sends to a mocked API (conftest.py).

MOCKED_API = 'https://chat.example.com:443/api/v4'


def wait_options(**given):
    return dict(dict(events=['posted'], channel=None, team=None, users=None, include_own=False, match=None, root_id=None,
                     reaction=None, reaction_post_id=None, since=None, timeout=5, fail_on_timeout=True), **given)


def test_the_wait_is_refused_before_any_request(make_task, sent):
    with pytest.raises(InvalidInput) as error:
        wait_for_event_result(make_task(wait_options(match='(', timeout=0, since='1767600000000', events=['posted'])))
    assert error.value.problems == [
        'match is not a regular expression: missing ), unterminated subpattern at position 0',
        'timeout must be more than 0 and at most 31622400 seconds (a year)',
        'since as a time needs channel or root_id: the channel to read the posts of']
    assert sent() == []


def test_without_websockets_the_wait_fails_as_ansible_says(monkeypatch, make_task, sent):
    monkeypatch.setattr(events, 'WEBSOCKETS_IMPORT_ERROR', 'No module named websockets')
    with pytest.raises(Failure, match=r'Failed to import the required Python library \(websockets\)'):
        wait_for_event_result(make_task(wait_options()))
    assert sent() == []


def test_a_channel_that_is_not_there_fails_with_the_seconds_waited(api, make_task, sent):
    api.get(MOCKED_API + '/channels/' + CHANNEL, status=404, json=dict(id='app.channel.get.existing.app_error',
                                                                       message='Not found', status_code=404))
    with pytest.raises(Failure) as error:
        wait_for_event_result(make_task(wait_options(channel=CHANNEL)))
    assert error.value.msg == 'No channel has the id %s; give team to find a channel by name' % CHANNEL
    assert 0 <= error.value.result['elapsed'] < 5
    assert sent() == [('GET', '/channels/' + CHANNEL, None)]
