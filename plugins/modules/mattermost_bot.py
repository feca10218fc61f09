#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

DOCUMENTATION = r'''
module: mattermost_bot
short_description: Manage a Mattermost bot account
version_added: 0.1.0
description:
  - Create, update, disable, enable or delete a bot account of a Mattermost server, found by its username.
  - Manage its owner, its system roles, and the teams and channels it is a member of.
  - Only the options given are compared with the server's bot; the others are left as they are.
  - Give the bot a token with M(chatops.mattermost.mattermost_access_token).
author:
  - chatops.mattermost maintainers (@chatops)
extends_documentation_fragment:
  - chatops.mattermost.connection
  - ansible.builtin.action_common_attributes
  - chatops.mattermost.attributes
  - chatops.mattermost.account_memberships
options:
  username:
    description:
      - The bot's username. It identifies the bot.
      - 1 to 64 lowercase letters, digits, dots, hyphens and underscores, and not C(all), C(channel), C(matterbot) or C(system)
        (the server's rules, checked before any request). Capitals are lowercased, as the server does.
      - A user account (not a bot) with this username fails the task.
    type: str
    required: true
  display_name:
    description:
      - The name shown for the bot, up to 64 characters.
    type: str
  description:
    description:
      - What the bot is for, up to 1024 characters.
    type: str
  owner:
    description:
      - The username of the user who owns the bot (and may manage it with the C(manage_bots) permission).
      - When the bot is created without it, the user running the task. Changing it needs the C(assign_bot) permission.
      - A bot made by a plugin is owned by the plugin; its id is what O(owner) is compared with.
    type: str
  roles:
    description:
      - All the system roles of the bot's user, such as V(system_post_all) (may post in any channel, without being a member)
        or V(system_post_all_public) (in any public channel).
      - V(system_user) is added when it is not listed; O(roles=[]) leaves the bot only V(system_user).
      - Compared without regard to order.
      - Setting roles needs a system admin; a bot is only created with roles when the user running the task is one
        (checked before the bot is created).
    type: list
    elements: str
  state:
    description:
      - V(present) creates the bot, or enables it (with the same id) when it is disabled, and updates it.
      - V(absent) disables the bot, so that it can no longer post or use its tokens; it can be enabled again.
        With O(permanent=true) it deletes the bot and its user for good.
    type: str
    choices: [present, absent]
    default: present
  permanent:
    description:
      - With O(state=absent), delete the bot for good instead of disabling it. The bot API cannot; a bot is a user, and this
        deletes the user with C(DELETE /users/{id}?permanent=true), which deletes its bot record, tokens and webhooks too.
      - The server must allow it (C(ServiceSettings.EnableAPIUserDeletion)).
    type: bool
    default: false
notes:
  - The server must allow bot accounts (C(ServiceSettings.EnableBotAccountCreation)) to create one.
seealso:
  - module: chatops.mattermost.mattermost_access_token
  - module: chatops.mattermost.mattermost_user
  - name: Bots in the Mattermost API reference
    description: The API requests this module sends.
    link: https://developers.mattermost.com/api-documentation/#/tags/bots
'''

EXAMPLES = r'''
- name: Make sure the deploy bot exists and may post in the ops channels
  chatops.mattermost.mattermost_bot:
    url: https://chat.example.com
    token: "{{ mattermost_token }}"
    username: deploy-bot
    display_name: Deploy bot
    description: Posts when a deployment starts and ends
    owner: alice
    channels:
      - ops/deployments
      - team: ops
        name: incidents

- name: Let the alerting bot post in any public channel
  chatops.mattermost.mattermost_bot:
    url: https://chat.example.com
    token: "{{ mattermost_token }}"
    username: alerts
    roles: [system_post_all_public]

- name: Keep the deploy bot in exactly these channels (and their teams)
  chatops.mattermost.mattermost_bot:
    url: https://chat.example.com
    token: "{{ mattermost_token }}"
    username: deploy-bot
    teams: []
    teams_exclusive: true
    channels: [ops/deployments, ops/town-square]
    channels_exclusive: true

- name: Disable a bot no one uses any more
  chatops.mattermost.mattermost_bot:
    url: https://chat.example.com
    token: "{{ mattermost_token }}"
    username: old-bot
    state: absent
'''

RETURN = r'''
bot:
  description:
    - The bot as the API returns it, after the changes (in check mode, as it would be).
    - Empty when there is no bot (any more).
  returned: success
  type: dict
  sample:
    user_id: 6iumg1ddf7fs5bxcbb4h5pz5rw
    username: deploy-bot
    display_name: Deploy bot
    description: Posts when a deployment starts and ends
    owner_id: 8s1fh3e7xbyj3yq3tqe4ucz5ny
    create_at: 1767600000000
    update_at: 1767600000000
    delete_at: 0
diff:
  description:
    - The compared options before and after, and the bot's state (V(present), V(disabled) or V(absent)).
    - The owner is shown by username.
  returned: in diff mode
  type: dict
  sample:
    before: {state: disabled, username: deploy-bot, channels: [ops/deployments]}
    after: {state: present, username: deploy-bot, channels: [ops/deployments, ops/incidents]}
'''

from ansible_collections.chatops.mattermost.plugins.module_utils._connection import mattermost_module, run_resource
from ansible_collections.chatops.mattermost.plugins.module_utils._kinds.bot import Bot


def main():
    module = mattermost_module(Bot.argument_spec, supports_check_mode=True)
    run_resource(module, Bot)


if __name__ == '__main__':
    main()
