# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""The event source chatops.mattermost.events with a queue double, a scripted websocket and a fake driver:
its arguments against its DOCUMENTATION, the events it gives, resumption and catch-up, and the slash
command listener over real loopback HTTP. The real server and ansible-rulebook are in tests/server and
the eda_events integration target."""

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import asyncio
import json
import os
import runpy
import ssl
import sys
import types

import pytest
import yaml

from ansible_collections.chatops.mattermost.plugins.module_utils._chat.events import (
    RESUME_FAILED, EventFilter, Names, described, events_since, for_rules, mention_text,
)
from ansible_collections.chatops.mattermost.plugins.module_utils.driver import ConnectionFailure, ResourceNotFound
from ansible_collections.chatops.mattermost.plugins.module_utils._connection import ARGUMENT_SPEC as MODULE_CONNECTION

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
sys.path.insert(0, os.path.join(REPO, 'tests', 'utils'))
import tls_ca  # noqa: E402  pylint: disable=wrong-import-position
SOURCE = types.SimpleNamespace(**runpy.run_path(os.path.join(REPO, 'extensions', 'eda', 'plugins', 'event_source',
                                                             'events.py')))
ME, ALICE, BOB = 'm' * 26, 'a' * 26, 'b' * 26
CHANNEL, TEAM = 'c' * 26, 't' * 26
TOKEN = 'slashtoken1234567890abcdef'


class QueueDouble:
    """What the source needs of ansible-rulebook's queue: `await put(event)`; keeps the events."""

    def __init__(self):
        self.events = []

    async def put(self, event):
        self.events.append(event)


class FakeDriver:
    """The driver calls the source makes, answered from dicts, counted."""

    def __init__(self, posts_since=()):
        self.calls = []
        self.client = types.SimpleNamespace(userid=ME, username='deploy-bot', token='session')
        self.options = {}
        self.users = types.SimpleNamespace(get_user=self.answer('get_user', {ALICE: {'id': ALICE, 'username': 'alice'}}))
        self.channels = types.SimpleNamespace(
            get_channel=self.answer('get_channel', {CHANNEL: {'id': CHANNEL, 'name': 'deployments', 'team_id': TEAM,
                                                              'display_name': 'Deployments', 'type': 'O'}}),
            get_all_channels_for_user=self.answer('get_all_channels_for_user', {ME: [{'id': CHANNEL}]}))
        self.teams = types.SimpleNamespace(get_team=self.answer('get_team', {TEAM: {'id': TEAM, 'name': 'ops'}}))
        self.posts = types.SimpleNamespace(
            get_post=self.answer('get_post', {'q' * 26: post('q' * 26, 'the question')}),
            get_posts_for_channel=self.listing(posts_since))

    def answer(self, name, items):
        def call(item_id, **kwargs):
            self.calls.append((name, item_id, kwargs))
            if item_id not in items:
                raise ResourceNotFound('not found')
            return items[item_id]
        return call

    def listing(self, posts_since):
        def call(channel_id, params):
            self.calls.append(('get_posts_for_channel', channel_id, params))
            return {'posts': dict((item['id'], item) for item in posts_since)}
        return call


def post(post_id, message, user_id=ALICE, root_id='', create_at=99000):
    return {'id': post_id, 'message': message, 'user_id': user_id, 'channel_id': CHANNEL, 'root_id': root_id,
            'type': '', 'create_at': create_at}


def posted_message(item, seq):
    return json.dumps({'event': 'posted', 'seq': seq, 'data': {'post': json.dumps(item), 'channel_name': 'deployments'},
                       'broadcast': {'channel_id': CHANNEL}})


def spec_of_docs(options):
    """The argument spec the documentation describes."""
    spec = {}
    for name, doc in options.items():
        option = {'type': doc.get('type', 'str')}
        for key in ('default', 'elements', 'choices'):
            if key in doc:
                option[key] = doc[key]
        if doc.get('required'):
            option['required'] = True
        if 'suboptions' in doc:
            option['options'] = spec_of_docs(doc['suboptions'])
        spec[name] = option
    return spec


