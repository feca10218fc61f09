# Copyright: chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""How fast the event source chatops.mattermost.events gives events, against the local server.

    .venv/bin/python bench/eda_source.py [--events 120] [--burst 500] [--writers 4] [--spacing-ms 50] [--no-rulebook]

1. Latency: posts one at a time (each after the previous event arrived) and measures, for each, the
   time from the post's creation (its create_at, the server's clock: the same machine) to the event
   being on the queue, named for rules. Prints the median and the 95th percentile.
2. Burst: `--writers` threads create `--burst` posts as fast as the server takes them; prints the rate
   of posting, the rate the source gave the events at (first to last), how long after the last post
   the last event came, and whether every post came exactly once.
3. Backlog: the same burst while the source is held (its first event waits until every post is made,
   so the rest wait in the websocket), then released: the rate it drains them at is what it sustains.
4. ansible-rulebook: the collection, built and installed in a temporary collections path, under the real
   ansible-rulebook of the eda_events target's virtual environment ($MATTERMOST_CACHE/eda-venv; run that
   target once to make it), with a rulebook whose one rule fires on every post and runs `print_event`.
   `--events` posts, `--spacing-ms` apart, then a burst of `--burst` posts by `--writers` writers. For
   each post: post created (create_at) -> event on ansible-rulebook's queue (the `meta.received_at` it
   stamps when the source puts the event) and -> rule fired (the time in the banner `print_event` prints
   when the action starts: rule matched by the engine, action planned and started; no playbook). Both
   times are taken in ansible-rulebook's process, so reading its output adds nothing. The burst: rules
   fired per second (first to last) and whether every post fired exactly once.
