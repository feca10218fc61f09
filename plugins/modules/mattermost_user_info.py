#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

DOCUMENTATION = r'''
module: mattermost_user_info
short_description: Read Mattermost users and bots
version_added: 0.1.0
description:
  - Read one account (a user or a bot) by its username, e-mail address or id, or a list of accounts with filters.
  - The accounts are the API's user objects without their secrets, with a few short keys added; the module changes nothing.
  - A list is read in pages of up to 200 accounts, the filters applied by the server (but O(bots)), up to O(limit) accounts.
author:
  - chatops.mattermost maintainers (@chatops)
extends_documentation_fragment:
  - chatops.mattermost.connection
  - chatops.mattermost.attributes.info_module
  - ansible.builtin.action_common_attributes
options:
  username:
    description:
      - The username of the account to read. The result has this account only (deactivated or not), or none.
    type: str
  email:
    description:
      - The e-mail address of the account to read.
    type: str
  user_id:
    description:
      - The id of the account to read.
    type: str
  team:
    description:
      - List the members of this team (a name or an id).
      - With O(channel) given by name, the channel's team.
    type: str
  channel:
    description:
      - List the members of this channel, given by its name in O(team) or by its id.
    type: str
  role:
    description:
      - List the accounts with this system role, for example V(system_admin).
    type: str
  active:
    description:
      - List only active accounts (V(true)) or only deactivated ones (V(false)). Without it, both.
    type: bool
  bots:
    description:
      - List only bots (V(true)) or only human accounts (V(false)). Without it, both.
    type: bool
  limit:
    description:
      - The most accounts to list, from 1 to 10000, in the server's order (by username).
      - RV(truncated) tells whether there were more.
    type: int
    default: 200
notes:
  - O(username), O(email) and O(user_id) read one account; the filters (O(team), O(channel), O(role), O(active), O(bots))
    apply to lists and cannot be given with them.
seealso:
  - module: chatops.mattermost.mattermost_user
  - module: chatops.mattermost.mattermost_bot
  - plugin: chatops.mattermost.mattermost
    plugin_type: lookup
'''

EXAMPLES = r'''
- name: Read a user
  chatops.mattermost.mattermost_user_info:
    url: https://chat.example.com
    token: "{{ mattermost_token }}"
    username: alice
  register: alice

- name: Show whether she is active
  ansible.builtin.debug:
    msg: "alice ({{ alice.users[0].id }}) is {{ 'active' if alice.users[0].active else 'deactivated' }}"

- name: Read the people (not the bots) in a channel
  chatops.mattermost.mattermost_user_info:
    url: https://chat.example.com
    token: "{{ mattermost_token }}"
    team: ops
    channel: deployments
    bots: false
  register: deployers

- name: Read the first 500 deactivated accounts
  chatops.mattermost.mattermost_user_info:
    url: https://chat.example.com
    token: "{{ mattermost_token }}"
    active: false
    limit: 500
  register: deactivated

- name: Show the usernames
  ansible.builtin.debug:
    msg: "{{ deployers.users | map(attribute='username') | list }}; {{ deactivated.users | length }} deactivated"
'''

RETURN = r'''
users:
  description:
    - The accounts read as the API returns them (C(id), C(username), C(email), C(first_name), C(last_name), C(nickname),
      C(position), C(roles), C(locale), C(is_bot), C(delete_at), ...), without secrets, with the short keys below added.
    - Empty when O(username), O(email) or O(user_id) names no account.
  returned: success
  type: list
  elements: dict
  contains:
    active:
      description: Whether the account is active (not deactivated).
      type: bool
    system_admin:
      description: Whether the account has the C(system_admin) role.
      type: bool
  sample:
    - id: 3k1ekgs3wjgn3r8dne6ubbd5xe
      username: alice
      email: alice@example.com
      roles: system_user
      is_bot: false
      delete_at: 0
      active: true
      system_admin: false
truncated:
  description: Whether there were more accounts in the filters than O(limit).
  returned: when a list is read
  type: bool
  sample: false
'''

from ansible_collections.chatops.mattermost.plugins.module_utils._connection import mattermost_module, run_task
from ansible_collections.chatops.mattermost.plugins.module_utils._workspace.info import (
    USER_INFO_ARGUMENT_SPEC, USER_INFO_MUTUALLY_EXCLUSIVE, user_info,
)


def main():
    module = mattermost_module(USER_INFO_ARGUMENT_SPEC, mutually_exclusive=USER_INFO_MUTUALLY_EXCLUSIVE, supports_check_mode=True)
    run_task(module, user_info)


if __name__ == '__main__':
    main()