def test_the_documentation_describes_exactly_the_accepted_arguments():
    documented = spec_of_docs(yaml.safe_load(SOURCE.DOCUMENTATION)['options'])
    assert documented == SOURCE.ARGUMENT_SPEC
    yaml.safe_load(SOURCE.EXAMPLES)
    # Every documented option is accepted, with the documented default when not given.
    args = SOURCE.checked_args({'url': 'http://127.0.0.1:8065', 'slash_command': {'port': 5080, 'token': 'x'}})
    for name, option in SOURCE.ARGUMENT_SPEC.items():
        assert name in args
        if name not in ('url', 'slash_command'):
            assert args[name] == option.get('default')
    assert args['slash_command'] == {'host': '127.0.0.1', 'port': 5080, 'token': ['x'],
                                     'response': 'Accepted: {command} {text}', 'response_type': 'ephemeral',
                                     'certfile': None, 'keyfile': None, 'cafile': None}


def test_arguments_are_converted_and_every_problem_is_named(monkeypatch):
    monkeypatch.setenv('MATTERMOST_TOKEN', 'from-the-environment')
    args = SOURCE.checked_args({'url': 'http://chat', 'mentions': 'yes', 'retries': '5', 'channels': 'deployments, incidents',
                                'request_timeout': 2, 'eda_feedback_queue': object()})
    assert (args['mentions'], args['retries'], args['channels'], args['request_timeout']) == (True, 5, ['deployments', 'incidents'], 2.0)
    assert args['token'] == 'from-the-environment'
    with pytest.raises(ValueError) as failure:
        SOURCE.checked_args({'url': 'http://chat', 'mentoins': True, 'include_own': 'maybe', 'users': {'a': 1},
                             'slash_command': {'token': 'x', 'response_type': 'loud'}})
    message = str(failure.value)
    for expected in ('unknown argument mentoins', 'include_own must be true or false', 'users must be a list',
                     'slash_command.port is required', 'slash_command.response_type must be one of ephemeral, in_channel'):
        assert expected in message


def test_the_environment_variables_are_the_modules(monkeypatch):
    modules = dict((name, option['fallback'][1][0]) for name, option in MODULE_CONNECTION.items()
                   if 'fallback' in option and name != 'local_socket')
    assert SOURCE.ENV_FALLBACKS == modules
    monkeypatch.setenv('MATTERMOST_VALIDATE_CERTS', 'false')
    monkeypatch.setenv('MATTERMOST_CA_PATH', '/etc/pki/mattermost-ca.pem')
    monkeypatch.setenv('MATTERMOST_PROXY', 'http://proxy.example.com:3128')
    args = SOURCE.checked_args({'url': 'https://chat.example.com', 'token': 't'})
    assert (args['validate_certs'], args['ca_path'], args['proxy']) == (
        False, '/etc/pki/mattermost-ca.pem', 'http://proxy.example.com:3128')
    # An AWX or EDA controller credential sets the variables of blank inputs empty: not set.
    for variable in modules.values():
        monkeypatch.setenv(variable, '')
    args = SOURCE.checked_args({'url': 'https://chat.example.com', 'token': 't'})
    assert (args['validate_certs'], args['ca_path'], args['client_cert'], args['proxy']) == (True, None, None, None)


def test_the_local_mode_socket_is_refused_with_why():
    with pytest.raises(ValueError) as failure:
        SOURCE.checked_args({'url': 'http://chat', 'local_socket': '/var/tmp/mattermost_local.socket'})
    assert str(failure.value) == (
        'the event source needs a logged in user, and the local-mode socket has none (it acts as the server, not as a '
        'user): use url with token, or login_id and login_password, of a user allowed to do it')


