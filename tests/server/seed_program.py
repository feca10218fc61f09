# Copyright: chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""A program written for mattermostdriver 7.3.2, the way real ones reach past its documented
interface: it subclasses Driver and overrides an endpoint property calling super(), subclasses an
endpoint group, reads client._userid, and replaces Websocket.connect with 7.3.2's own connect (the
same code, calling _authenticate_websocket and _start_loop).

    python seed_program.py URL TOKEN CHANNEL_ID

It logs in, posts a message once the websocket says hello, waits for that post's `posted` event,
and prints one JSON line of what it saw. tests/server/test_seed_program.py runs it unchanged on
mattermostdriver 7.3.2 and on chatops-mattermost-driver's compatibility package.
"""
import asyncio
import json
import logging
import signal
import ssl
import sys
import uuid
from urllib.parse import urlsplit

import websockets

from mattermostdriver import Driver, Websocket
from mattermostdriver.endpoints.users import Users

log = logging.getLogger('mattermostdriver.websocket')


class CountingUsers(Users):
    calls = 0

    def get_user(self, user_id):
        CountingUsers.calls += 1
        return super().get_user(user_id)


class MyDriver(Driver):
    @property
    def users(self):
        return CountingUsers(super().users.client)


# mattermostdriver 7.3.2's Websocket.connect, verbatim but for the indentation (tabs there).
async def connect(self, event_handler):
    """
    Connect to the websocket and authenticate it.
    When the authentication has finished, start the loop listening for messages,
    sending a ping to the server to keep the connection alive.

    :param event_handler: Every websocket event will be passed there. Takes one argument.
    :type event_handler: Function(message)
    :return:
    """
    context = ssl.create_default_context(purpose=ssl.Purpose.CLIENT_AUTH)
    if not self.options['verify']:
        context.verify_mode = ssl.CERT_NONE

    scheme = 'wss://'
    if self.options['scheme'] != 'https':
        scheme = 'ws://'
        context = None

    url = '{scheme:s}{url:s}:{port:s}{basepath:s}/websocket'.format(
        scheme=scheme,
        url=self.options['url'],
        port=str(self.options['port']),
        basepath=self.options['basepath']
    )

    self._alive = True

    while True:
        try:
            kw_args = {}
            if self.options['websocket_kw_args'] is not None:
                kw_args = self.options['websocket_kw_args']
            websocket = await websockets.connect(
                url,
                ssl=context,
                **kw_args,
            )
            await self._authenticate_websocket(websocket, event_handler)
            while self._alive:
                try:
                    await self._start_loop(websocket, event_handler)
                except websockets.ConnectionClosedError:
                    break
            if (not self.options['keepalive']) or (not self._alive):
                break
        except Exception as e:
            log.warning(f"Failed to establish websocket connection: {e}")  # pylint: disable=logging-fstring-interpolation
            await asyncio.sleep(self.options['keepalive_delay'])


Websocket.connect = connect


def main(url, token, channel_id):
    parts = urlsplit(url)
    driver = MyDriver({'url': parts.hostname, 'port': parts.port, 'scheme': parts.scheme, 'token': token,
                       'timeout': 5})
    driver.login()
    me = driver.users.get_user('me')
    marker = 'seed program ' + uuid.uuid4().hex
    seen = {'events': [], 'posted': None}

    async def handler(message):
        event = json.loads(message)
        seen['events'].append(event.get('event'))
        if event.get('event') == 'hello':
            driver.posts.create_post({'channel_id': channel_id, 'message': marker})
        elif event.get('event') == 'posted' and json.loads(event['data']['post'])['message'] == marker:
            seen['posted'] = json.loads(event['data']['post'])
            driver.disconnect()

    signal.alarm(60)  # a program that never sees its post fails instead of hanging
    driver.init_websocket(handler)
    print(json.dumps({
        'driver': sys.modules[Driver.__module__].__file__,
        'me': me['username'],
        'userid_matches': driver.client._userid == me['id'],
        'users_calls': CountingUsers.calls,
        'events': seen['events'],
        'posted_channel': seen['posted'] and seen['posted']['channel_id'],
        'posted_by': seen['posted'] and seen['posted']['user_id'],
    }))


if __name__ == '__main__':
    main(*sys.argv[1:])
