# Copyright: chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""The waiting of mattermost_wait_for_event (module_utils/_chat/events.py) against the real server, through a proxy that cuts the
websocket mid-wait: the answer made while the link is down still counts, replayed by the server
when it can resume the connection, read through the API when it cannot.

The integration target tests the module from playbooks; cutting a connection needs this test.
"""
from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import os
import sys
import threading
import time

import pytest

from tcp_proxy import TcpProxy

from ansible_collections.chatops.mattermost.plugins.module_utils.driver import Driver
from ansible_collections.chatops.mattermost.plugins.module_utils._chat import events as listening


def params(**given):
    """What to wait for, as resolve_filter takes it."""
    return dict(dict(events=['posted']), **given)


class WatchedStream:
    """An EventStream that records the events it gives and tells when the first hello came.

    Its (re)connections wait while `gate` is closed, so that a test can make something happen
    while the link is down for sure, however fast the stream reconnects.
    """

    def __init__(self, stream):
        self.stream = stream
        self.seen = []
        self.hello = threading.Event()
        self.gate = threading.Event()
        self.gate.set()
        connect = stream._connect

        def gated_connect():
            self.gate.wait(30)
            connect()

        stream._connect = gated_connect

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.stream.close()

    def __iter__(self):
        return self

    def __next__(self):
        event = next(self.stream)
        self.seen.append(event.get('event'))
        if event.get('event') == 'hello':
            self.hello.set()
        return event


def wait_through_proxy(server, proxy, filters_params, timeout, before_cut=None):
    """Start waiting through the proxy in a thread; return (thread, result holder, watched streams)."""
    waiter = Driver({'url': 'http://127.0.0.1:%d' % proxy.port, 'token': server['mattermost_token'],
                     'keepalive_delay': 0.2})
    waiter.login()
    streams = []

    def events(timeout=None):
        streams.append(WatchedStream(Driver.events(waiter, timeout=timeout)))
        return streams[-1]

    waiter.events = events
    event_filter = listening.resolve_filter(waiter, **filters_params)
    result = {}

    def run():
        try:
            result['event'] = listening.wait_for_event(waiter, event_filter, timeout)
        except Exception as exc:  # reported by the test
            result['error'] = exc

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread, result, streams


def started(streams):
    for _attempt in range(100):
        if streams and streams[0].hello.wait(0.1):
            return streams[0]
    pytest.fail('the waiter never received its hello')


def test_an_answer_while_the_connection_is_cut_is_replayed(server, admin, place):
    channel, answerer = place.channel, place.member
    question = admin.posts.create_post(options={'channel_id': channel['id'], 'message': 'Deploy?'})
    host, port = server['mattermost_url'].split('//')[1].split(':')
    with TcpProxy(host, int(port)) as proxy:
        thread, result, streams = wait_through_proxy(
            server, proxy, params(root_id=question['id'], users=[answerer.client.username], match='^approve'), 30)
        stream = started(streams)
        answerer.posts.create_post(options={'channel_id': channel['id'], 'root_id': question['id'],
                                            'message': 'not yet'})
        stream.gate.clear()
        proxy.cut()
        answer = answerer.posts.create_post(options={'channel_id': channel['id'], 'root_id': question['id'],
                                                     'message': 'approve'})
        time.sleep(1)  # the server notices the closed connection and keeps its events for a resumption
        stream.gate.set()
        thread.join(30)
    assert not thread.is_alive(), 'the waiter did not return'
    assert 'error' not in result, result.get('error')
    event = result['event']
    assert event['post']['id'] == answer['id']
    assert event['source'] == 'websocket'  # replayed by the server after the resumption
    assert proxy.connections >= 2  # REST and websocket, then the websocket again
    assert stream.seen.count('hello') == 1  # resumed: the server sends no second hello
    assert 'chatops_resume_failed' not in stream.seen


def test_an_answer_lost_with_the_connection_is_read_through_the_api(server, admin, place):
    channel, answerer = place.channel, place.member
    question = admin.posts.create_post(options={'channel_id': channel['id'], 'message': 'Deploy?'})
    host, port = server['mattermost_url'].split('//')[1].split(':')
    with TcpProxy(host, int(port)) as proxy:
        thread, result, streams = wait_through_proxy(
            server, proxy, params(root_id=question['id'], users=[answerer.client.username], match='^approve'), 30)
        stream = started(streams)
        # A connection id the server does not know: it cannot replay, and says so with a new hello.
        stream.stream._resume.connection_id = 'z' * 26
        stream.gate.clear()
        proxy.cut()
        answer = answerer.posts.create_post(options={'channel_id': channel['id'], 'root_id': question['id'],
                                                     'message': 'approve'})
        stream.gate.set()
        thread.join(30)
    assert not thread.is_alive(), 'the waiter did not return'
    assert 'error' not in result, result.get('error')
    event = result['event']
    assert event['post']['id'] == answer['id']
    assert event['source'] == 'api'  # read again after the failed resumption
    assert 'chatops_resume_failed' in stream.seen


def test_nothing_matching_times_out(server, admin, place):
    channel, answerer = place.channel, place.member
    question = admin.posts.create_post(options={'channel_id': channel['id'], 'message': 'Deploy?'})
    event_filter = listening.resolve_filter(admin, **params(root_id=question['id'], match='^approve', since=question['id']))
    answerer.posts.create_post(options={'channel_id': channel['id'], 'message': 'approve, but not in the thread'})
    answerer.posts.create_post(options={'channel_id': channel['id'], 'root_id': question['id'], 'message': 'no'})
    assert listening.wait_for_event(admin, event_filter, 2) is None


if __name__ == '__main__':
    sys.exit(pytest.main([os.path.abspath(__file__)]))
