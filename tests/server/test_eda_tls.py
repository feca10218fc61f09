# Copyright: chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""The event source's slash command listener over HTTPS, called by the real server: a second server process
that trusts the test CA (scripts/server.sh test_ca) runs the command; a wrong token, plain HTTP to the TLS
port, an oversized and a slow body are refused and put nothing on the queue."""
from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import asyncio
import os
import socket
import ssl
import sys
import urllib.error
import urllib.request

import pytest

from eda_source import REPO, load_source

sys.path.insert(0, os.path.join(REPO, 'tests', 'utils'))
import tls_ca  # noqa: E402  pylint: disable=wrong-import-position

from ansible_collections.chatops.mattermost.plugins.module_utils.driver import Driver  # noqa: E402  pylint: disable=wrong-import-order

SOURCE = load_source()
MEMBER_PASSWORD = 'Server-Tests-1!'


def _post(url, body, context, content_type='application/x-www-form-urlencoded', timeout=30):
    request = urllib.request.Request(url, data=body, method='POST', headers={'Content-Type': content_type})
    try:
        with urllib.request.urlopen(request, timeout=timeout, context=context) as answer:
            return answer.status
    except urllib.error.HTTPError as exc:
        return exc.code


def _slow_body(port, context, sent, length=100):
    """Send the head (the body's length: `length`) and part of a body over TLS, then wait; the status line the listener
    answers with."""
    with socket.create_connection(('127.0.0.1', port), timeout=30) as raw:
        with context.wrap_socket(raw, server_hostname='127.0.0.1') as conn:
            conn.sendall(b'POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n'
                         b'Content-Length: %d\r\n\r\n' % length + sent)
            return conn.recv(4096).split(b'\r\n')[0]


def _oversized(port, context, sent):
    """The status code of the answer to a head announcing a body over the listener's limit. The body is not sent: the
    listener answers and closes at once, and a client still sending the body would see the connection end (urllib
    then fails with "EOF occurred in violation of protocol", found under load) instead of reading the answer."""
    return int(_slow_body(port, context, sent, length=70000).split(b' ')[1])


def test_the_server_runs_a_slash_command_over_https_and_the_listener_refuses_the_rest(
        server, admin, place, tls_trusting_server, tmp_path):
    cert, key = tls_ca.issue_cert(tls_trusting_server.ca_cert, tls_trusting_server.ca_key, str(tmp_path))
    trusting = ssl.create_default_context(cafile=tls_trusting_server.ca_cert)
    settings = SOURCE.checked_args({'port': 1, 'token': ['placeholder'], 'certfile': cert, 'keyfile': key},
                                   SOURCE.SLASH_COMMAND_SPEC, prefix='slash_command.')
    settings['port'] = 0
    member = Driver({'url': tls_trusting_server.url, 'login_id': place.member.client.username,
                     'password': MEMBER_PASSWORD})
    member.login()

    async def scenario():
        queue = asyncio.Queue()
        listener = SOURCE.SlashCommandListener(settings, queue)
        listener.READ_TIMEOUT = 2
        await listener.start()
        url = 'https://127.0.0.1:%d/' % listener.port
        command = await asyncio.to_thread(admin.commands.create_command, options={
            'team_id': place.team['id'], 'trigger': 'tls-' + place.team['name'][-10:], 'method': 'P', 'url': url,
            'display_name': 'TLS test'})
        listener.tokens = [command['token'].encode()]
        try:
            answer = await asyncio.to_thread(member.commands.execute_command, options={
                'channel_id': place.channel['id'], 'command': '/%s api 1.4.2' % command['trigger']})
            event = await asyncio.wait_for(queue.get(), 30)
            refusals = {
                'wrong token': await asyncio.to_thread(_post, url, b'token=wrong&command=%2Fx&text=y', trusting),
                'oversized': await asyncio.to_thread(
                    _oversized, listener.port, trusting, b'token=' + command['token'].encode() + b'&text='),
                'slow': await asyncio.to_thread(_slow_body, listener.port, trusting, b'token='),
            }
            try:
                plain = await asyncio.to_thread(_post, 'http://127.0.0.1:%d/' % listener.port,
                                                b'token=' + command['token'].encode(), None, 'text/plain', 10)
            except (urllib.error.URLError, ConnectionError, OSError) as exc:
                plain = type(exc).__name__
            await asyncio.sleep(1)
            return answer, event, refusals, plain, queue.qsize(), listener.refused
        finally:
            await asyncio.to_thread(admin.commands.delete_command, command['id'])
            await listener.close()

    try:
        answer, event, refusals, plain, left, refused = asyncio.run(scenario())
    finally:
        member.close()
    assert answer['text'] == 'Accepted: /tls-%s api 1.4.2' % place.team['name'][-10:]
    assert (event['event'], event['words'], event['username'], event['channel_id']) == (
        'slash_command', ['api', '1.4.2'], place.member.client.username, place.channel['id'])
    assert refusals == {'wrong token': 401, 'oversized': 413, 'slow': b'HTTP/1.1 408 Request Timeout'}
    assert isinstance(plain, str), 'plain HTTP to the TLS port got an HTTP answer: %s' % plain
    assert left == 0 and refused == 3


if __name__ == '__main__':
    sys.exit(pytest.main([os.path.abspath(__file__)]))
