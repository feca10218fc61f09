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
  - chatops.mattermost.attributes
attributes:
  diff_mode:
    details: Tokens and the ids of incoming webhooks are never shown; the channel and team are shown by id.
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

from ansible_collections.chatops.mattermost.plugins.module_utils._connection import mattermost_module, run_resource
from ansible_collections.chatops.mattermost.plugins.module_utils._kinds.webhook import Webhook


def main():
    module = mattermost_module(Webhook.argument_spec, supports_check_mode=True)
    run_resource(module, Webhook)


if __name__ == '__main__':
    main()
