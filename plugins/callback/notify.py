# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

DOCUMENTATION = r'''
name: notify
type: notification
short_description: Post a summary of each playbook run to Mattermost
version_added: 0.1.0
description:
  - When a playbook ends, posts its outcome to a Mattermost channel, with per host the counts of ok, changed, failed,
    unreachable and skipped tasks, the duration, and the failed tasks with their messages, coloured by outcome.
  - Posts through the API (O(url), O(token) and O(channel)) or through an incoming webhook (O(webhook_url)).
  - Through the API it can also post a message when the playbook starts (O(start_message)), the summary then being a
    reply in its thread, and the message of each failed task as a reply in the thread (O(failures_in_thread)).
  - The results of tasks with C(no_log) are never shown, only the fact that they failed; nothing but the message of a
    failed task (C(msg), or the end of C(stderr)) is taken from the results.
  - A post that fails is reported as a warning; it never fails the playbook.
  - The posts carry C(props.chatops_notify) (V(start), V(summary) or V(failure)) and C(props.chatops_playbook)
    (the playbook's file name), for integrations and searches.
author:
  - chatops.mattermost maintainers (@chatops)
requirements:
  - requests
  - enabled in the configuration, for example C(callbacks_enabled = chatops.mattermost.notify) in the C([defaults])
    section of C(ansible.cfg), or E(ANSIBLE_CALLBACKS_ENABLED=chatops.mattermost.notify)
options:
  url:
    description:
      - The address of the Mattermost server, for example V(https://chat.example.com).
    type: str
    env:
      - name: MATTERMOST_URL
      - name: MATTERMOST_NOTIFY_URL
    ini:
      - section: callback_mattermost_notify
        key: url
  token:
    description:
      - A personal access token or a bot account's token to post with. The user must be allowed to post in O(channel).
    type: str
    env:
      - name: MATTERMOST_TOKEN
      - name: MATTERMOST_NOTIFY_TOKEN
    ini:
      - section: callback_mattermost_notify
        key: token
  channel:
    description:
      - The channel to post in, by name with O(team), or by id.
      - With O(webhook_url), the name of a channel to post in instead of the webhook's own (optional).
    type: str
    env:
      - name: MATTERMOST_NOTIFY_CHANNEL
    ini:
      - section: callback_mattermost_notify
        key: channel
  team:
    description:
      - The name or the id of the team of O(channel) when it is a name.
    type: str
    env:
      - name: MATTERMOST_NOTIFY_TEAM
    ini:
      - section: callback_mattermost_notify
        key: team
  webhook_url:
    description:
      - Post through the incoming webhook with this URL instead of the API (no token needed, no thread).
    type: str
    env:
      - name: MATTERMOST_NOTIFY_WEBHOOK_URL
    ini:
      - section: callback_mattermost_notify
        key: webhook_url
  username:
    description:
      - The sender name shown on the posts (the server's C(EnablePostUsernameOverride) must be on).
      - B(Mattermost 12 and later drop it from the posts users make through the API); only bots and incoming webhooks
        keep it. The callback warns when it posts as a user (not a bot) with O(username) or O(icon_url).
    type: str
    env:
      - name: MATTERMOST_NOTIFY_USERNAME
    ini:
      - section: callback_mattermost_notify
        key: username
  icon_url:
    description:
      - The URL of the sender picture shown on the posts (the server's C(EnablePostIconOverride) must be on); see
        O(username) for Mattermost 12.
    type: str
    env:
      - name: MATTERMOST_NOTIFY_ICON_URL
    ini:
      - section: callback_mattermost_notify
        key: icon_url
  start_message:
    description:
      - Also post when the playbook starts. Through the API, the summary is then a reply in the thread of that post.
    type: bool
    default: false
    env:
      - name: MATTERMOST_NOTIFY_START_MESSAGE
    ini:
      - section: callback_mattermost_notify
        key: start_message
  failures_in_thread:
    description:
      - Through the API, post the message of each failed task (up to O(max_failures)) as a reply in the thread of the
        summary (or of the start message).
    type: bool
    default: true
    env:
      - name: MATTERMOST_NOTIFY_FAILURES_IN_THREAD
    ini:
      - section: callback_mattermost_notify
        key: failures_in_thread
  only_on_failure:
    description:
      - Post only when a host failed or was unreachable.
    type: bool
    default: false
    env:
      - name: MATTERMOST_NOTIFY_ONLY_ON_FAILURE
    ini:
      - section: callback_mattermost_notify
        key: only_on_failure
  max_failures:
    description:
      - How many failed tasks are listed in the summary (and posted in the thread); the others are counted.
    type: int
    default: 10
    env:
      - name: MATTERMOST_NOTIFY_MAX_FAILURES
    ini:
      - section: callback_mattermost_notify
        key: max_failures
  attachments:
    description:
      - Post the summary as a message attachment coloured by the outcome (green for success, red when a host failed or
        was unreachable). With V(false), as plain Markdown.
    type: bool
    default: true
    env:
      - name: MATTERMOST_NOTIFY_ATTACHMENTS
    ini:
      - section: callback_mattermost_notify
        key: attachments
  title:
    description:
      - The name the posts give the run, before the playbook's file name, for example the name of the pipeline.
    type: str
    default: Ansible
    env:
      - name: MATTERMOST_NOTIFY_TITLE
    ini:
      - section: callback_mattermost_notify
        key: title
  validate_certs:
    description:
      - Check the server's TLS certificate. Set to V(false) only for a test server with a self-signed certificate.
    type: bool
    default: true
    env:
      - name: MATTERMOST_VALIDATE_CERTS
      - name: MATTERMOST_NOTIFY_VALIDATE_CERTS
    ini:
      - section: callback_mattermost_notify
        key: validate_certs
  ca_path:
    description:
      - A file with the certificate authorities to check the server's certificate with, instead of the system's.
    type: path
    env:
      - name: MATTERMOST_CA_PATH
      - name: MATTERMOST_NOTIFY_CA_PATH
    ini:
      - section: callback_mattermost_notify
        key: ca_path
  client_cert:
    description:
      - A TLS client certificate (PEM) to present to the server, with its key unless O(client_key) is set.
    type: path
    env:
      - name: MATTERMOST_CLIENT_CERT
      - name: MATTERMOST_NOTIFY_CLIENT_CERT
    ini:
      - section: callback_mattermost_notify
        key: client_cert
  client_key:
    description:
      - The private key (PEM) of O(client_cert).
    type: path
    env:
      - name: MATTERMOST_CLIENT_KEY
      - name: MATTERMOST_NOTIFY_CLIENT_KEY
    ini:
      - section: callback_mattermost_notify
        key: client_key
  proxy:
    description:
      - The URL of an HTTP(S) proxy, for example V(http://proxy.example.com:3128).
      - If not set, the E(HTTPS_PROXY) and E(HTTP_PROXY) environment variables apply.
    type: str
    env:
      - name: MATTERMOST_PROXY
      - name: MATTERMOST_NOTIFY_PROXY
    ini:
      - section: callback_mattermost_notify
        key: proxy
  request_timeout:
    description:
      - Seconds to wait for each answer of the server. Shorter than the modules' default (30), so that an unreachable server delays the end of a playbook less.
    type: float
    default: 10
    env:
      - name: MATTERMOST_REQUEST_TIMEOUT
      - name: MATTERMOST_NOTIFY_REQUEST_TIMEOUT
    ini:
      - section: callback_mattermost_notify
        key: request_timeout
  retries:
    description:
      - How many times a request is resent when the server is rate limiting (HTTP 429) or briefly unavailable (HTTP 502,
        503, 504, or no connection). A post (POST) is only resent after HTTP 429.
      - V(0) disables retries.
    type: int
    default: 3
    env:
      - name: MATTERMOST_RETRIES
      - name: MATTERMOST_NOTIFY_RETRIES
    ini:
      - section: callback_mattermost_notify
        key: retries
notes:
  - Environment variables listed later win over earlier ones (E(MATTERMOST_NOTIFY_URL) over E(MATTERMOST_URL), so that
    the modules and the notifications can use different servers or users).
  - Failed tasks are listed for the hosts that ended with a failure; a failure a C(rescue) handled is not listed.
seealso:
  - module: chatops.mattermost.mattermost_post
'''

