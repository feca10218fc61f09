#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

DOCUMENTATION = r'''
module: mattermost_webhook
short_description: Manage an incoming or outgoing webhook of Mattermost
version_added: 0.1.0
description:
  - Create, update or delete an incoming webhook (other tools post messages to a channel through its URL) or an outgoing
    webhook (the server sends messages of a team's public channels that start with a trigger word to callback URLs).
  - "How a webhook is found (its identity): an incoming webhook by its O(display_name) in its O(channel); an outgoing webhook
    by its O(display_name) in its O(team). Or by O(id), which is needed to move an incoming webhook to another channel.
    Two webhooks with the same key fail the task; rename or delete one of them, or give O(id)."
  - A webhook whose O(channel) changes is updated in place, keeping its id (and, for an incoming webhook, its URL).
  - Only the options given are compared with the server's webhook; the others are left as they are.
  - >-
    B(The id of an incoming webhook is a secret): anyone who knows it (or its URL, C(<server>/hooks/<id>)) can post to the
    channel. The module keeps it out of the diff and out of its error messages; the result holds it (RV(webhook.id),
    RV(webhook.url)), so register the result of a task that creates one with C(no_log: true), and keep the URL in a vault.
    An outgoing webhook's RV(webhook.token) is a secret too, which its callback URLs use to check the requests come from Mattermost.
author:
  - chatops.mattermost maintainers (@chatops)
extends_documentation_fragment:
  - chatops.mattermost.connection
  - ansible.builtin.action_common_attributes
attributes:
  check_mode:
    support: full
  diff_mode:
    support: full
    details: Tokens and the ids of incoming webhooks are never shown; the channel and team are shown by id.
  platform:
    platforms: all
options:
  kind:
    description:
      - V(incoming) posts to a channel what is sent to its URL; V(outgoing) sends a team's messages to O(callback_urls).
    type: str
    choices: [incoming, outgoing]
    required: true
  team:
    description:
      - The name or the id of the team.
      - For an outgoing webhook, required unless O(id) is given (with O(id), the team the webhook must be in).
      - For an incoming webhook, needed to find O(channel) by name.
    type: str
  channel:
    description:
      - The name (in O(team)) or the id of a channel.
      - For an incoming webhook, the channel it posts to; required unless O(id) is given. With O(id), the channel it must post to
        (it is moved there if needed, within its team).
      - For an outgoing webhook, the public channel it watches (then O(trigger_words) may be empty, and every message of the
        channel is sent); without it, the webhook watches every public channel of the team for O(trigger_words).
        V("") removes the channel of an existing outgoing webhook.
    type: str
  id:
    description:
      - The id of the webhook, to find it by id rather than by its O(display_name).
      - The id of an incoming webhook is a secret, so Ansible hides this value wherever it appears in the task's output
        (in RV(webhook.id) and RV(webhook.url) too).
      - With O(state=present), the webhook must exist (the module does not create webhooks with a given id).
    type: str
  display_name:
    description:
      - The webhook's name, up to 64 bytes; with O(channel) (incoming) or O(team) (outgoing) it identifies the webhook.
      - Required unless O(id) is given; with O(id), the name the webhook must have.
    type: str
  description:
    description:
      - The webhook's description, up to 500 bytes.
    type: str
  username:
    description:
      - The username the webhook's posts show (not a user of the server), up to 64 bytes.
      - For an incoming webhook, lowercase letters, digits, C(.), C(-) and C(_), and not V(all), V(channel), V(matterbot) or V(system).
      - The server keeps it only when C(ServiceSettings.EnablePostUsernameOverride) is on; the module warns when it did not.
    type: str
  icon_url:
    description:
      - The address of the picture the webhook's posts show, up to 1024 bytes.
      - The server keeps it only when C(ServiceSettings.EnablePostIconOverride) is on; the module warns when it did not.
    type: str
  channel_locked:
    description:
      - Incoming webhooks only. V(true) posts only to O(channel); V(false) also to the channel a request names.
      - The server locks the webhooks of users without the C(bypass_incoming_webhook_channel_lock) permission; the module
        warns when it did.
    type: bool
  trigger_words:
    description:
      - Outgoing webhooks only. The words that make a message be sent, matched against its first word as O(trigger_when) says.
      - Compared without regard to order or duplicates. Words cannot be empty or contain spaces.
      - When the webhook is created, at least one is needed unless O(channel) is given.
    type: list
    elements: str
  trigger_when:
    description:
      - Outgoing webhooks only. V(first_word) sends a message whose first word is a trigger word; V(start_of_word) one whose
        first word starts with a trigger word.
      - When the webhook is created without it, V(first_word).
    type: str
    choices: [first_word, start_of_word]
  callback_urls:
    description:
      - Outgoing webhooks only. The C(http://) or C(https://) URLs the messages are sent to; needed to create the webhook.
      - Compared without regard to order or duplicates.
      - The server refuses two outgoing webhooks of the same channel (or both without one) that share a callback URL and a
        trigger word; the module checks it before it changes anything.
    type: list
    elements: str
  content_type:
    description:
      - Outgoing webhooks only. How the messages are sent.
      - When the webhook is created without it, V(application/x-www-form-urlencoded).
    type: str
    choices: [application/x-www-form-urlencoded, application/json]
  regenerate_token:
    description:
      - Outgoing webhooks only, with O(state=present). Give the webhook a new token (RV(webhook.token)); the task is changed,
        and every run with V(true) makes a new one, so use it in a task of its own, run when the token must change.
      - A webhook the task creates has a new token already and is not regenerated again.
      - In check mode, RV(webhook.token) is still the current token.
    type: bool
    default: false
  state:
    description:
      - V(present) creates or updates the webhook; V(absent) deletes it.
    type: str
    choices: [present, absent]
    default: present
notes:
  - The server must allow the kind of webhook (C(ServiceSettings.EnableIncomingWebhooks), C(ServiceSettings.EnableOutgoingWebhooks)),
    and the user needs the C(manage_incoming_webhooks) or C(manage_outgoing_webhooks) permission in the team (C(manage_others_...)
    to manage other users' webhooks).
seealso:
  - module: chatops.mattermost.mattermost_slash_command
  - module: chatops.mattermost.mattermost_channel
  - name: Webhooks in the Mattermost API reference
    description: The API requests this module sends.
    link: https://developers.mattermost.com/api-documentation/#/tags/webhooks
  - name: Incoming webhooks
    description: What can be posted to an incoming webhook's URL.
    link: https://developers.mattermost.com/integrate/webhooks/incoming/
'''

