# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""chatops.mattermost.events: an Event-Driven Ansible event source of Mattermost posts, mentions,
reactions and slash commands (see DOCUMENTATION and docs/chatops.md)."""

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import asyncio
import hmac
import json
import logging
import os
import re
import ssl
import sys
import time

from collections import OrderedDict
from urllib.parse import parse_qsl

from aiohttp import web


def _collection_importable():
    """Make `ansible_collections.chatops.mattermost` importable, from the collection this file is in.

    ansible-rulebook runs a source with runpy.run_path, outside any package and without the collections
    on sys.path; this file sits at <root>/ansible_collections/chatops/mattermost/extensions/eda/plugins/
    event_source/, so <root> on sys.path makes the collection's module_utils importable (a namespace package).
    """
    here = os.path.dirname(os.path.abspath(__file__))
    parts = here.split(os.sep)
    if parts[-7:] == ['ansible_collections', 'chatops', 'mattermost', 'extensions', 'eda', 'plugins', 'event_source']:
        root = os.sep.join(parts[:-7]) or os.sep
        if root not in sys.path:
            sys.path.insert(0, root)


_collection_importable()

# pylint: disable=wrong-import-position
from ansible_collections.chatops.mattermost.plugins.module_utils._driver_options import (  # noqa: E402
    ENVIRONMENT, driver_options, from_environment,
)
from ansible_collections.chatops.mattermost.plugins.module_utils._chat.events import (  # noqa: E402
    EventFilter, Names, decoded, event_key, events_since, filter_problems, for_rules, mention_text, resolve_filter,
)
from ansible_collections.chatops.mattermost.plugins.module_utils._lookup import NotFound  # noqa: E402
from ansible_collections.chatops.mattermost.plugins.module_utils.driver import (  # noqa: E402
    RESUME_FAILED, Driver, MattermostError, Websocket,
)
from ansible_collections.chatops.mattermost.plugins.module_utils.driver.local import refused_identity  # noqa: E402

DOCUMENTATION = r'''
---
short_description: Receive Mattermost posts, mentions, reactions and slash commands as events
description:
  - An ansible-rulebook event source that listens to the Mattermost websocket as a user or a bot account and puts
    the events that match its filters on the queue, with what a rule needs (the post and its ids, the thread to
    reply in, the sender's username, the channel and team names, the words after the mention of the bot, the emoji
    of a reaction), so that a rule and its playbook need no further request.
  - No event is lost or given twice across a dropped connection; the source reconnects, the server replays what was
    missed, and when it cannot, the source reads the posts made meanwhile through the API and leaves out those
    already given (by post id).
  - With O(slash_command), it also answers a Mattermost custom slash command (or an outgoing webhook) over HTTP, so
    that C(/deploy api 1.4.2) becomes an event.
  - The connection options are those of the modules (O(url), O(token) or O(login_id) and O(login_password), TLS,
    O(proxy)). Names in the filters are resolved once when the source starts; a wrong name or a refused login
    stops the source with an error.
options:
  url:
    description:
      - The address of the Mattermost server, with its scheme, for example V(https://chat.example.com).
      - If not set, the value of the E(MATTERMOST_URL) environment variable is used.
    type: str
    required: true
  token:
    description:
      - A personal access token or a bot account's token. One of O(token) and O(login_id) is required.
      - If not set, the value of the E(MATTERMOST_TOKEN) environment variable is used.
    type: str
  login_id:
    description:
      - Log in with this username or e-mail address and O(login_password) instead of a token.
      - If not set, the value of the E(MATTERMOST_LOGIN_ID) environment variable is used.
    type: str
  login_password:
    description:
      - The password of O(login_id).
      - If not set, the value of the E(MATTERMOST_PASSWORD) environment variable is used.
    type: str
  mfa_token:
    description:
      - The current multi-factor authentication code of O(login_id).
    type: str
  validate_certs:
    description:
      - Check the server's TLS certificate.
      - If not set, the value of the E(MATTERMOST_VALIDATE_CERTS) environment variable is used.
    type: bool
    default: true
  ca_path:
    description:
      - A file with the certificate authorities to check the server's certificate with.
      - If not set, the value of the E(MATTERMOST_CA_PATH) environment variable is used.
    type: path
  client_cert:
    description:
      - A TLS client certificate (PEM) to present to the server.
      - If not set, the value of the E(MATTERMOST_CLIENT_CERT) environment variable is used.
    type: path
  client_key:
    description:
      - The private key (PEM) of O(client_cert).
      - If not set, the value of the E(MATTERMOST_CLIENT_KEY) environment variable is used.
    type: path
  proxy:
    description:
      - The URL of an HTTP(S) proxy for the API and the websocket.
      - If not set, the value of the E(MATTERMOST_PROXY) environment variable is used.
    type: str
  request_timeout:
    description:
      - Seconds to wait for each answer of the server.
    type: float
    default: 30
  retries:
    description:
      - How many times a request is resent when the server is rate limiting or briefly unavailable.
    type: int
    default: 3
  events:
    description:
      - The types of websocket events that can match, such as V(posted), V(post_edited) or V(reaction_added).
      - With O(reaction), V(reaction_added) is added.
    type: list
    elements: str
    default: [posted]
  channels:
    description:
      - Only events in these channels, given by name with O(team), or by id. The user must be a member of them.
      - "Like every list here, also a comma-separated string: a rulebook's variables render as strings
        (C(channels: \"{{ chatops_channels }}\") with C(chatops_channels: deployments,incidents))."

      - Without it, events in any channel the user is a member of, direct messages included.
    type: list
    elements: str
  team:
    description:
      - The name or id of the team of the channels given by name.
    type: str
  users:
    description:
      - Only events of these users (usernames), the people allowed to trigger the rules. Applies to slash
        commands too.
      - Without it, the events of anyone but the user the source logs in as (see O(include_own)).
    type: list
    elements: str
  include_own:
    description:
      - Whether the events of the user the source logs in as count, such as the replies of the playbooks.
    type: bool
    default: false
  match:
    description:
      - A regular expression (Python) the message of a post must contain, for example V((?i)\\bdeploy\\b).
    type: str
  mentions:
    description:
      - Only posts that mention the user the source logs in as (C(@deploy-bot)).
    type: bool
    default: false
  root_id:
    description:
      - Only posts in the thread of this post (its id).
    type: str
  reaction:
    description:
      - Also match reactions with one of these emoji names (without colons, for example V(+1)).
    type: list
    elements: str
  reaction_post_id:
    description:
      - The post the reaction must be added to; default O(root_id), else any post.
    type: str
  slash_command:
    description:
      - Also listen over HTTPS (with O(slash_command.certfile)) or HTTP for a Mattermost custom slash command or
        outgoing webhook pointing at C(https://HOST:PORT/); each POST whose token is one of O(slash_command.token)
        becomes an event V(slash_command) (or V(outgoing_webhook)).
      - Other requests get an HTTP error and put no event on the queue; 401 for a wrong or missing token, 405 for
        a method other than POST, 413 for a body over 64 KiB, 408 for a body not received within 10 seconds,
        400 for a body that is not a form or a JSON object (nested at most 16 deep) or whose fields are not
        strings. A connection that sends no complete request within 10 seconds is closed.
      - Use TLS whenever Mattermost reaches the listener over a network: the token crosses it with each request.
    type: dict
    suboptions:
      host:
        description:
          - The address to listen on. Mattermost must be allowed to reach it (C(AllowedUntrustedInternalConnections)
            for a private address).
        type: str
        default: 127.0.0.1
      port:
        description:
          - The TCP port to listen on.
        type: int
        required: true
      token:
        description:
          - The token of the command (RV(chatops.mattermost.mattermost_slash_command#module:command.token)), or the
            tokens of several commands and outgoing webhooks.
        type: list
        elements: str
        required: true
      response:
        description:
          - The text the person who ran the command sees at once; C({command}), C({text}) and C({username}) are
            replaced.
        type: str
        default: "Accepted: {command} {text}"
      response_type:
        description:
          - V(ephemeral) (only the person who ran the command sees the answer) or V(in_channel).
        type: str
        default: ephemeral
        choices: [ephemeral, in_channel]
      certfile:
        description:
          - The certificate (PEM) the listener serves HTTPS with, followed by its chain; without it, plain HTTP.
          - The Mattermost server must trust its authority (the system's certificate authorities; a Mattermost
            server on Linux also reads the file named by E(SSL_CERT_FILE) in its environment).
        type: path
      keyfile:
        description:
          - The private key (PEM, unencrypted) of O(slash_command.certfile), if that file does not hold it.
        type: path
      cafile:
        description:
          - Certificate authorities (PEM); with it, only clients presenting a certificate they signed are
            answered (Mattermost presents none; this is for a proxy in front of the listener).
        type: path
notes:
  - "An event has: C(event) (V(posted), V(reaction_added), V(slash_command), ...), C(source) (V(websocket),
    V(api) for one read after a connection loss, V(http)), C(post), C(message), C(post_id), C(root_id),
    C(thread_id) (the id to reply to in the thread), C(user_id), C(username), C(channel_id), C(channel_name),
    C(channel_display_name), C(channel_type), C(team_id), C(team_name), C(text) (the message after the mention of
    the user the source logs in as) and C(words) (its words), C(emoji) and C(reaction) for a reaction; C(command),
    C(trigger_word), C(response_url) and C(trigger_id) for a slash command or outgoing webhook."
  - Never run a command made of the text of a message; name each command in a rule condition
    (C(event.words[0] == "deploy")) and check its arguments in the playbook.
requirements:
  - requests
  - websockets >= 11
  - aiohttp (for O(slash_command); a dependency of ansible-rulebook)
'''

EXAMPLES = r'''
- name: Deploy on request
  hosts: localhost
  sources:
    - chatops.mattermost.events:
        url: https://chat.example.com
        token: "{{ deploy_bot_token }}"
        team: ops
        channels: [deployments]
        users: [alice, bob]
        mentions: true
  rules:
    - name: Deploy when asked to
      condition: event.event == "posted" and event.text is match("deploy [a-z0-9-]+ [0-9][0-9.]*$")
      action:
        run_playbook:
          name: deploy.yml

- name: A slash command
  hosts: localhost
  sources:
    - chatops.mattermost.events:
        url: https://chat.example.com
        token: "{{ deploy_bot_token }}"
        events: []
        slash_command:
          host: 0.0.0.0
          port: 5080
          token: "{{ deploy_command_token }}"
          # HTTPS: the command's token crosses the network
          certfile: /etc/eda/tls/listener.crt
          keyfile: /etc/eda/tls/listener.key
  rules:
    - name: /deploy
      condition: event.event == "slash_command" and event.command == "/deploy"
      action:
        run_playbook:
          name: deploy.yml
'''

LOG = logging.getLogger('chatops.mattermost.events')

SLASH_COMMAND_SPEC = dict(
    host=dict(type='str', default='127.0.0.1'),
    port=dict(type='int', required=True),
    token=dict(type='list', elements='str', required=True),
    response=dict(type='str', default='Accepted: {command} {text}'),
    response_type=dict(type='str', default='ephemeral', choices=['ephemeral', 'in_channel']),
    certfile=dict(type='path'),
    keyfile=dict(type='path'),
    cafile=dict(type='path'),
)
ARGUMENT_SPEC = dict(
    url=dict(type='str', required=True),
    token=dict(type='str'),
    login_id=dict(type='str'),
    login_password=dict(type='str'),
    mfa_token=dict(type='str'),
    validate_certs=dict(type='bool', default=True),
    ca_path=dict(type='path'),
    client_cert=dict(type='path'),
    client_key=dict(type='path'),
    proxy=dict(type='str'),
    request_timeout=dict(type='float', default=30),
    retries=dict(type='int', default=3),
    events=dict(type='list', elements='str', default=['posted']),
    channels=dict(type='list', elements='str'),
    team=dict(type='str'),
    users=dict(type='list', elements='str'),
    include_own=dict(type='bool', default=False),
    match=dict(type='str'),
    mentions=dict(type='bool', default=False),
    root_id=dict(type='str'),
    reaction=dict(type='list', elements='str'),
    reaction_post_id=dict(type='str'),
    slash_command=dict(type='dict', options=SLASH_COMMAND_SPEC),
)
# The modules' environment variables, for the options the source has (an empty one counts as not set, as there).
ENV_FALLBACKS = dict((name, variable) for name, variable in ENVIRONMENT.items() if name in ARGUMENT_SPEC)
# What ansible-rulebook adds to the arguments of every source.
RULEBOOK_ARGS = ('eda_feedback_queue',)
TRUE_WORDS = ('true', 'yes', 'on', '1')
FALSE_WORDS = ('false', 'no', 'off', '0')
# Events read again through the API after a connection the server could not resume start this much before
# the last message received: the server's clock may be behind ours. Duplicates are left out by event key.
CATCH_UP_MARGIN_MS = 5000
SEEN_EVENTS = 10000


def _converted(name, value, spec):
    """The value of one option converted to the type of its spec; ValueError naming the option."""
    kind = spec['type']
    if kind in ('str', 'path'):
        if isinstance(value, (dict, list)):
            raise ValueError('%s must be a string, not %s' % (name, type(value).__name__))
        value = str(value)
        return os.path.expanduser(value) if kind == 'path' else value
    if kind == 'bool':
        if isinstance(value, bool):
            return value
        if str(value).lower() in TRUE_WORDS + FALSE_WORDS:
            return str(value).lower() in TRUE_WORDS
        raise ValueError('%s must be true or false, not %r' % (name, value))
    if kind in ('int', 'float'):
        try:
            if isinstance(value, bool) or (kind == 'int' and isinstance(value, float) and not value.is_integer()):
                raise ValueError
            return int(value) if kind == 'int' else float(value)
        except (TypeError, ValueError):
            raise ValueError('%s must be a number (%s), not %r' % (name, kind, value))
    if kind == 'list':
        # A string is a comma-separated list, as Ansible takes it: a rulebook's variables render as strings.
        items = [item.strip() for item in value.split(',')] if isinstance(value, str) else value
        if not isinstance(items, list):
            raise ValueError('%s must be a list, not %s' % (name, type(value).__name__))
        return [_converted('%s[%d]' % (name, index), item, {'type': spec['elements']}) for index, item in enumerate(items)]
    if kind == 'dict':
        if not isinstance(value, dict):
            raise ValueError('%s must be a dictionary, not %s' % (name, type(value).__name__))
        return checked_args(value, spec['options'], prefix=name + '.')
    raise AssertionError('unknown type %s' % kind)


def checked_args(args, spec=None, prefix=''):
    """The arguments with their defaults, converted to their types; ValueError listing every problem found."""
    spec = ARGUMENT_SPEC if spec is None else spec
    problems = []
    unknown = sorted(set(args) - set(spec) - (set(RULEBOOK_ARGS) if not prefix else set()))
    if not prefix and 'local_socket' in unknown:
        # The modules' local_socket, refused with why: the events come over a logged in user's websocket.
        problems.append(refused_identity('the event source').message)
        unknown.remove('local_socket')
    if unknown:
        problems.append('unknown argument%s %s (known: %s)' % ('s' if len(unknown) > 1 else '',
                                                               ', '.join(prefix + name for name in unknown),
                                                               ', '.join(sorted(spec))))
    result = {}
    for name, option in spec.items():
        value = args.get(name)
        if value is None and not prefix and name in ENV_FALLBACKS:
            value = from_environment(ENV_FALLBACKS[name])
        if value is None:
            if option.get('required'):
                problems.append('%s%s is required' % (prefix, name))
            result[name] = option.get('default')
            continue
        try:
            result[name] = _converted(prefix + name, value, option)
        except ValueError as exc:
            problems.append(str(exc))
            continue
        if option.get('choices') and result[name] not in option['choices']:
            problems.append('%s%s must be one of %s, not %r' % (prefix, name, ', '.join(option['choices']), value))
    if problems:
        raise ValueError('; '.join(problems))
    return result


def source_problems(args):
    """What is wrong with checked arguments that their types do not tell, before any request."""
    found = []
    if args['token'] and args['login_id']:
        found.append('token and login_id are mutually exclusive')
    if not args['token'] and not args['login_id']:
        found.append('one of token and login_id is required')
    if args['login_id'] and not args['login_password']:
        found.append('login_id needs login_password')
    if not re.match(r'^https?://[^/]', args['url']):
        found.append('url must be the address of the server with its scheme, such as https://chat.example.com, '
                     'not %r' % args['url'])
    found.extend(filter_problems(args))
    if not args['events'] and not args['reaction'] and not args['slash_command']:
        found.append('events cannot be empty without slash_command')
    slash = args['slash_command']
    if slash:
        if not 0 < slash['port'] < 65536:
            found.append('slash_command.port must be between 1 and 65535')
        if not all(slash['token']):
            found.append('slash_command.token cannot be empty')
        for name in ('keyfile', 'cafile'):
            if slash[name] and not slash['certfile']:
                found.append('slash_command.%s needs slash_command.certfile' % name)
        for name in ('certfile', 'keyfile', 'cafile'):
            if slash[name] and not os.path.isfile(slash[name]):
                found.append('slash_command.%s: no file %s' % (name, slash[name]))
    return found


class SeenEvents:
    """The keys of the last `size` events given, to leave out the same event read twice."""

    def __init__(self, size=SEEN_EVENTS):
        self.size = size
        self._keys = OrderedDict()

    def first_time(self, key):
        """Whether this key is new (and remember it); events without a key always are."""
        if key is None:
            return True
        if key in self._keys:
            return False
        self._keys[key] = True
        while len(self._keys) > self.size:
            self._keys.popitem(last=False)
        return True


class WebsocketListener:
    """Puts the websocket events that match on the queue, named (see _events.for_rules), each once."""

    def __init__(self, driver, event_filter, queue, websocket_cls=Websocket, clock=time.time):
        self.driver = driver
        self.event_filter = event_filter
        self.queue = queue
        self.names = Names(driver)
        self.seen = SeenEvents()
        self.websocket = websocket_cls(driver.options, driver.client.token)
        self.clock = clock
        self.last_received_ms = int(clock() * 1000)
        self.given = 0
        self.caught_up = 0

    async def run(self):
        try:
            await self.websocket.connect(self.on_message)
        finally:
            self.websocket.disconnect()

    async def on_message(self, message):
        event = decoded(json.loads(message))
        kind = event.get('event')
        if kind == RESUME_FAILED:
            await self.catch_up(self.last_received_ms - CATCH_UP_MARGIN_MS)
            return
        self.last_received_ms = int(self.clock() * 1000)
        if kind == 'hello':
            # Said once per new connection; tests and people wait for this line.
            LOG.info('chatops.mattermost.events: listening as %s', self.driver.client.username)
        if kind is None or kind == 'hello':
            return
        found = self.event_filter.matches(event)
        if found:
            await self.give(found)

    async def catch_up(self, since):
        """Give the matching events made since `since` (ms) that were not given yet, read through the API."""
        channel_ids = None
        try:
            if not self.event_filter.channel_ids:
                channels = await asyncio.to_thread(self.driver.channels.get_all_channels_for_user,
                                                   self.driver.client.userid)
                channel_ids = [channel['id'] for channel in channels or []]
            missed = await asyncio.to_thread(events_since, self.driver, self.event_filter, since, channel_ids)
        except MattermostError as exc:
            # The server answers the websocket but not the API (after the driver's retries): keep listening
            # rather than stop the rulebook, and say what may be missing.
            LOG.error('the events since %d may be lost: cannot read them through the API: %s', since, exc)
            return
        LOG.warning('the server could not resume the websocket: %d matching events since %d read through the API',
                    len(missed), since)
        for event in missed:
            if await self.give(event):
                self.caught_up += 1

    async def give(self, event):
        """Put the event on the queue unless it was given already; whether it was put."""
        if not self.seen.first_time(event_key(event)):
            return False
        named = await asyncio.to_thread(for_rules, event, self.names, self.driver.client.username)
        await self.queue.put(named)
        self.given += 1
        return True


class HttpRefusal(Exception):
    """A request refused with an HTTP status and a short text (never holding what the request sent)."""

    def __init__(self, status, text):
        super().__init__(text)
        self.status = status
        self.text = text


class _OneLine(logging.Filter):
    """aiohttp logs a malformed request with its traceback and parts of what was sent (a header may hold a
    token): keep one line naming the kind of error only."""

    def filter(self, record):
        if record.exc_info and record.exc_info[1] is not None:
            record.msg = '%s (%s)' % (record.getMessage(), type(record.exc_info[1]).__name__)
            record.args = ()
        record.exc_info = None
        record.exc_text = None
        return True


HTTP_LOG = logging.getLogger('chatops.mattermost.events.http')
HTTP_LOG.addFilter(_OneLine())
# The fields of a request that become the event: each must be a string (or absent).
SLASH_FIELDS = ('command', 'trigger_word', 'text', 'user_id', 'user_name', 'channel_id', 'channel_name', 'team_id',
                'team_domain', 'post_id', 'root_id', 'response_url', 'trigger_id')


def json_depth_within(text, limit):
    """Whether the JSON text nests arrays and objects at most `limit` deep (strings are skipped), checked
    before json.loads, whose recursion a deeply nested body would exhaust."""
    depth = 0
    in_string = escaped = False
    for char in text:
        if in_string:
            if escaped:
                escaped = False
            elif char == '\\':
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in '[{':
            depth += 1
            if depth > limit:
                return False
        elif char in ']}':
            depth -= 1
    return True


def request_fields(body, content_type, max_depth):
    """The fields of a form or JSON request body (a dict); HttpRefusal 400 for anything that is not one."""
    try:
        text = body.decode('utf-8')
    except UnicodeDecodeError:
        raise HttpRefusal(400, 'the body is not UTF-8') from None
    if content_type == 'application/json':
        if not json_depth_within(text, max_depth):
            raise HttpRefusal(400, 'the JSON body nests deeper than %d' % max_depth)
        try:
            fields = json.loads(text)
        except ValueError:
            raise HttpRefusal(400, 'the body is not JSON') from None
        if not isinstance(fields, dict):
            raise HttpRefusal(400, 'the JSON body is not an object')
        return fields
    return dict(parse_qsl(text, keep_blank_values=True))


def server_ssl_context(settings):
    """The TLS context of the listener (as ansible.eda's webhook source: certfile, keyfile, and cafile to ask
    for client certificates), None without certfile; ValueError naming the option that cannot be used."""
    if not settings.get('certfile'):
        return None
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    try:
        context.load_cert_chain(settings['certfile'], settings.get('keyfile'))
    except (OSError, ssl.SSLError) as exc:
        raise ValueError('slash_command.certfile and keyfile cannot be used as the certificate and its key: %s'
                         % (exc.strerror or exc.__class__.__name__)) from None
    if settings.get('cafile'):
        try:
            context.load_verify_locations(cafile=settings['cafile'])
        except (OSError, ssl.SSLError) as exc:
            raise ValueError('slash_command.cafile cannot be used as certificate authorities: %s'
                             % (exc.strerror or exc.__class__.__name__)) from None
        context.verify_mode = ssl.CERT_REQUIRED
    return context


class SlashCommandListener:
    """An HTTP(S) endpoint (aiohttp) for Mattermost custom slash commands and outgoing webhooks.

    A request is a POST with a form (or JSON) body carrying the command's token; the token is also read
    from an `Authorization: Token ...` header. Good ones become events and are answered at once, well
    within the server's time limit; anything else gets 4xx and puts nothing on the queue.
    """

    # Seconds for a request's body (408 after), and for a connection that sends no complete request (closed).
    READ_TIMEOUT = 10
    MAX_BODY = 65536
    # Mattermost sends flat objects; deeper JSON is refused before it is parsed.
    MAX_DEPTH = 16

    def __init__(self, settings, queue, event_filter=None):
        self.settings = settings
        self.tokens = [token.encode('utf-8') for token in settings['token']]
        self.queue = queue
        self.event_filter = event_filter or EventFilter()
        self.ssl_context = server_ssl_context(settings)
        self.runner = None
        self.port = None
        self.refused = 0

    async def start(self):
        app = web.Application(client_max_size=self.MAX_BODY)
        app.router.add_route('*', '/{path:.*}', self.handle)
        # No access log: a GET slash command would carry its token in the logged query string. No lingering
        # after a refusal to read what a slow or oversized request would still send.
        self.runner = web.AppRunner(app, access_log=None, logger=HTTP_LOG, keepalive_timeout=self.READ_TIMEOUT,
                                    lingering_time=0)
        await self.runner.setup()
        site = web.TCPSite(self.runner, self.settings['host'], self.settings['port'], ssl_context=self.ssl_context)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # pylint: disable=protected-access
        return self

    async def close(self):
        if self.runner is not None:
            await self.runner.cleanup()

    async def handle(self, request):
        try:
            status, answer = 200, await self.answer(request)
        except HttpRefusal as refusal:
            status, answer = refusal.status, {'text': refusal.text}
        except Exception as exc:  # pylint: disable=broad-except
            # Every request gets an answer, and the log one line without what was sent.
            HTTP_LOG.error('chatops.mattermost.events: a slash command request failed: %s', type(exc).__name__)
            status, answer = 500, {'text': 'internal error'}
        if status != 200:
            self.refused += 1
        return web.json_response(answer, status=status)

    async def answer(self, request):
        """Read one request; put its event on the queue; the JSON answer for Mattermost."""
        if request.method != 'POST':
            raise HttpRefusal(405, 'only POST')
        if (request.content_length or 0) > self.MAX_BODY:
            raise HttpRefusal(413, 'body too large')
        try:
            body = await asyncio.wait_for(request.read(), self.READ_TIMEOUT)
        except asyncio.TimeoutError:
            raise HttpRefusal(408, 'request timeout') from None
        except web.HTTPRequestEntityTooLarge:
            raise HttpRefusal(413, 'body too large') from None
        fields = request_fields(body, request.content_type, self.MAX_DEPTH)
        given = fields.pop('token', None) or request.headers.get('Authorization', '').partition('Token ')[2]
        if not (isinstance(given, str) and self.token_accepted(given)):
            raise HttpRefusal(401, 'bad token')
        wrong = [name for name in SLASH_FIELDS if not isinstance(fields.get(name, ''), str)]
        if wrong:
            raise HttpRefusal(400, '%s must be a string' % ', '.join(wrong))
        event = slash_event(fields)
        if not (self.event_filter.counts_user(event['user_id']) and self.event_filter.in_channel(event['channel_id'])):
            return {'response_type': 'ephemeral', 'text': 'You may not run %s here.' % (event['command'] or 'this')}
        await self.queue.put(event)
        if event['event'] == 'outgoing_webhook':
            return {}
        values = {'command': event['command'], 'text': event['text'], 'username': event['username']}
        return {'response_type': self.settings['response_type'],
                'text': self.settings['response'].format_map(values)}

    def token_accepted(self, given):
        given = given.encode('utf-8')
        # Every token is compared, in constant time, so that timing tells nothing about them.
        return bool(given) and sum(hmac.compare_digest(given, token) for token in self.tokens) > 0


def slash_event(fields):
    """The event for the fields of a slash command (or outgoing webhook) request, without its token."""
    command = fields.get('command', '')
    trigger_word = fields.get('trigger_word', '')
    text = fields.get('text', '')
    if trigger_word and text.startswith(trigger_word):
        text = text[len(trigger_word):]
    text = mention_text(text, None)
    return {
        'event': 'slash_command' if command else 'outgoing_webhook',
        'source': 'http',
        'command': command,
        'trigger_word': trigger_word,
        'text': text,
        'words': text.split(),
        'message': fields.get('text', ''),
        'user_id': fields.get('user_id', ''),
        'username': fields.get('user_name', ''),
        'channel_id': fields.get('channel_id', ''),
        'channel_name': fields.get('channel_name', ''),
        'team_id': fields.get('team_id', ''),
        'team_name': fields.get('team_domain', ''),
        'post_id': fields.get('post_id', ''),
        'root_id': fields.get('root_id', ''),
        'thread_id': fields.get('root_id') or fields.get('post_id', ''),
        'response_url': fields.get('response_url', ''),
        'trigger_id': fields.get('trigger_id', ''),
    }


async def connected_driver(args):
    """A logged-in Driver and the EventFilter of the arguments; ValueError for a refused login or a wrong name."""
    # A websocket that reconnects: pings keep a quiet connection open and show a dead one.
    driver = Driver(driver_options(args, keepalive=True, keepalive_delay=1))
    try:
        await asyncio.to_thread(driver.login)
    except MattermostError as exc:
        driver.close()
        raise ValueError('chatops.mattermost.events cannot log in to %s: %s' % (args['url'], exc)) from None
    try:
        event_filter = await asyncio.to_thread(
            resolve_filter, driver, events=args['events'], channels=args['channels'], team=args['team'],
            users=args['users'], include_own=args['include_own'], match=args['match'], root_id=args['root_id'],
            reactions=args['reaction'], reaction_post_id=args['reaction_post_id'], mentions=args['mentions'])
    except (NotFound, MattermostError) as exc:
        driver.close()
        raise ValueError('chatops.mattermost.events cannot resolve its filters: %s' % exc) from None
    return driver, event_filter


async def main(queue, args):
    """The entry point ansible-rulebook calls; runs until cancelled."""
    args = checked_args(args)
    problems = source_problems(args)
    if problems:
        raise ValueError('chatops.mattermost.events: ' + '; '.join(problems))
    # A certificate that cannot be used stops the source before any request.
    listener = SlashCommandListener(args['slash_command'], queue) if args['slash_command'] else None
    driver, event_filter = await connected_driver(args)
    try:
        if listener is not None:
            listener.event_filter = event_filter
            await listener.start()
        if event_filter.events:
            await WebsocketListener(driver, event_filter, queue).run()
        else:
            await asyncio.Event().wait()  # only the slash command listener: until cancelled
    finally:
        if listener is not None:
            await listener.close()
        driver.close()


if __name__ == '__main__':
    # A quick look at the events: MATTERMOST_URL=... MATTERMOST_TOKEN=... python events.py
    class PrintingQueue:
        async def put(self, event):
            print(json.dumps(event, indent=2, sort_keys=True))

    asyncio.run(main(PrintingQueue(), {'mentions': False}))