EXAMPLES = r'''
# ansible.cfg: post to the deployments channel of the ops team through the API
# (the token from the environment: MATTERMOST_NOTIFY_TOKEN, or MATTERMOST_TOKEN).
#
# [defaults]
# callbacks_enabled = chatops.mattermost.notify
#
# [callback_mattermost_notify]
# url = https://chat.example.com
# team = ops
# channel = deployments
# start_message = true
# title = Nightly deploy

# Or only environment variables, through an incoming webhook:
#
# ANSIBLE_CALLBACKS_ENABLED=chatops.mattermost.notify \
# MATTERMOST_NOTIFY_WEBHOOK_URL=https://chat.example.com/hooks/xxxxxxxxxxxxxxxxxxxxxxxxxx \
# MATTERMOST_NOTIFY_ONLY_ON_FAILURE=true \
# ansible-playbook site.yml
'''

import getpass
import os
import socket
import time

from ansible.module_utils.common.text.converters import to_text
from ansible.plugins.callback import CallbackBase

try:
    from ansible_collections.chatops.mattermost.plugins.module_utils.driver import (
        REQUESTS_IMPORT_ERROR, Driver, MattermostError,
    )
    from ansible_collections.chatops.mattermost.plugins.module_utils._driver_options import driver_options
    from ansible_collections.chatops.mattermost.plugins.module_utils._errors import Failure
    from ansible_collections.chatops.mattermost.plugins.module_utils._lookup import find_channel
    from ansible_collections.chatops.mattermost.plugins.module_utils._chat.posts import (
        link_team_name, override_props, override_warning, permalink, post_body, send_to_webhook,
        webhook_parts, webhook_payload,
    )
    IMPORT_ERROR = REQUESTS_IMPORT_ERROR