EXAMPLES = r'''
- name: Make sure the CI has an incoming webhook in the builds channel
  chatops.mattermost.mattermost_webhook:
    url: https://chat.example.com
    token: "{{ mattermost_token }}"
    kind: incoming
    team: dev
    channel: builds
    display_name: CI
    description: Build results
    username: ci-bot
    channel_locked: true
  register: ci_hook
  no_log: true  # the result holds the webhook's URL, which is a secret

- name: Give its URL to the CI, without showing it
  # not run: writes to /etc on the host
  ansible.builtin.copy:
    content: "{{ ci_hook.webhook.url }}\n"
    dest: /etc/ci/mattermost-url
    mode: "0600"
  no_log: true

- name: Move the webhook to another channel of its team, keeping its URL
  chatops.mattermost.mattermost_webhook:
    url: https://chat.example.com
    token: "{{ mattermost_token }}"
    kind: incoming
    id: "{{ vault_ci_hook_id }}"
    team: dev
    channel: ci-results

- name: Send messages that start with "deploy" to a deployment service
  chatops.mattermost.mattermost_webhook:
    url: https://chat.example.com
    token: "{{ mattermost_token }}"
    kind: outgoing
    team: ops
    channel: deployments
    display_name: Deployer
    trigger_words: [deploy]
    trigger_when: first_word
    callback_urls: [https://deployer.example.com/mattermost]
    content_type: application/json
  register: deployer
  no_log: true  # the result holds the token the deployer checks

- name: Give the deployer's webhook a new token
  chatops.mattermost.mattermost_webhook:
    url: https://chat.example.com
    token: "{{ mattermost_token }}"
    kind: outgoing
    team: ops
    display_name: Deployer
    regenerate_token: true
  register: deployer
  no_log: true

- name: Delete an incoming webhook
  chatops.mattermost.mattermost_webhook:
    url: https://chat.example.com
    token: "{{ mattermost_token }}"
    kind: incoming
    team: dev
    channel: builds
    display_name: Old CI
    state: absent
'''