def test_main_refuses_bad_arguments_before_any_request():
    bad = {'url': 'chat.example.com', 'token': 't', 'login_id': 'bob', 'match': '(', 'root_id': 'nope',
           'events': []}
    with pytest.raises(ValueError) as failure:
        asyncio.run(SOURCE.main(QueueDouble(), bad))
    for expected in ('token and login_id are mutually exclusive', 'login_id needs login_password',
                     'url must be the address of the server', 'match is not a regular expression',
                     "root_id 'nope' is not a Mattermost id", 'events cannot be empty without slash_command'):
        assert expected in str(failure.value)


@pytest.mark.parametrize('message, text', [
    ('@deploy-bot deploy api 1.4.2', 'deploy api 1.4.2'),
    ('hey @Deploy-Bot: restart  web', 'restart  web'),
    ('@deploy-bot, status', 'status'),
    ('@deploy-bots are there', '@deploy-bots are there'),  # another name: the whole message
    ('deploy api', 'deploy api'),  # a direct message needs no mention
])
def test_the_text_after_the_mention(message, text):
    assert mention_text(message, 'deploy-bot') == text


def test_an_event_for_rules_has_names_ids_and_words_and_costs_no_request_in_a_burst():
    driver = FakeDriver()
    names = Names(driver)
    events = [for_rules(described('posted', 'websocket', post=post(str(n) * 26, '@deploy-bot deploy api 1.4.2',
                                                                   root_id='r' * 26)), names, 'deploy-bot')
              for n in range(10)]
    event = events[0]
    assert event['words'] == ['deploy', 'api', '1.4.2'] and event['text'] == 'deploy api 1.4.2'
    assert (event['username'], event['channel_name'], event['team_name']) == ('alice', 'deployments', 'ops')
    assert (event['post_id'], event['root_id'], event['thread_id']) == ('0' * 26, 'r' * 26, 'r' * 26)
    assert 'data' not in event and 'broadcast' not in event
    assert sorted(call[0] for call in driver.calls) == ['get_channel', 'get_team', 'get_user']


def test_a_reaction_event_carries_its_emoji_and_post():
    names = Names(FakeDriver())
    reaction = {'user_id': ALICE, 'post_id': 'q' * 26, 'emoji_name': '+1', 'channel_id': CHANNEL, 'create_at': 1}
    event = for_rules(described('reaction_added', 'websocket', reaction=reaction), names, 'deploy-bot')
    assert event['emoji'] == '+1' and event['post']['message'] == 'the question'
    assert event['thread_id'] == 'q' * 26 and event['username'] == 'alice'


def test_names_are_read_again_after_their_time():
    driver = FakeDriver()
    now = [0]
    names = Names(driver, ttl=60, clock=lambda: now[0])
    names.user(ALICE)
    names.user(ALICE)
    now[0] = 61
    names.user(ALICE)
    assert names.user('x' * 26) == {}
    assert [call[0] for call in driver.calls] == ['get_user', 'get_user', 'get_user']


class ScriptedWebsocket:
    """A Websocket double that hands the listener a scripted list of messages."""

    script = []

    def __init__(self, options, token):
        self.disconnected = False

    async def connect(self, handler):
        for message in self.script:
            await handler(message)

    def disconnect(self):
        self.disconnected = True


def listen(script, posts_since=(), event_filter=None):
    driver = FakeDriver(posts_since)
    queue = QueueDouble()
    ScriptedWebsocket.script = script
    listener = SOURCE.WebsocketListener(driver, event_filter or EventFilter(me=ME, my_username='deploy-bot'), queue,
                                        websocket_cls=ScriptedWebsocket, clock=lambda: 100.0)
    asyncio.run(listener.run())
    assert listener.websocket.disconnected
    return queue.events, driver, listener


