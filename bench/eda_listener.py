# Copyright: chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""The slash command listener of the event source over HTTPS against plain HTTP, no server needed.

    .venv/bin/python bench/eda_listener.py [--requests 300]

Each request is a new connection (as Mattermost makes one per command) with a form body and a good token;
prints the median and 95th percentile of the time to the answer, and the ratio HTTPS / HTTP.
"""
from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import argparse
import asyncio
import os
import runpy
import ssl
import statistics
import sys
import tempfile
import time
import types
import urllib.request

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(REPO, 'tests', 'utils'))
sys.path.insert(0, os.path.join(REPO, 'tests', 'unit'))
# (conftest makes the collection importable under its name.)
import conftest  # noqa: E402,F401  pylint: disable=wrong-import-position,unused-import
import tls_ca  # noqa: E402  pylint: disable=wrong-import-position

SOURCE = types.SimpleNamespace(**runpy.run_path(os.path.join(REPO, 'extensions', 'eda', 'plugins', 'event_source',
                                                             'events.py')))
TOKEN = 'benchtoken1234567890abcdef'
BODY = b'token=' + TOKEN.encode() + b'&command=%2Fdeploy&text=api+1.4.2&user_name=alice&user_id=' + b'a' * 26


class Discard:
    async def put(self, event):
        pass


def timings(url, context, count):
    found = []
    for _number in range(count):
        started = time.perf_counter()
        request = urllib.request.Request(url, data=BODY, headers={'Content-Type': 'application/x-www-form-urlencoded'})
        with urllib.request.urlopen(request, context=context, timeout=10) as answer:
            answer.read()
        found.append((time.perf_counter() - started) * 1000)
    return found


async def measure(count, tls):
    settings = dict(host='127.0.0.1', port=0, token=[TOKEN], response='ok', response_type='ephemeral',
                    certfile=tls and tls[0], keyfile=tls and tls[1], cafile=None)
    listener = SOURCE.SlashCommandListener(settings, Discard())
    await listener.start()
    try:
        scheme = 'https' if tls else 'http'
        context = ssl.create_default_context(cafile=tls[2]) if tls else None
        return await asyncio.to_thread(timings, '%s://127.0.0.1:%d/' % (scheme, listener.port), context, count)
    finally:
        await listener.close()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--requests', type=int, default=300)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as directory:
        ca_cert, ca_key = tls_ca.make_ca(directory)
        cert, key = tls_ca.issue_cert(ca_cert, ca_key, directory)
        results = {}
        for name, tls in (('http', None), ('https', (cert, key, ca_cert))):
            asyncio.run(measure(10, tls))  # warm up
            results[name] = asyncio.run(measure(args.requests, tls))
    for name, found in results.items():
        found.sort()
        print('%-5s median %.2f ms  p95 %.2f ms  (%d requests, a new connection each)'
              % (name, statistics.median(found), found[int(len(found) * 0.95)], len(found)))
    print('https / http: %.2f (median)' % (statistics.median(results['https']) / statistics.median(results['http'])))


if __name__ == '__main__':
    main()