RETURN = r'''
webhook:
  description:
    - The webhook as the API returns it, after the changes (in check mode, as it would be).
    - Empty when there is no webhook (any more).
  returned: success
  type: dict
  contains:
    id:
      description:
        - The webhook's id. For an incoming webhook, a secret (see RV(webhook.url)).
      returned: when there is a webhook, except in check mode when it would be created
      type: str
      sample: 9xuqwrwgstrb3mzrxb83nb357a
    url:
      description:
        - Incoming webhooks only. The URL other tools post to, C(<url>/hooks/<id>), built from the module's O(url).
        - >-
          A secret: anyone who knows it can post to the channel. Register the task's result with C(no_log: true).
      returned: for an incoming webhook, when it has an id
      type: str
      sample: https://chat.example.com/hooks/9xuqwrwgstrb3mzrxb83nb357a
    token:
      description:
        - Outgoing webhooks only. The token sent with every request to the callback URLs; a secret.
      returned: for an outgoing webhook, when it has an id
      type: str
      sample: 8ebrb1xrnpgqxcc6o7rypzxtxe
  sample:
    id: 9xuqwrwgstrb3mzrxb83nb357a
    url: https://chat.example.com/hooks/9xuqwrwgstrb3mzrxb83nb357a
    team_id: 4xp9fdt77pncbef59f4k1qe83o
    channel_id: 9b1qzxbgxbr5dyqnpmsd3tkayw
    user_id: ddd9ic11u38sdjzh6oz39ijo9c
    display_name: CI
    description: Build results
    username: ci-bot
    icon_url: ""
    channel_locked: true
    create_at: 1767600000000
    update_at: 1767600000000
    delete_at: 0
diff:
  description:
    - The compared options before and after, and the webhook's state (V(present) or V(absent)).
    - The channel and the team are shown by id; a token being regenerated shows as C(token), without its value.
  returned: in diff mode
  type: dict
  sample:
    before: {state: present, display_name: CI, channel: 9b1qzxbgxbr5dyqnpmsd3tkayw}
    after: {state: present, display_name: CI, channel: 4fgt5wbfhjdm3qdtimsyutsnwh}
'''

import re

from ansible_collections.chatops.mattermost.plugins.module_utils._connection import connect, mattermost_module
from ansible_collections.chatops.mattermost.plugins.module_utils._integrations import (
    WHITESPACE, byte_length, find_channel, find_team, is_http_url, length_problems, rotate_token,
    unique_sorted, warn_when_not_kept,
)
from ansible_collections.chatops.mattermost.plugins.module_utils._lookup import found, is_id
from ansible_collections.chatops.mattermost.plugins.module_utils._posts import hook_url
from ansible_collections.chatops.mattermost.plugins.module_utils._resource import (
    Codes, Field, Resource, ensure, state_argument_spec,
)

INCOMING = 'incoming'
OUTGOING = 'outgoing'

# The server's rules (server/public/model/incoming_webhook.go, outgoing_webhook.go and user.go, Mattermost 11.4).
MAX_BYTES = dict(display_name=64, description=500, username=64, icon_url=1024)
USERNAME = re.compile(r'^[a-z0-9.\-_]+$')
RESERVED_USERNAMES = ('all', 'channel', 'matterbot', 'system')
# Trigger words and callback URLs are each checked as Go prints a list of strings: "[a b c]".
MAX_LIST_BYTES = 1024

OUTGOING_ONLY = ('trigger_words', 'trigger_when', 'callback_urls', 'content_type')
INCOMING_ONLY = ('channel_locked',)

TRIGGER_WHEN = Codes({0: 'first_word', 1: 'start_of_word'})
FORM = 'application/x-www-form-urlencoded'