def test_the_listener_gives_matching_events_in_order_and_skips_others():
    mine = post('m' * 26, 'my own reply', user_id=ME)
    events, _driver, _listener = listen([
        json.dumps({'event': 'hello', 'seq': 0, 'data': {'connection_id': 'one'}}),
        json.dumps({'status': 'OK', 'seq_reply': 1}),
        posted_message(post('1' * 26, 'first'), 1),
        posted_message(mine, 2),
        json.dumps({'event': 'typing', 'seq': 3, 'data': {}, 'broadcast': {'channel_id': CHANNEL}}),
        posted_message(post('2' * 26, 'second'), 4),
    ])
    assert [event['post_id'] for event in events] == ['1' * 26, '2' * 26]


def test_a_failed_resumption_is_caught_up_through_the_api_without_duplicates():
    given_before, missed, later = post('1' * 26, 'before'), post('2' * 26, 'missed'), post('3' * 26, 'later')
    events, driver, listener = listen([
        json.dumps({'event': 'hello', 'seq': 0, 'data': {'connection_id': 'one'}}),
        posted_message(given_before, 1),
        json.dumps({'event': RESUME_FAILED, 'data': {'previous_connection_id': 'one', 'connection_id': 'two'}}),
        json.dumps({'event': 'hello', 'seq': 0, 'data': {'connection_id': 'two'}}),
        posted_message(later, 1),
        posted_message(later, 2),  # the same post twice: given once
    ], posts_since=[given_before, missed, later])
    assert [(event['post_id'], event['source']) for event in events] == [
        ('1' * 26, 'websocket'), ('2' * 26, 'api'), ('3' * 26, 'api')]
    listing = [call for call in driver.calls if call[0] == 'get_posts_for_channel']
    # Read from the last message received before the drop, less the margin for the server's clock.
    assert listing == [('get_posts_for_channel', CHANNEL, {'since': 100000 - SOURCE.CATCH_UP_MARGIN_MS})]
    assert listener.caught_up == 2


def test_a_catch_up_the_api_refuses_is_logged_and_listening_goes_on(caplog):
    driver = FakeDriver()

    def unreachable(channel_id, params):
        raise ConnectionFailure('connection refused')

    driver.posts.get_posts_for_channel = unreachable
    queue = QueueDouble()
    ScriptedWebsocket.script = [
        json.dumps({'event': 'hello', 'seq': 0, 'data': {'connection_id': 'one'}}),
        json.dumps({'event': RESUME_FAILED, 'data': {'previous_connection_id': 'one', 'connection_id': 'two'}}),
        posted_message(post('3' * 26, 'later'), 1),
    ]
    listener = SOURCE.WebsocketListener(driver, EventFilter(me=ME), queue, websocket_cls=ScriptedWebsocket)
    asyncio.run(listener.run())
    assert [event['post_id'] for event in queue.events] == ['3' * 26]
    assert 'may be lost: cannot read them through the API: ConnectionFailure: connection refused' in caplog.text


def test_reactions_missed_are_read_from_the_posts_of_the_channels():
    reacted = post('q' * 26, 'deploy?', create_at=1000)
    reacted['metadata'] = {'reactions': [
        {'user_id': ALICE, 'post_id': 'q' * 26, 'emoji_name': 'thumbsup', 'create_at': 99500},
        {'user_id': ALICE, 'post_id': 'q' * 26, 'emoji_name': 'eyes', 'create_at': 99600},
        {'user_id': BOB, 'post_id': 'q' * 26, 'emoji_name': '+1', 'create_at': 1000},  # before `since`
    ]}
    event_filter = EventFilter(events=[], reactions=['+1'], me=ME)
    found = events_since(FakeDriver([reacted]), event_filter, 99000, channel_ids=[CHANNEL])
    assert [(event['event'], event['source'], event['reaction']['emoji_name']) for event in found] == [
        ('reaction_added', 'api', 'thumbsup')]


