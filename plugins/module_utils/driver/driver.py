# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""`Driver`: mattermostdriver's entry point: options, login, endpoint groups, websocket."""

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

from .client import Client, decode_json
from .endpoints import GROUPS
from .exceptions import UnexpectedResponse
from .local import LocalSocketError, refused_identity, socket_problem
from .options import DEFAULT_OPTIONS, build_options


class Driver:
    """Holds the options and the client; logs in and out; gives the endpoint groups as attributes
    (`driver.users`, `driver.teams`, ... one instance each, made on first use) and the websocket.

    `options` are described in the options module; `url` is required, with either `login_id` and
    `password`, or `token`.
    """

    default_options = DEFAULT_OPTIONS

    def __init__(self, options=None, client_cls=Client):
        self.options = build_options(options)
        self.driver = self.options  # mattermostdriver's alias
        self.client = client_cls(self.options)
        self.websocket = None
        self.user = None  # the logged in user's object, from login()
        self._groups = {}

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()

    def close(self):
        """Stop the websocket and close the HTTP session (does not log out)."""
        if self.websocket is not None:
            self.websocket.disconnect()
        self.client.session.close()

    @property
    def api(self):
        """mattermostdriver's dict of the endpoint groups, by name."""
        return {name: getattr(self, name) for name in GROUPS}

    @property
    def _api(self):
        """mattermostdriver's attribute behind `api`."""
        return self.api

    def login(self):
        """Log in with login_id and password (and mfa_token), or check the token; return the user.

        Sets the client's token, cookies, userid and username, and `user`.

        Over the local-mode socket (the `local_socket` option) nobody logs in: this checks that the
        socket answers and returns None; `user` stays None and the client's userid ''.
        """
        if self.options['local_socket']:
            problem = socket_problem(self.options['local_socket'])
            if problem:
                raise LocalSocketError(problem)
            self.client.get('/system/ping')
            return None
        if self.options['token']:
            self.client.token = self.options['token']
            # Through the users group, as mattermostdriver: a subclass overriding `users` sees it.
            user = self.users.get_user('me')
        else:
            credentials = {'login_id': self.options['login_id'], 'password': self.options['password']}
            if self.options['mfa_token']:
                credentials['token'] = self.options['mfa_token']
            response = self.users.login_user(credentials)
            user = decode_json(response)
            if not response.headers.get('Token'):
                raise UnexpectedResponse('the login answer has no Token header', status_code=response.status_code,
                                         method='POST', url=response.request.url, response=response)
            self.client.token = response.headers['Token']
            self.client.cookies = response.cookies
        self.client.userid = user['id']
        self.client.username = user['username']
        self.user = user
        return user

    def logout(self):
        """Log out and forget the token and the user; return the server's answer."""
        result = self.users.logout_user()
        self.client.token = ''
        self.client.userid = ''
        self.client.username = ''
        self.client.cookies = None
        self.user = None
        # The session cookie set at login would otherwise keep authenticating the requests.
        self.client.session.cookies.clear()
        return result

    def init_websocket(self, event_handler, websocket_cls=None):
        """Connect the websocket (after login()) and run `async def event_handler(message)` on each
        message until disconnect() (or the connection closes, without the keepalive option).

        :param websocket_cls: the class to connect with, `Websocket` when None (imported here, not
            with the driver: asyncio and websockets cost as much to import as the rest of it)
        :return: the event loop it ran on
        """
        self._refuse_events_over_socket()
        import asyncio
        if websocket_cls is None:
            from .websocket import Websocket as websocket_cls
        self.websocket = websocket_cls(self.options, self.client.token)
        try:  # the current loop, as mattermostdriver, so tasks already put on it run too
            loop = asyncio.get_event_loop()
        except RuntimeError:  # Python >= 3.14 makes no loop implicitly
            loop = asyncio.new_event_loop()
            asyncio.set_event_loop(loop)
        loop.run_until_complete(self.websocket.connect(event_handler))
        return loop

    @property
    def local(self):
        """Whether requests go to the server's local-mode socket (no user logged in)."""
        return bool(self.options['local_socket'])

    def _refuse_events_over_socket(self):
        if self.local:
            raise refused_identity('the websocket (events)')

    def disconnect(self):
        """Stop the websocket started by init_websocket()."""
        if self.websocket is not None:
            self.websocket.disconnect()

    def events(self, timeout=None):
        """A synchronous `EventStream` of decoded events, until `timeout` seconds from now.

        Uses the session of login(), or else the `token` option.
        """
        self._refuse_events_over_socket()
        from .websocket import EventStream
        return EventStream(self.options, self.client.token or self.options['token'], timeout=timeout)


def _group_property(name):
    """The property `Driver.<name>`: the driver's instance of the endpoint group, made on first use.

    A property, as in mattermostdriver, so that a subclass can override it and call super().
    """
    def group(self):
        instance = self._groups.get(name)
        if instance is None:
            instance = self._groups[name] = GROUPS[name](self.client)
        return instance
    group.__name__ = name
    group.__doc__ = 'Api endpoint for %s' % name
    return property(group)


for _name in GROUPS:
    setattr(Driver, _name, _group_property(_name))
