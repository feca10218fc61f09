# Copyright: chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""How fast the event source chatops.mattermost.events gives events, against the local server.

    .venv/bin/python bench/eda_source.py [--events 120] [--burst 500] [--writers 4]

1. Latency: posts one at a time (each after the previous event arrived) and measures, for each, the
   time from the post's creation (its create_at, the server's clock: the same machine) to the event
   being on the queue, named for rules. Prints the median and the 95th percentile.
2. Burst: `--writers` threads create `--burst` posts as fast as the server takes them; prints the rate
   of posting, the rate the source gave the events at (first to last), how long after the last post
   the last event came, and whether every post came exactly once.
3. Backlog: the same burst while the source is held (its first event waits until every post is made,
   so the rest wait in the websocket), then released: the rate it drains them at is what it sustains.
Needs the server from `make server` and its tests/integration/integration_config.yml. Not a test: it
asserts nothing but that no event was lost or duplicated.
"""
from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import argparse
import asyncio
import json
import os
import statistics
import sys
import threading
import time
import uuid

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(REPO, 'tests', 'server'))
# conftest makes this checkout importable as ansible_collections.chatops.mattermost.
import conftest  # noqa: E402,F401  pylint: disable=unused-import
from eda_source import load_source  # noqa: E402  the plugin as ansible-rulebook loads it

from ansible_collections.chatops.mattermost.plugins.module_utils.driver import Driver  # noqa: E402

PASSWORD = 'Bench-Eda-1!'


class TimedQueue(asyncio.Queue):
    """The rulebook's queue, noting when each event was put (wall clock, ms)."""

    async def put(self, item):
        item['_queued_ms'] = time.time() * 1000
        await super().put(item)


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


async def run(args, config, channel, requesters):
    source = load_source()
    driver = Driver({'url': config['mattermost_url'], 'token': config['mattermost_token'], 'keepalive': True})
    await asyncio.to_thread(driver.login)
    event_filter = source.resolve_filter(driver, channels=[channel['id']])
    queue = TimedQueue()
    listener = source.WebsocketListener(driver, event_filter, queue)
    task = asyncio.ensure_future(listener.run())
    await asyncio.sleep(2)

    latencies = []
    for number in range(args.events):
        post = await asyncio.to_thread(requesters[0].posts.create_post, options={
            'channel_id': channel['id'], 'message': 'latency %d' % number})
        event = await asyncio.wait_for(queue.get(), 30)
        assert event['post_id'] == post['id'], 'out of order'
        latencies.append(event['_queued_ms'] - post['create_at'])
    print('latency, post created -> event on the queue, %d events: median %.1f ms, p95 %.1f ms, max %.1f ms'
          % (len(latencies), statistics.median(latencies), percentile(latencies, 0.95), max(latencies)))
    print('requests for names during them: %d' % listener.names.requests)

    complete = await burst(args, channel, requesters, queue, listener, held=False)
    complete = await burst(args, channel, requesters, queue, listener, held=True) and complete
    task.cancel()
    driver.close()
    return complete


async def burst(args, channel, requesters, queue, listener, held):
    created = []
    lock = threading.Lock()
    release = asyncio.Event()
    give = listener.give
    loop = asyncio.get_running_loop()

    async def held_give(event):
        await release.wait()
        return await give(event)

    if held:
        listener.give = held_give

    def write(writer, count):
        for number in range(count):
            post = requesters[writer].posts.create_post(options={'channel_id': channel['id'],
                                                                 'message': 'burst %d %d' % (writer, number)})
            with lock:
                created.append(post)
                if len(created) == args.burst:
                    loop.call_soon_threadsafe(release.set)

    share = [args.burst // args.writers + (1 if index < args.burst % args.writers else 0) for index in range(args.writers)]
    started = time.time()
    writers = [threading.Thread(target=write, args=(index, count)) for index, count in enumerate(share)]
    for thread in writers:
        thread.start()
    given = []
    while len(given) < args.burst:
        given.append(await asyncio.wait_for(queue.get(), 120))
    for thread in writers:
        thread.join()
    listener.give = give
    await asyncio.sleep(2)
    while not queue.empty():
        given.append(queue.get_nowait())
    posted_ids = sorted(post['id'] for post in created)
    given_ids = sorted(event['post_id'] for event in given)
    last_post_ms = max(post['create_at'] for post in created)
    first_ms, last_ms = min(e['_queued_ms'] for e in given), max(e['_queued_ms'] for e in given)
    print('%s of %d posts by %d writers: posted at %.0f posts/s; the source gave them at %.0f events/s '
          '(first to last event); the last event came %.0f ms after the last post; lost or duplicated: %d'
          % ('backlog (source held until all were posted)' if held else 'burst', args.burst, args.writers,
             args.burst / ((last_post_ms - started * 1000) / 1000.0),
             len(given) / max((last_ms - first_ms) / 1000.0, 0.001), last_ms - last_post_ms,
             len(set(posted_ids) ^ set(given_ids)) + (len(given_ids) - len(set(given_ids)))))
    return posted_ids == given_ids


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--events', type=int, default=120)
    parser.add_argument('--burst', type=int, default=500)
    parser.add_argument('--writers', type=int, default=4)
    args = parser.parse_args()
    with open(os.path.join(REPO, 'tests', 'integration', 'integration_config.yml')) as handle:
        config = json.load(handle)
    admin = Driver({'url': config['mattermost_url'], 'token': config['mattermost_token']})
    admin.login()
    suffix = uuid.uuid4().hex[:8]
    team = admin.teams.create_team(options={'name': 'bench-eda-' + suffix, 'display_name': 'Bench', 'type': 'O'})
    users = []
    try:
        channel = admin.channels.create_channel(options={'team_id': team['id'], 'name': 'bench', 'display_name': 'Bench',
                                                         'type': 'O'})
        requesters = []
        for index in range(args.writers):
            user = admin.users.create_user(options={'username': 'bench-eda-%s-%d' % (suffix, index), 'password': PASSWORD,
                                                    'email': 'bench-eda-%s-%d@example.com' % (suffix, index)})
            users.append(user)
            admin.teams.add_team_member(team['id'], options={'team_id': team['id'], 'user_id': user['id']})
            admin.channels.add_channel_member(channel['id'], options={'user_id': user['id']})
            requester = Driver({'url': config['mattermost_url'], 'login_id': user['username'], 'password': PASSWORD})
            requester.login()
            requesters.append(requester)
        complete = asyncio.run(run(args, config, channel, requesters))
    finally:
        admin.teams.soft_delete_team(team['id'], params={'permanent': 'true'})
        for user in users:
            admin.users.delete_user(user['id'], params={'permanent': 'true'})
    return 0 if complete else 1


if __name__ == '__main__':
    sys.exit(main())