async def http(port, request, pause=None, context=None):
    """Send raw request bytes (then wait `pause`), read to the end; (status, JSON answer), or None when the
    listener closed the connection without an answer."""
    reader, writer = await asyncio.open_connection('127.0.0.1', port, ssl=context)
    writer.write(request)
    await writer.drain()
    if pause:
        await asyncio.sleep(pause)
    answer = await reader.read()
    writer.close()
    if not answer:
        return None
    head, _sep, body = answer.partition(b'\r\n\r\n')
    # aiohttp answers a request it cannot parse itself, in plain text.
    return int(head.split()[1]), json.loads(body or b'{}') if b'application/json' in head else body.decode()


def form_request(fields, content_type='application/x-www-form-urlencoded', body=None, headers=''):
    from urllib.parse import urlencode
    body = body if body is not None else (json.dumps(fields) if content_type == 'application/json'
                                          else urlencode(fields)).encode()
    return ('POST / HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: %s\r\nContent-Length: %d\r\n%s\r\n'
            % (content_type, len(body), headers)).encode() + body


COMMAND = {'token': TOKEN, 'command': '/deploy', 'text': 'api 1.4.2', 'user_id': ALICE, 'user_name': 'alice',
           'channel_id': CHANNEL, 'channel_name': 'deployments', 'team_id': TEAM, 'team_domain': 'ops',
           'response_url': 'http://x/hooks/commands/abc', 'trigger_id': 'trig'}


def run_listener(requests, event_filter=None, read_timeout=None, context=None, queue=None, **settings):
    """Start a listener on a free port, send each (request bytes, pause), return [(status, answer)], events."""
    queue = queue or QueueDouble()
    settings = dict(dict(host='127.0.0.1', port=0, token=[TOKEN, 'another-token'], response='Accepted: {command} {text}',
                         response_type='ephemeral', certfile=None, keyfile=None, cafile=None), **settings)

    async def scenario():
        listener = SOURCE.SlashCommandListener(settings, queue, event_filter)
        if read_timeout:
            listener.READ_TIMEOUT = read_timeout
        await listener.start()
        try:
            return [await http(listener.port, request, pause, context) for request, pause in requests]
        finally:
            await listener.close()

    return asyncio.run(scenario()), queue.events


def test_a_slash_command_with_its_token_becomes_an_event_and_is_answered_at_once():
    answers, events = run_listener([(form_request(COMMAND), None)])
    assert answers == [(200, {'response_type': 'ephemeral', 'text': 'Accepted: /deploy api 1.4.2'})]
    event = events[0]
    assert TOKEN not in json.dumps(event) and 'token' not in event
    assert (event['event'], event['command'], event['words'], event['username'], event['team_name']) == (
        'slash_command', '/deploy', ['api', '1.4.2'], 'alice', 'ops')


def test_the_token_may_come_in_the_header_or_a_json_body_of_an_outgoing_webhook():
    without_token = dict((key, value) for key, value in COMMAND.items() if key != 'token')
    # Mattermost's outgoing webhook JSON has a number (timestamp) and a list (file_ids): fields not used.
    webhook = {'token': 'another-token', 'trigger_word': 'deploy', 'text': 'deploy web 2.0', 'user_id': ALICE,
               'user_name': 'alice', 'channel_id': CHANNEL, 'post_id': 'p' * 26, 'timestamp': 1700000000000,
               'file_ids': ''}
    answers, events = run_listener([
        (form_request(without_token, headers='Authorization: Token %s\r\n' % TOKEN), None),
        (form_request(webhook, content_type='application/json'), None),
    ])
    assert [status for status, _answer in answers] == [200, 200]
    assert answers[1][1] == {}  # an outgoing webhook's answer would be posted: none
    assert events[1]['event'] == 'outgoing_webhook' and events[1]['words'] == ['web', '2.0']
    assert events[1]['thread_id'] == 'p' * 26


def nested(depth):
    return '[' * depth + ']' * depth


