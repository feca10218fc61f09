# Copyright: chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""A TLS front of the test server, for the tasks of tls.yml: a CA of its own (DIR/ca.crt) signs its certificate
for 127.0.0.1; it forwards each connection's bytes to the server, and writes its port to DIR/port once it listens.
It stops when DIR/stop appears, or after SECONDS.

    tls_front.py UTILS DIR SERVER_URL SECONDS     (UTILS: the collection's tests/utils, for tls_ca.py)
"""
from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import asyncio
import importlib
import os
import ssl
import sys
import time
import urllib.parse


async def pipe(reader, writer):
    try:
        while True:
            data = await reader.read(65536)
            if not data:
                break
            writer.write(data)
            await writer.drain()
    except (ConnectionError, ssl.SSLError):
        pass
    finally:
        writer.close()


async def serve(context, directory, upstream, seconds):

    async def forward(client_reader, client_writer):
        try:
            server_reader, server_writer = await asyncio.open_connection(*upstream)
        except OSError:
            client_writer.close()
            return
        await asyncio.gather(pipe(client_reader, server_writer), pipe(server_reader, client_writer))

    server = await asyncio.start_server(forward, '127.0.0.1', 0, ssl=context)
    port = server.sockets[0].getsockname()[1]
    with open(os.path.join(directory, 'port.tmp'), 'w') as handle:
        handle.write(str(port))
    os.rename(os.path.join(directory, 'port.tmp'), os.path.join(directory, 'port'))
    deadline = time.monotonic() + seconds
    async with server:
        while time.monotonic() < deadline and not os.path.exists(os.path.join(directory, 'stop')):
            await asyncio.sleep(0.2)


def main(argv):
    utils, directory, url, seconds = argv
    # tests/utils/tls_ca.py, from the checkout (ansible-test runs this file from a copy of the target alone).
    sys.path.insert(0, utils)
    tls_ca = importlib.import_module('tls_ca')
    ca_cert, ca_key = tls_ca.make_ca(directory)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(*tls_ca.issue_cert(ca_cert, ca_key, directory, name='front'))
    parsed = urllib.parse.urlsplit(url)
    asyncio.run(serve(context, directory, (parsed.hostname, parsed.port or 80), float(seconds)))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