Needs a server from `make server` (--server newest, the default, or oldest) and its
tests/integration/integration_config.NAME.yml. Not a test: it
asserts nothing but that no event was lost or duplicated.
"""
from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import argparse
import ast
import asyncio
import datetime
import glob
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
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
    print(summary('latency, post created -> event on the queue, %d events' % len(latencies), latencies))
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

    def all_posted():
        loop.call_soon_threadsafe(release.set)

    started = time.time()
    writers = start_writers(args, channel, requesters, created, lock, all_posted)
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
             lost_or_duplicated(posted_ids, given_ids)))
    return posted_ids == given_ids


def start_writers(args, channel, requesters, created, lock, all_posted=None):
    """Threads (started) by which `args.writers` requesters create `args.burst` posts between them, as fast
    as the server takes them, adding each to `created` (under `lock`); `all_posted()` after the last."""
    def write(writer, count):
        for number in range(count):
            post = requesters[writer].posts.create_post(options={'channel_id': channel['id'],
                                                                 'message': 'burst %d %d' % (writer, number)})
            with lock:
                created.append(post)
                if len(created) == args.burst and all_posted:
                    all_posted()

    share = [args.burst // args.writers + (1 if index < args.burst % args.writers else 0) for index in range(args.writers)]
    writers = [threading.Thread(target=write, args=(index, count)) for index, count in enumerate(share)]
    for thread in writers:
        thread.start()
    return writers


RULEBOOK = '''---
- name: Bench of chatops.mattermost.events
  hosts: localhost
  sources:
    - chatops.mattermost.events:
        url: "{{ MATTERMOST_URL }}"
        token: "{{ MATTERMOST_TOKEN }}"
        channels: "{{ bench_channel_id }}"
        users: "{{ bench_users }}"
  rules:
    - name: Every post
      condition: event.event == "posted"
      action:
        print_event:
'''
# The first line print_event writes for each event: "** <local time, isoformat(' ')> [event] ***...".
EVENT_BANNER = re.compile(r'^\*\* (\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d+)?) \[event\]')
LISTENING = 'chatops.mattermost.events: listening'
RULEBOOK_STARTUP_TIMEOUT = 300  # a JVM starts: slow on a loaded machine


def utc_ms(text):
    """Milliseconds since the epoch of an ISO time in UTC, with or without a Z."""
    moment = datetime.datetime.fromisoformat(text.rstrip('Z'))
    return moment.replace(tzinfo=datetime.timezone.utc).timestamp() * 1000


class Rulebook:
    """ansible-rulebook running RULEBOOK from the collection built and installed in `work`; `fired` gets
    (rule fired ms, event on the queue ms, post id) for each rule fired, read from its output."""

    def __init__(self, eda_venv, work, config, channel, requesters):
        tools = os.path.join(eda_venv, 'bin')
        subprocess.run([os.path.join(tools, 'ansible-galaxy'), 'collection', 'build', REPO, '--output-path', work,
                        '--force'], check=True, stdout=subprocess.DEVNULL)
        collections = os.path.join(work, 'collections')
        env = dict(os.environ, ANSIBLE_COLLECTIONS_PATH=collections, TZ='UTC')  # TZ: print_event's banner is local time
        env.pop('PYTHONPATH', None)
        subprocess.run([os.path.join(tools, 'ansible-galaxy'), 'collection', 'install', '-p', collections]
                       + glob.glob(os.path.join(work, 'chatops-mattermost-*.tar.gz')) + ['--force'],
                       check=True, stdout=subprocess.DEVNULL, env=env)
        rulebook = os.path.join(work, 'rulebook.yml')
        with open(rulebook, 'w') as handle:
            handle.write(RULEBOOK)
        variables = os.path.join(work, 'vars.yml')
        with open(variables, 'w') as handle:
            json.dump({'bench_channel_id': channel['id'],
                       'bench_users': ','.join(requester.client.username for requester in requesters)}, handle)
        env.update(MATTERMOST_URL=config['mattermost_url'], MATTERMOST_TOKEN=config['mattermost_token'],
                   PATH=tools + os.pathsep + os.environ['PATH'])
        if not env.get('JAVA_HOME') and shutil.which('java'):
            env['JAVA_HOME'] = os.path.dirname(os.path.dirname(os.path.realpath(shutil.which('java'))))
        self.fired = []
        self.lock = threading.Lock()
        self.listening = threading.Event()
        self.log_tail = []
        self.process = subprocess.Popen(
            [os.path.join(tools, 'ansible-rulebook'), '-v', '-r', rulebook, '--vars', variables,
             '--env-vars', 'MATTERMOST_URL,MATTERMOST_TOKEN'],
            cwd=work, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, universal_newlines=True)
        self.readers = [threading.Thread(target=self.read_events, daemon=True),
                        threading.Thread(target=self.read_log, daemon=True)]
        for reader in self.readers:
            reader.start()

    def read_events(self):
        """Its output: with -v, its log too."""
        fired_ms = None
        for line in self.process.stdout:
            if LISTENING in line:
                self.listening.set()
            banner = EVENT_BANNER.match(line)
            if banner:
                fired_ms = utc_ms(banner.group(1))
            elif line.startswith('{') and fired_ms is not None:
                event = ast.literal_eval(line)
                with self.lock:
                    self.fired.append((fired_ms, utc_ms(event['meta']['received_at']), event['post_id']))
                fired_ms = None

    def read_log(self):
        """Its errors, said when it stops."""
        for line in self.process.stderr:
            self.log_tail = (self.log_tail + [line])[-40:]

    def wait_listening(self):
        deadline = time.monotonic() + RULEBOOK_STARTUP_TIMEOUT
        while not self.listening.wait(1):
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise SystemExit('ansible-rulebook did not start listening:\n' + ''.join(self.log_tail))

    def wait_fired(self, count, timeout):
        """The rules fired, once `count` have or `timeout` seconds have passed."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and len(self.fired) < count and self.process.poll() is None:
            time.sleep(0.1)
        time.sleep(1)  # any fired twice
        with self.lock:
            fired, self.fired = self.fired, []
        return fired

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def lost_or_duplicated(posted_ids, given_ids):
    return len(set(posted_ids) ^ set(given_ids)) + (len(given_ids) - len(set(given_ids)))


def summary(name, values):
    return '%s: median %.1f ms, p95 %.1f ms, max %.1f ms' % (
        name, statistics.median(values), percentile(values, 0.95), max(values))


