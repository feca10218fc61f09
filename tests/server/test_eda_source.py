# Copyright: chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""The event source chatops.mattermost.events against the real server: a mention becomes an event with
the names a rule needs, and posts made while a proxy cuts the websocket (once resumed by the server, once
not) are each given exactly once. ansible-rulebook itself runs in the eda_events integration target."""
from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import asyncio
import os
import sys

import pytest

from eda_source import load_source
from tcp_proxy import TcpProxy

from ansible_collections.chatops.mattermost.plugins.module_utils.driver import Driver  # noqa: E402  pylint: disable=wrong-import-order

SOURCE = load_source()


async def next_event(queue, timeout=30):
    return await asyncio.wait_for(queue.get(), timeout)


def test_a_mention_becomes_an_event_with_names_and_words(server, admin, place):
    team, channel, requester = place.team, place.channel, place.member
    me = admin.client.username

    async def scenario():
        queue = asyncio.Queue()
        source = asyncio.ensure_future(SOURCE.main(queue, {
            'url': server['mattermost_url'], 'token': server['mattermost_token'], 'team': team['name'],
            'channels': [channel['name']], 'users': [requester.client.username], 'mentions': True}))
        await asyncio.sleep(3)  # connected (no event to wait for: the websocket's hello is not given)
        assert not source.done(), source.exception()
        await asyncio.to_thread(requester.posts.create_post, options={
            'channel_id': channel['id'], 'message': 'no mention here'})
        request = await asyncio.to_thread(requester.posts.create_post, options={
            'channel_id': channel['id'], 'message': '@%s: deploy api 1.4.2' % me})
        event = await next_event(queue)
        source.cancel()
        with pytest.raises(asyncio.CancelledError):
            await source
        return request, event, queue

    request, event, queue = asyncio.run(scenario())
    assert queue.empty()
    assert event['event'] == 'posted' and event['source'] == 'websocket'
    assert event['post_id'] == request['id'] and event['thread_id'] == request['id'] and event['root_id'] == ''
    assert event['words'] == ['deploy', 'api', '1.4.2']
    assert event['username'] == requester.client.username
    assert (event['channel_name'], event['team_name']) == (channel['name'], team['name'])
    assert event['message'] == '@%s: deploy api 1.4.2' % me


def test_a_refused_login_stops_the_source_with_a_clear_error(server):
    with pytest.raises(ValueError, match='cannot log in to .*HTTP 401|cannot log in to .*401'):
        asyncio.run(SOURCE.main(asyncio.Queue(), {'url': server['mattermost_url'], 'token': 'x' * 26}))


@pytest.mark.parametrize('resumable', [True, False], ids=['replayed', 'read-through-the-api'])
def test_posts_made_while_the_connection_is_cut_are_each_given_once(server, admin, place, resumable):
    team, channel, requester = place.team, place.channel, place.member
    count = 40
    host, port = server['mattermost_url'].split('//')[1].split(':')

    async def scenario(proxy):
        driver = Driver({'url': 'http://127.0.0.1:%d' % proxy.port, 'token': server['mattermost_token'],
                         'keepalive': True, 'keepalive_delay': 0.2})
        await asyncio.to_thread(driver.login)
        event_filter = SOURCE.resolve_filter(driver, channels=[channel['id']])
        queue = asyncio.Queue()
        listener = SOURCE.WebsocketListener(driver, event_filter, queue)
        task = asyncio.ensure_future(listener.run())
        await asyncio.sleep(2)
        posted = []

        def post_all():
            for number in range(count):
                posted.append(requester.posts.create_post(options={'channel_id': channel['id'],
                                                                   'message': 'event %d' % number})['id'])
                if number in (10, 25):
                    if not resumable:
                        # A connection id the server does not know: it cannot replay, and says so with a new hello.
                        listener.websocket._resume.connection_id = 'z' * 26
                    proxy.cut()

        await asyncio.to_thread(post_all)
        given = []
        while len(given) < count:
            given.append(await next_event(queue))
        await asyncio.sleep(2)  # anything given twice would come now
        while not queue.empty():
            given.append(queue.get_nowait())
        task.cancel()
        driver.close()
        return posted, given, listener

    with TcpProxy(host, int(port)) as proxy:
        posted, given, listener = asyncio.run(scenario(proxy))
    ids = [event['post_id'] for event in given]
    assert sorted(ids) == sorted(posted), 'lost or duplicated: %s' % (set(ids) ^ set(posted))
    assert proxy.connections >= 3
    if resumable:
        assert listener.caught_up == 0
    else:
        assert listener.caught_up > 0
        assert {event['source'] for event in given} == {'websocket', 'api'}


if __name__ == '__main__':
    sys.exit(pytest.main([os.path.abspath(__file__)]))