NOT_KEPT_HINTS = dict(
    username='the server keeps it only with ServiceSettings.EnablePostUsernameOverride on',
    icon_url='the server keeps it only with ServiceSettings.EnablePostIconOverride on',
    channel_locked='the server locks the webhooks of users without the bypass_incoming_webhook_channel_lock permission',
)


def content_type(value):
    """The server sends as a form any content type but JSON; it stores '' when none is given."""
    return value or FORM


def problems(params):
    """What the server would refuse in the options (or what the module cannot do), before any request."""
    found_problems = []
    kind = params['kind']
    other_kind_options = INCOMING_ONLY if kind == OUTGOING else OUTGOING_ONLY
    given_for_other = [option for option in other_kind_options if params[option] is not None]
    if given_for_other:
        found_problems.append('%s cannot be used with kind=%s' % (', '.join(given_for_other), kind))
    if kind == INCOMING and params['regenerate_token']:
        found_problems.append('an incoming webhook has no token (its URL is its secret): delete it and create it again '
                              'to change its URL')
    if params['regenerate_token'] and params['state'] == 'absent':
        found_problems.append('regenerate_token needs state=present')
    if params['id'] is not None and not is_id(params['id']):
        found_problems.append('id is not a Mattermost id (26 lowercase letters and digits)')
    if params['id'] is None:
        if not params['display_name']:
            found_problems.append('display_name is required (it identifies the webhook) unless id is given')
        if kind == INCOMING and not params['channel']:
            found_problems.append('channel is required for an incoming webhook unless id is given')
        if kind == OUTGOING and not params['team']:
            found_problems.append('team is required for an outgoing webhook unless id is given')
    if params['channel'] and not is_id(params['channel']) and not params['team']:
        found_problems.append("team is required to find channel '%s' by name" % params['channel'])
    if params['team'] == '':
        found_problems.append('team cannot be empty')
    if kind == INCOMING and params['channel'] == '':
        found_problems.append('channel cannot be empty for an incoming webhook')
    found_problems.extend(length_problems(params, byte_limits=MAX_BYTES))
    username = params['username']
    if kind == INCOMING and username and (not USERNAME.match(username) or username in RESERVED_USERNAMES):
        found_problems.append("username %r is not valid for an incoming webhook: lowercase letters, digits, '.', '-' and '_', "
                              "and not one of %s" % (username, ', '.join(RESERVED_USERNAMES)))
    words = params['trigger_words']
    if words is not None:
        if any(word == '' or WHITESPACE.search(word) for word in words):
            found_problems.append('trigger_words cannot be empty or contain spaces (a trigger word is matched against one word)')
        if byte_length('[%s]' % ' '.join(unique_sorted(words))) > MAX_LIST_BYTES:
            found_problems.append('trigger_words must have at most %d bytes together' % (MAX_LIST_BYTES - 2))
    urls = params['callback_urls']
    if urls is not None:
        if not urls:
            found_problems.append('callback_urls needs at least one URL')
        bad_urls = [url for url in urls if not is_http_url(url)]
        if bad_urls:
            found_problems.append('callback_urls must be http:// or https:// URLs with a host, not %s' % ', '.join(
                repr(url) for url in bad_urls))
        if byte_length('[%s]' % ' '.join(unique_sorted(urls))) > MAX_LIST_BYTES:
            found_problems.append('callback_urls must have at most %d bytes together' % (MAX_LIST_BYTES - 2))
    return found_problems