def bench_rulebook(args, config, channel, requesters):
    """Part 4 (see the top): whether every post fired its rule exactly once."""
    eda_venv = os.path.join(os.environ.get('MATTERMOST_CACHE') or os.path.expanduser('~/.cache/chatops-mattermost'),
                            'eda-venv')
    if not os.path.exists(os.path.join(eda_venv, 'bin', 'ansible-rulebook')):
        raise SystemExit('no ansible-rulebook in %s: run the eda_events integration target once (it makes it), '
                         'or give --no-rulebook' % eda_venv)
    work = tempfile.mkdtemp(prefix='bench-eda-rulebook-')
    rulebook = None
    try:
        rulebook = Rulebook(eda_venv, work, config, channel, requesters)
        rulebook.wait_listening()
        time.sleep(2)
        posts = []
        for number in range(args.events):
            started = time.monotonic()
            posts.append(requesters[0].posts.create_post(options={'channel_id': channel['id'],
                                                                  'message': 'rulebook latency %d' % number}))
            time.sleep(max(0.0, args.spacing_ms / 1000.0 - (time.monotonic() - started)))
        fired = rulebook.wait_fired(len(posts), 120)
        created = dict((post['id'], post['create_at']) for post in posts)
        timed = [(fired_ms, queued_ms, created[post_id]) for fired_ms, queued_ms, post_id in fired if post_id in created]
        version = subprocess.run([os.path.join(eda_venv, 'bin', 'ansible-rulebook'), '--version'], check=True,
                                 stdout=subprocess.PIPE, universal_newlines=True).stdout.split()[1]
        print('ansible-rulebook %s, %d posts %d ms apart, rule `print_event` on each:'
              % (version, args.events, args.spacing_ms))
        if timed:
            print('  ' + summary('post created -> event on the queue', [queued - made for _f, queued, made in timed]))
            print('  ' + summary('post created -> rule fired', [fired_ms - made for fired_ms, _q, made in timed]))
            print('  ' + summary('event on the queue -> rule fired', [fired_ms - queued for fired_ms, queued, _m in timed]))
        spaced_lost = lost_or_duplicated(list(created), [post_id for _f, _q, post_id in fired])
        print('  lost or duplicated: %d' % spaced_lost)

        burst_posts = []
        writers = start_writers(args, channel, requesters, burst_posts, threading.Lock())
        for thread in writers:
            thread.join()
        fired = rulebook.wait_fired(args.burst, 300)
        posted_ids = [post['id'] for post in burst_posts]
        fired_ids = [post_id for _f, _q, post_id in fired]
        first_post_ms = min(post['create_at'] for post in burst_posts)
        last_post_ms = max(post['create_at'] for post in burst_posts)
        fired_times = [fired_ms for fired_ms, _q, _p in fired] or [0]
        print('  burst of %d posts by %d writers, posted in %.0f ms: rules fired at %.0f /s (first to last rule), '
              '%.0f /s from the first post to the last rule; the last rule fired %.0f ms after the last post; '
              'lost or duplicated: %d'
              % (args.burst, args.writers, last_post_ms - first_post_ms,
                 len(fired) / max((max(fired_times) - min(fired_times)) / 1000.0, 0.001),
                 len(fired) / max((max(fired_times) - first_post_ms) / 1000.0, 0.001), max(fired_times) - last_post_ms,
                 lost_or_duplicated(posted_ids, fired_ids)))
        return spaced_lost == 0 and lost_or_duplicated(posted_ids, fired_ids) == 0
    finally:
        if rulebook is not None:
            rulebook.stop()
        shutil.rmtree(work, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--events', type=int, default=120)
    parser.add_argument('--burst', type=int, default=500)
    parser.add_argument('--writers', type=int, default=4)
    parser.add_argument('--spacing-ms', type=int, default=50, help='between the posts timed under ansible-rulebook')
    parser.add_argument('--no-rulebook', action='store_true', help='leave out part 4, ansible-rulebook')
    parser.add_argument('--server', default='newest', choices=('newest', 'oldest'),
                        help='the server of `make server` to measure (its tests/integration/integration_config.NAME.yml)')
    args = parser.parse_args()
    with open(os.path.join(REPO, 'tests', 'integration', 'integration_config.%s.yml' % args.server)) as handle:
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
        if not args.no_rulebook:
            complete = bench_rulebook(args, config, channel, requesters) and complete
    finally:
        admin.teams.soft_delete_team(team['id'], params={'permanent': 'true'})
        for user in users:
            admin.users.delete_user(user['id'], params={'permanent': 'true'})
    return 0 if complete else 1


if __name__ == '__main__':
    sys.exit(main())