except ImportError as exc:  # the driver needs requests; its import error is reported as a warning
    IMPORT_ERROR = to_text(exc)

COLORS = {'ok': '#2eb886', 'changed': '#2eb886', 'failed': '#d24b4e'}
MESSAGE_LIMIT = 1000  # characters of a failed task's message in the summary
THREAD_MESSAGE_LIMIT = 4000  # and in its reply
STATS = ('ok', 'changed', 'failures', 'unreachable', 'skipped', 'rescued', 'ignored')
NO_LOG_TEXT = 'the output is hidden (no_log)'


def task_result_data(result):
    """The result's dictionary: the censored copy Ansible gives callbacks for no_log tasks."""
    return result.result if hasattr(type(result), 'result') else result._result


def result_task(result):
    return result.task if hasattr(type(result), 'task') else result._task


def result_host(result):
    return result.host if hasattr(type(result), 'host') else result._host


def shorten(text, limit):
    text = to_text(text).strip()
    return text if len(text) <= limit else text[:limit - 1] + '\u2026'


def failure_message(result):
    """What a failed task says, never anything of a no_log task."""
    data = task_result_data(result)
    task = result_task(result)
    if data.get('censored') or data.get('_ansible_no_log') or getattr(task, 'no_log', False) is True:
        return NO_LOG_TEXT
    message = data.get('msg')
    if not message:
        for item in data.get('results') or []:
            if isinstance(item, dict) and item.get('failed'):
                message = NO_LOG_TEXT if item.get('censored') or item.get('_ansible_no_log') else item.get('msg')
                break
    if not message and data.get('stderr'):
        message = to_text(data['stderr'])[-MESSAGE_LIMIT:]
    return to_text(message or 'failed')