class Webhook(Resource):
    """An incoming webhook, found by display name in its channel, or an outgoing webhook, found by
    display name in its team; or either by id.

    present: POST /hooks/{kind}, or PUT /hooks/{kind}/{id} with the whole webhook (the server
    replaces it); POST /hooks/outgoing/{id}/regen_token for `regenerate_token`.
    absent: DELETE /hooks/{kind}/{id}.
    """

    name = 'webhook'
    archivable = False

    def __init__(self, module, driver):
        super(Webhook, self).__init__(module, driver)
        self.params = module.params
        self.kind = module.params['kind']
        self.present = module.params['state'] == 'present'
        self.team = None      # the team's id
        self.channel = None   # the channel, when `channel` names one
        self.current = None
        self.others = None    # the other outgoing webhooks of the team, when read
        self.fields = (
            Field('channel', key='channel_id'),
            Field('display_name', key='display_name'),
            Field('description', key='description'),
            Field('username', key='username'),
            Field('icon_url', key='icon_url'),
        )
        if self.kind == INCOMING:
            self.fields += (Field('channel_locked', key='channel_locked', normalise=bool),)
        else:
            self.fields += (
                Field('team', key='team_id'),
                Field('trigger_words', key='trigger_words', normalise=unique_sorted),
                Field('trigger_when', key='trigger_when', normalise=TRIGGER_WHEN.normalise, to_api=TRIGGER_WHEN.to_api),
                Field('callback_urls', key='callback_urls', normalise=unique_sorted),
                Field('content_type', key='content_type', normalise=content_type),
            )

    # Requests

    def request(self, method, *args, **kwargs):
        """Send a request of the webhooks group. (The id of an incoming webhook in its path is left
        out of failure messages by connection.fail_for_error.)"""
        return getattr(self.driver.webhooks, method)(*args, **kwargs)

    def describe(self, hook=None):
        """The webhook in messages: by name and channel or team, never by the id of an incoming webhook."""
        hook = hook or {}
        display_name = hook.get('display_name', self.params['display_name'])
        label = "%s webhook '%s'" % (self.kind, display_name) if display_name else '%s webhook' % self.kind
        if self.kind == INCOMING:
            where = self.params['channel'] or hook.get('channel_id')
            return "%s of channel '%s'" % (label, where) if where else label
        where = self.params['team'] or hook.get('team_id')
        return "%s of team '%s'" % (label, where) if where else label

    # The ensure-state layer

    def given(self):
        given = super(Webhook, self).given()
        given['channel'] = self.channel['id'] if self.channel else self.params['channel']  # '' removes it (outgoing)
        if self.kind == OUTGOING:
            given['team'] = self.team
        if self.current is None and self.kind == OUTGOING:  # what the webhook is created with when not given
            given['trigger_when'] = given['trigger_when'] or 'first_word'
            given['content_type'] = given['content_type'] or FORM
        return given

    def find(self):
        params = self.params
        team_key, channel_key = params['team'], params['channel']
        if channel_key:
            self.channel = find_channel(self, team_key, channel_key, present=self.present,
                                        public_only=self.kind == OUTGOING and self.present)
            self.team = self.channel['team_id']
        elif team_key:
            self.team = find_team(self, team_key, present=self.present)['id']
        if params['id']:
            hook = self.find_by_id(params['id'])
        else:
            hook = self.find_by_key()
        self.current = hook
        return hook

    def find_by_id(self, hook_id):
        self.doing = 'look up the %s webhook given by id' % self.kind
        hook = found(self.request, 'get_%s_hook' % self.kind, hook_id)
        if hook is None:
            if self.present:
                self.module.fail_json(msg='No %s webhook has the id given; leave out id to create one' % self.kind)
            return None
        if self.team and hook['team_id'] != self.team:
            where = "channel '%s'" % self.params['channel'] if self.params['channel'] else "team '%s'" % self.params['team']
            self.module.fail_json(msg="The %s webhook given by id is in another team (id %s) than %s: a webhook cannot move to "
                                      "another team; delete it and create it again there" % (self.kind, hook['team_id'], where))
        return hook

    def find_by_key(self):
        display_name = self.params['display_name']
        self.doing = "look up the %s webhooks of team '%s'" % (self.kind, self.params['team'] or self.team)
        hooks = list(self.driver.client.paginate('/hooks/%s' % self.kind, params={'team_id': self.team}))
        if self.kind == INCOMING:
            matching = [hook for hook in hooks
                        if hook['channel_id'] == self.channel['id'] and hook['display_name'] == display_name]
        else:
            matching = [hook for hook in hooks if hook['display_name'] == display_name]
            self.others = [hook for hook in hooks if hook not in matching]
        if len(matching) > 1:
            if self.kind == INCOMING:  # their ids are secrets: not in the message
                self.module.fail_json(msg="%d incoming webhooks of channel '%s' are named '%s': rename or delete all but one, "
                                          "or give the id of one" % (len(matching), self.params['channel'], display_name))
            self.module.fail_json(msg="%d outgoing webhooks of team '%s' are named '%s' (ids %s): rename or delete all but "
                                      "one, or give the id of one" % (len(matching), self.params['team'], display_name,
                                                                      ', '.join(sorted(hook['id'] for hook in matching))))
        return matching[0] if matching else None

    def prepare(self, changes):
        if self.kind == OUTGOING:
            self.prepare_outgoing(changes)

    def prepare_outgoing(self, changes):
        """The server's rules for the webhook as it would be, checked before anything is written."""
        hook = dict(self.current or {}, **changes.api(changed_only=False))
        if self.current is None and not hook.get('callback_urls'):
            self.module.fail_json(msg='callback_urls is required to create an outgoing webhook')
        if not hook.get('channel_id') and not hook.get('trigger_words'):
            self.module.fail_json(msg='An outgoing webhook needs trigger_words, or a channel (whose every message it sends)')
        if not changes.changed():
            return
        if self.others is None:  # found by id: read the others now, for the check below
            self.doing = "look up the outgoing webhooks of team '%s'" % (self.params['team'] or hook['team_id'])
            self.others = [other for other in self.driver.client.paginate('/hooks/outgoing', params={'team_id': hook['team_id']})
                           if other['id'] != hook.get('id')]
        for other in self.others:
            words = set(other.get('trigger_words') or []) & set(hook.get('trigger_words') or [])
            urls = set(other.get('callback_urls') or []) & set(hook.get('callback_urls') or [])
            if (other.get('channel_id') or '') == (hook.get('channel_id') or '') and words and urls:
                self.module.fail_json(
                    msg="Outgoing webhook '%s' (id %s) of the same %s already sends trigger words %s to %s: the server refuses "
                        "two webhooks that share a channel, a trigger word and a callback URL" % (
                            other['display_name'], other['id'], 'channel' if hook.get('channel_id') else 'team (without channel)',
                            ', '.join(sorted(words)), ', '.join(sorted(urls))))

    def create(self, changes):
        self.doing = 'create %s' % self.describe()
        hook = self.request('create_%s_hook' % self.kind, options=changes.api(changed_only=False))
        warn_when_not_kept(self.module, changes, hook, NOT_KEPT_HINTS)
        return hook

    def update(self, hook, changes):
        self.doing = 'update %s' % self.describe(hook)
        # The server replaces the whole webhook with the request's (the token of an outgoing one too).
        updated = self.request('update_%s_hook' % self.kind, hook['id'], options=dict(hook, **changes.api()))
        warn_when_not_kept(self.module, changes, updated, NOT_KEPT_HINTS)
        return updated

    def regenerate(self, hook):
        self.doing = 'regenerate the token of %s' % self.describe(hook)
        return self.request('regenerate_token_outgoing_hook', hook['id'])

    def delete(self, hook):
        self.doing = 'delete %s' % self.describe(hook)
        self.request('delete_%s_hook' % self.kind, hook['id'])


def main():
    module = mattermost_module(
        dict(
            kind=dict(type='str', required=True, choices=[INCOMING, OUTGOING]),
            team=dict(type='str'),
            channel=dict(type='str'),
            id=dict(type='str', no_log=True),
            display_name=dict(type='str'),
            description=dict(type='str'),
            username=dict(type='str'),
            icon_url=dict(type='str'),
            channel_locked=dict(type='bool'),
            trigger_words=dict(type='list', elements='str'),
            trigger_when=dict(type='str', choices=['first_word', 'start_of_word']),
            callback_urls=dict(type='list', elements='str'),
            content_type=dict(type='str', choices=[FORM, 'application/json']),
            regenerate_token=dict(type='bool', default=False, no_log=False),
            **state_argument_spec(archivable=False)
        ),
        supports_check_mode=True,
    )
    driver = connect(module, problems(module.params))
    resource = Webhook(module, driver)
    result = ensure(module, resource)
    if module.params['regenerate_token']:
        result = rotate_token(module, resource, result)
    hook = result['webhook']
    if resource.kind == INCOMING and hook.get('id'):
        hook['url'] = hook_url(module.params['url'], hook['id'])
    module.exit_json(**result)


if __name__ == '__main__':
    main()