@pytest.mark.parametrize('request_bytes, status', [
    (form_request(dict(COMMAND, token='wrong')), 401),
    (form_request(dict((key, value) for key, value in COMMAND.items() if key != 'token')), 401),
    (form_request(dict(COMMAND, token=TOKEN[:-1])), 401),
    (form_request(dict(COMMAND, token=[TOKEN]), content_type='application/json'), 401),
    (b'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', 405),
    (b'POST / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', 401),
    (b'POST / HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: 999999\r\n\r\n', 413),
    (b'POST / HTTP/1.1\r\nHost: x\r\nConnection: close\r\nTransfer-Encoding: chunked\r\n\r\n'
     + b''.join(b'4000\r\n' + b'x' * 0x4000 + b'\r\n' for _chunk in range(5)) + b'0\r\n\r\n', 413),
    (form_request({}, content_type='application/json', body=b'{not json'), 400),
    (form_request({}, content_type='application/json', body=b'[1, 2]'), 400),
    (form_request({}, body=b'token=\xff\xfe'), 400),
    # Deeper than json.loads can recurse, with no token (refused before the token check) and with one.
    (form_request({}, content_type='application/json', body=('{"a": %s}' % nested(30000)).encode()), 400),
    (form_request({}, content_type='application/json',
                  body=('{"token": "%s", "a": %s}' % (TOKEN, nested(17))).encode()), 400),
    (form_request(dict(COMMAND, text=['api', '1.4.2']), content_type='application/json'), 400),
    (form_request(dict(COMMAND, user_name={'a': 1}), content_type='application/json'), 400),
    (b'NOT HTTP AT ALL\r\n\r\n', 400),
], ids=['wrong token', 'no token', 'token prefix', 'token not a string', 'GET', 'no body', 'too large',
        'too large chunked', 'bad JSON', 'not an object', 'not UTF-8', 'too deep without token',
        'too deep with token', 'text not a string', 'user_name not a string', 'not HTTP'])
def test_anything_else_is_refused_and_puts_nothing_on_the_queue(request_bytes, status, caplog):
    answers, events = run_listener([(request_bytes, None)])
    assert answers[0][0] == status
    assert events == []
    # One line at most, without a traceback or what was sent.
    assert not [record for record in caplog.records if record.exc_info or record.exc_text]
    assert TOKEN not in caplog.text


def test_json_nesting_within_the_limit_is_accepted():
    body = json.dumps(dict(COMMAND, props={'a': [[{'b': [1]}]]}, text='deploy api 1.4.2 "[{not nesting}]"'))
    answers, events = run_listener([(form_request({}, content_type='application/json', body=body.encode()), None)])
    assert answers[0][0] == 200 and events[0]['message'] == 'deploy api 1.4.2 "[{not nesting}]"'


def test_the_depth_check_skips_brackets_in_strings():
    assert SOURCE.json_depth_within(r'{"a": "[[[[\"[[[["}', 1)
    assert not SOURCE.json_depth_within('{"a": [[]]}', 2)
    assert SOURCE.json_depth_within('{"a": [[]]}', 3)


def test_a_body_cut_short_gets_a_timeout():
    cut_short = b'POST / HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: 10\r\n\r\nshort'
    answers, events = run_listener([(cut_short, None)], read_timeout=0.5)
    assert answers == [(408, {'text': 'request timeout'})] and events == []


def test_a_client_that_sends_no_complete_request_is_disconnected():
    async def scenario():
        listener = SOURCE.SlashCommandListener(dict(host='127.0.0.1', port=0, token=[TOKEN], certfile=None,
                                                    keyfile=None, cafile=None), QueueDouble())
        listener.READ_TIMEOUT = 0.5
        await listener.start()
        try:
            reader, writer = await asyncio.open_connection('127.0.0.1', listener.port)
            writer.write(b'POST / HTTP/1.1\r\n')
            # Closed by the listener (read returns at its end), well before the test's own limit.
            answer = await asyncio.wait_for(reader.read(), 5)
            writer.close()
            return answer
        finally:
            await listener.close()

    assert asyncio.run(scenario()) == b''


