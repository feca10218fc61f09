# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""chatops.mattermost.notify: the summary it posts, that no_log results stay hidden, and the connection
options from the configuration reaching the driver."""

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import os

import pytest
import yaml

from ansible import constants as C

from ansible_collections.chatops.mattermost.plugins.callback import notify
from ansible_collections.chatops.mattermost.plugins.callback.notify import (
    NO_LOG_TEXT, CallbackModule, duration, failure_message,
)
from ansible_collections.chatops.mattermost.plugins.module_utils._chat import posts

SECRET = 'Secret-0123456789'
NAME = 'chatops.mattermost.notify'


class Named:
    def __init__(self, name, no_log=False):
        self.name = name
        self.no_log = no_log

    def get_name(self):
        return self.name


class Result:
    """A task result as callbacks get it (ansible-core < 2.19 attribute names)."""

    def __init__(self, data, host='web1', task='Install', no_log=False):
        self._result = data
        self._host = Named(host)
        self._task = Named(task, no_log)


class Stats:
    def __init__(self, hosts):
        self.hosts = hosts
        self.processed = dict((host, 1) for host in hosts)

    def summarize(self, host):
        counts = dict(ok=0, changed=0, failures=0, unreachable=0, skipped=0, rescued=0, ignored=0)
        counts.update(self.hosts[host])
        return counts


def test_failure_messages_never_show_no_log_results():
    censored = {'censored': "the output has been hidden due to the fact that 'no_log: true' was specified", 'changed': False}
    assert failure_message(Result(censored)) == NO_LOG_TEXT
    assert failure_message(Result({'msg': SECRET}, no_log=True)) == NO_LOG_TEXT
    assert failure_message(Result({'msg': 'One or more items failed', 'results': []})) == 'One or more items failed'
    assert failure_message(Result({'results': [{'failed': False}, {'failed': True, 'censored': 'x'}]})) == NO_LOG_TEXT
    assert failure_message(Result({'rc': 1, 'stderr': 'boom'})) == 'boom'


def test_durations():
    assert (duration(4.4), duration(75), duration(3725)) == ('4s', '1m 15s', '1h 02m 05s')


def callback(**options):
    plugin = CallbackModule()
    plugin._plugin_options = dict(title='Ansible', start_message=False, failures_in_thread=True, only_on_failure=False,
                                  max_failures=1, attachments=True, url='https://chat.example.com')
    plugin._plugin_options.update(options)
    plugin.playbook = 'site.yml'
    plugin.posts = []

    def post(message, props, attachments=None, root_id=None):
        plugin.posts.append(dict(message=message, props=props, attachments=attachments, root_id=root_id))
        return {'id': 'p%d' % len(plugin.posts)}

    plugin.post = post
    return plugin


def test_the_summary_lists_hosts_and_the_failures_of_failed_hosts_in_a_red_attachment():
    plugin = callback()
    plugin.v2_runner_on_failed(Result({'msg': 'rescued later'}, host='web1'))
    plugin.v2_runner_on_failed(Result({'msg': 'ignored'}, host='web2'), ignore_errors=True)
    plugin.v2_runner_on_failed(Result({'msg': 'no space left'}, host='db1', task='Migrate'))
    plugin.v2_runner_on_failed(Result({'msg': 'again'}, host='db1', task='Retry'))
    plugin.v2_playbook_on_stats(Stats({'web1': dict(ok=3, rescued=1), 'web2': dict(ok=2, ignored=1),
                                       'db1': dict(ok=1, failures=2)}))
    summary, reply = plugin.posts
    assert summary['message'].startswith('**Ansible `site.yml` failed in ')
    assert summary['props'] == {'chatops_notify': 'summary', 'chatops_playbook': 'site.yml', 'chatops_outcome': 'failed'}
    text = summary['attachments'][0]['text']
    assert summary['attachments'][0]['color'] == '#d24b4e'
    assert '| db1 | 1 | 0 | 2 | 0 | 0 | 0 | 0 |' in text and '| web1 | 3 | 0 | 0 | 0 | 0 | 1 | 0 |' in text
    assert '- `db1`, `Migrate`: no space left' in text and '- and 1 more' in text
    assert 'rescued later' not in text and 'ignored' not in text.split('**Failed tasks**')[1]
    assert reply['root_id'] == 'p1' and reply['props']['chatops_notify'] == 'failure'
    assert reply['message'] == '`Migrate` failed on `db1`:\n> no space left'


def test_a_run_without_failure_is_green_and_can_stay_silent():
    plugin = callback(attachments=False)
    plugin.v2_playbook_on_stats(Stats({'web1': dict(ok=2, changed=1)}))
    assert plugin.posts[0]['message'].startswith('**Ansible `site.yml` succeeded with changes in ')
    assert plugin.posts[0]['attachments'] is None
    quiet = callback(only_on_failure=True)
    quiet.v2_playbook_on_stats(Stats({'web1': dict(ok=2)}))
    assert quiet.posts == []


@pytest.fixture
def configured(monkeypatch):
    """The callback as Ansible loads it: its options defined from its DOCUMENTATION, read from the environment."""
    definitions = yaml.safe_load(notify.DOCUMENTATION)['options']
    C.config.initialize_plugin_configuration_definitions('callback', NAME, definitions)
    for variable in [name for name in os.environ if name.startswith('MATTERMOST_')]:
        monkeypatch.delenv(variable)

    def make(**environment):
        for variable, value in environment.items():
            monkeypatch.setenv(variable, value)
        plugin = CallbackModule()
        plugin._load_name = NAME
        plugin.set_options()
        return plugin
    return make


class RecordingDriver:
    """Records the options the callback makes its drivers with, and what it posts; sends nothing."""
    made = []

    def __init__(self, options):
        self.options = options
        self.made.append(self)
        self.client = type('Client', (), {'userid': 'u' * 26})()
        self.user = {'id': 'u' * 26, 'is_bot': True}
        self.posts = self.webhooks = self

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        pass

    def login(self):
        return self.user

    def create_post(self, options):
        self.sent = ('create_post', options)
        return dict(options, id='p' * 26)

    def call_webhook(self, hook_id, options):
        self.sent = ('call_webhook', hook_id, options)


def test_the_connection_options_reach_the_driver_from_the_environment(configured, monkeypatch):
    RecordingDriver.made = []
    monkeypatch.setattr(notify, 'Driver', RecordingDriver)
    monkeypatch.setattr(posts, 'Driver', RecordingDriver)
    channel = {'id': 'c' * 26, 'team_id': 't' * 26, 'name': 'deploys'}
    monkeypatch.setattr(notify, 'find_channel', lambda driver, team, name, direct_too: channel)
    plugin = configured(MATTERMOST_URL='https://chat.example.com', MATTERMOST_NOTIFY_TOKEN='secret-token',
                        MATTERMOST_NOTIFY_CHANNEL='deploys', MATTERMOST_NOTIFY_TEAM='ops',
                        MATTERMOST_VALIDATE_CERTS='true', MATTERMOST_CA_PATH='/etc/ssl/ours.pem',
                        MATTERMOST_CLIENT_CERT='/etc/ssl/me.pem', MATTERMOST_NOTIFY_CLIENT_KEY='/etc/ssl/me.key',
                        MATTERMOST_PROXY='http://proxy.example.com:3128', MATTERMOST_NOTIFY_REQUEST_TIMEOUT='2.5',
                        MATTERMOST_RETRIES='0')
    assert not plugin.disabled
    post = plugin.post('hello', {'chatops_notify': 'start'})
    assert post['id'] == 'p' * 26
    driver, = RecordingDriver.made
    assert driver.options == {'url': 'https://chat.example.com', 'token': 'secret-token', 'verify': '/etc/ssl/ours.pem',
                              'client_cert': '/etc/ssl/me.pem', 'client_key': '/etc/ssl/me.key',
                              'proxy': 'http://proxy.example.com:3128', 'request_timeout': 2.5, 'retries': 0}
    assert driver.sent == ('create_post', {'channel_id': 'c' * 26, 'message': 'hello', 'props': {'chatops_notify': 'start'}})
    assert plugin.team_name == 'ops'


def test_the_defaults_and_a_webhook(configured, monkeypatch):
    RecordingDriver.made = []
    monkeypatch.setattr(notify, 'Driver', RecordingDriver)
    monkeypatch.setattr(posts, 'Driver', RecordingDriver)
    hook = 'h' * 26
    plugin = configured(MATTERMOST_NOTIFY_WEBHOOK_URL='https://chat.example.com/mm/hooks/' + hook,
                        MATTERMOST_NOTIFY_USERNAME='ansible', MATTERMOST_VALIDATE_CERTS='false')
    assert plugin.post('done', {'chatops_notify': 'summary'}, attachments=[{'text': 'x'}]) is None
    driver, = RecordingDriver.made
    assert driver.options == {'url': 'https://chat.example.com/mm', 'token': None, 'login_id': None, 'password': None,
                              'verify': False, 'client_cert': None, 'client_key': None, 'proxy': None,
                              'request_timeout': 10.0, 'retries': 3}
    assert driver.sent == ('call_webhook', hook, {'text': 'done', 'username': 'ansible', 'attachments': [{'text': 'x'}],
                                                  'props': {'chatops_notify': 'summary'}})