def duration(seconds):
    seconds = int(round(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    if hours:
        return '%dh %02dm %02ds' % (hours, minutes, seconds)
    if minutes:
        return '%dm %02ds' % (minutes, seconds)
    return '%ds' % seconds


def code(text):
    """Text inside an inline code span, which cannot be closed early."""
    return '`%s`' % to_text(text).replace('`', "'")


def quoted(text):
    """Text as a Markdown block quote, one '> ' per line."""
    return '\n'.join('> ' + line for line in to_text(text).splitlines() or [''])


class CallbackModule(CallbackBase):
    CALLBACK_VERSION = 2.0
    CALLBACK_TYPE = 'notification'
    CALLBACK_NAME = 'chatops.mattermost.notify'
    CALLBACK_NEEDS_ENABLED = True

    def __init__(self, display=None):
        super(CallbackModule, self).__init__(display=display)
        self.playbook = None
        self.started = time.monotonic()
        self.failures = []  # (host, task name, message)
        self.root_id = None
        self.driver = None
        self.channel = None
        self.team_name = None
        self.hook_id = None

    def set_options(self, task_keys=None, var_options=None, direct=None):
        super(CallbackModule, self).set_options(task_keys=task_keys, var_options=var_options, direct=direct)
        if IMPORT_ERROR:
            self._display.warning('chatops.mattermost.notify is disabled: %s' % IMPORT_ERROR)
            self.disabled = True
            return
        webhook_url = self.get_option('webhook_url')
        if webhook_url:
            try:
                self.hook_id = webhook_parts(webhook_url)[1]
            except ValueError as exc:
                self._display.warning('chatops.mattermost.notify is disabled: %s' % exc)
                self.disabled = True
        elif not (self.get_option('url') and self.get_option('token') and self.get_option('channel')):
            self._display.warning('chatops.mattermost.notify is disabled: set url, token and channel, or webhook_url '
                                  '(see ansible-doc -t callback chatops.mattermost.notify)')
            self.disabled = True

    # Posting

    def driver_options(self):
        """The driver's options for the callback's connection options (it logs in with a token only)."""
        return driver_options(dict((name, self.get_option(name)) for name in (
            'url', 'token', 'validate_certs', 'ca_path', 'client_cert', 'client_key', 'proxy', 'request_timeout',
            'retries')))

    def connect(self):
        """The logged in driver and the channel, on first use; None when through a webhook."""
        if self.hook_id:
            return None
        if self.driver is None:
            driver = Driver(self.driver_options())
            driver.login()
            self.channel = find_channel(driver, self.get_option('team'), self.get_option('channel'), direct_too=True)
            self.team_name = link_team_name(driver, self.channel, self.get_option('team'))
            warning = override_warning(driver, [name for name in ('username', 'icon_url') if self.get_option(name)])
            if warning:
                self._display.warning('chatops.mattermost.notify: %s' % warning)
            self.driver = driver
        return self.driver

    def post(self, message, props, attachments=None, root_id=None):
        """Post; return the post (None through a webhook). Failures are warnings."""
        try:
            driver = self.connect()
            if driver is None:
                payload = webhook_payload(text=message, channel=self.get_option('channel'), username=self.get_option('username'),
                                          icon_url=self.get_option('icon_url'), attachments=attachments or None, props=props)
                send_to_webhook(self.driver_options(), self.get_option('webhook_url'), payload)
                return None
            props = dict(props, **override_props(self.get_option('username'), self.get_option('icon_url')))
            if attachments:
                props['attachments'] = attachments
            return driver.posts.create_post(options=post_body(self.channel['id'], message, props, root_id=root_id))
        except (MattermostError, Failure, ValueError) as exc:
            self.warn(exc)
        except Exception as exc:  # a notification must never break the run
            self.warn('%s: %s' % (type(exc).__name__, exc))
        return None

    def warn(self, error):
        text = to_text(error)
        if self.hook_id:  # the webhook's id is a secret, and the server's messages name it
            text = text.replace(self.hook_id, '********')
        self._display.warning('chatops.mattermost.notify could not post to Mattermost: %s' % text)

    def props(self, kind):
        return {'chatops_notify': kind, 'chatops_playbook': self.playbook or ''}

    def run_name(self):
        return '%s %s' % (self.get_option('title'), code(self.playbook or 'playbook'))

    # Events

    def v2_playbook_on_start(self, playbook):
        self.playbook = os.path.basename(to_text(getattr(playbook, '_file_name', '') or 'playbook'))
        self.started = time.monotonic()
        if self.get_option('start_message'):
            post = self.post('%s started by %s on %s' % (self.run_name(), code(getpass.getuser()), code(socket.gethostname())),
                             self.props('start'))
            if post:
                self.root_id = post['id']

    def v2_runner_on_failed(self, result, ignore_errors=False):
        if ignore_errors:
            return
        self.failures.append((result_host(result).get_name(), to_text(result_task(result).get_name()),
                              failure_message(result)))

    def v2_runner_on_unreachable(self, result):
        data = task_result_data(result)
        message = NO_LOG_TEXT if data.get('censored') else to_text(data.get('msg') or 'unreachable')
        self.failures.append((result_host(result).get_name(), to_text(result_task(result).get_name()),
                              'unreachable: ' + message))

    def v2_playbook_on_stats(self, stats):
        hosts = sorted(stats.processed.keys())
        summary = dict((host, stats.summarize(host)) for host in hosts)
        failed_hosts = [host for host in hosts if summary[host]['failures'] or summary[host]['unreachable']]
        outcome = 'failed' if failed_hosts else ('changed' if any(summary[host]['changed'] for host in hosts) else 'ok')
        if self.get_option('only_on_failure') and outcome != 'failed':
            return
        # Failures a rescue handled, or of hosts that recovered, are not the outcome.
        failures = [failure for failure in self.failures if failure[0] in failed_hosts]
        limit = max(self.get_option('max_failures'), 0)
        headline = '%s %s in %s' % (self.run_name(), {'failed': 'failed', 'changed': 'succeeded with changes',
                                                      'ok': 'succeeded'}[outcome],
                                    duration(time.monotonic() - self.started))
        lines = ['| Host | ok | changed | failed | unreachable | skipped | rescued | ignored |',
                 '|:-----|---:|--------:|-------:|------------:|--------:|--------:|--------:|']
        for host in hosts:
            lines.append('| %s | %s |' % (to_text(host).replace('|', '\\|'),
                                          ' | '.join(str(summary[host][name]) for name in STATS)))
        if failures:
            lines.append('')
            lines.append('**Failed tasks**')
            for host, task, message in failures[:limit]:
                lines.append('- %s, %s: %s' % (code(host), code(task), shorten(message, MESSAGE_LIMIT).replace('\n', ' ')))
            if len(failures) > limit:
                lines.append('- and %d more' % (len(failures) - limit))
        table = '\n'.join(lines)
        props = dict(self.props('summary'), chatops_outcome=outcome)
        if self.get_option('attachments'):
            attachments = [{'fallback': headline, 'color': COLORS[outcome], 'text': table}]
            post = self.post('**%s**' % headline, props, attachments, root_id=self.root_id)
        else:
            post = self.post('**%s**\n\n%s' % (headline, table), props, root_id=self.root_id)
        thread = self.root_id or (post or {}).get('id')
        if thread and failures and self.get_option('failures_in_thread'):
            for host, task, message in failures[:limit]:
                self.post('%s failed on %s:\n%s' % (code(task), code(host), quoted(shorten(message, THREAD_MESSAGE_LIMIT))),
                          self.props('failure'), root_id=thread)
        if post and self.driver is not None:
            link = permalink(self.get_option('url'), self.team_name, post['id'])
            if link:
                self._display.display('Mattermost: %s' % link)