def test_a_failure_answers_500_with_one_line_in_the_log(caplog):
    class BrokenQueue(QueueDouble):
        async def put(self, event):
            raise RuntimeError('secret detail')

    answers, events = run_listener([(form_request(COMMAND), None)], queue=BrokenQueue())
    assert answers == [(500, {'text': 'internal error'})]
    assert [record.getMessage() for record in caplog.records] == [
        'chatops.mattermost.events: a slash command request failed: RuntimeError']
    assert not caplog.records[0].exc_info


def test_a_user_the_filter_does_not_allow_gets_a_refusal_and_no_event():
    allowed = EventFilter(me=ME, user_ids=[BOB])
    answers, events = run_listener([(form_request(COMMAND), None)], event_filter=allowed, response_type='in_channel')
    assert answers[0][0] == 200 and 'may not run /deploy' in answers[0][1]['text']
    assert events == []


@pytest.fixture(scope='module')
def tls_files(tmp_path_factory):
    """A test CA, a listener certificate it signs, and a client certificate it signs."""
    directory = str(tmp_path_factory.mktemp('tls'))
    ca_cert, ca_key = tls_ca.make_ca(directory)
    cert, key = tls_ca.issue_cert(ca_cert, ca_key, directory)
    client_cert, client_key = tls_ca.issue_cert(ca_cert, ca_key, directory, name='client', hosts=('client',),
                                                client=True)
    return types.SimpleNamespace(ca=ca_cert, cert=cert, key=key, client_cert=client_cert, client_key=client_key)


def client_context(ca, cert=None, key=None):
    context = ssl.create_default_context(cafile=ca)
    if cert:
        context.load_cert_chain(cert, key)
    return context


def test_over_tls_a_command_is_answered_and_a_wrong_token_refused(tls_files):
    answers, events = run_listener([(form_request(COMMAND), None), (form_request(dict(COMMAND, token='x')), None)],
                                   context=client_context(tls_files.ca), certfile=tls_files.cert,
                                   keyfile=tls_files.key)
    assert [status for status, _answer in answers] == [200, 401] and len(events) == 1


def test_plain_http_to_the_tls_port_gets_no_answer_and_no_traceback(tls_files, caplog):
    answers, events = run_listener([(form_request(COMMAND), None)], certfile=tls_files.cert, keyfile=tls_files.key)
    assert answers == [None] and events == []
    assert not [record for record in caplog.records if record.exc_info or record.exc_text]


def test_with_a_cafile_only_clients_with_a_certificate_it_signed_are_answered(tls_files):
    settings = dict(certfile=tls_files.cert, keyfile=tls_files.key, cafile=tls_files.ca)
    answers, events = run_listener([(form_request(COMMAND), None)], context=client_context(
        tls_files.ca, tls_files.client_cert, tls_files.client_key), **settings)
    assert answers[0][0] == 200 and len(events) == 1
    try:
        # TLS 1.3: the refusal of the missing client certificate arrives after the handshake, as an alert or a
        # closed connection.
        answers, events = run_listener([(form_request(COMMAND), None)], context=client_context(tls_files.ca), **settings)
    except (ssl.SSLError, ConnectionError):
        answers, events = [None], []
    assert answers == [None] and events == []


def test_tls_files_are_checked_before_any_request(tls_files, tmp_path):
    args = {'url': 'http://127.0.0.1:8065', 'token': 'x' * 26, 'events': [],
            'slash_command': {'port': 5080, 'token': 'x', 'keyfile': tls_files.key, 'cafile': str(tmp_path / 'no')}}
    problems = SOURCE.source_problems(SOURCE.checked_args(args))
    assert 'slash_command.keyfile needs slash_command.certfile' in problems
    assert 'slash_command.cafile: no file %s' % (tmp_path / 'no') in problems
    not_a_cert = tmp_path / 'cert.pem'
    not_a_cert.write_text('not a certificate')
    with pytest.raises(ValueError, match='certfile and keyfile cannot be used'):
        SOURCE.server_ssl_context({'certfile': str(not_a_cert), 'keyfile': None, 'cafile': None})
