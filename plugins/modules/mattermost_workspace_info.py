#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

DOCUMENTATION = r'''
module: mattermost_workspace_info
short_description: Read a Mattermost server's teams, channels, members, users and bots as code
version_added: 0.1.0
description:
  - Read the users, bots, teams, channels and memberships of a Mattermost server, in bulk (list requests, a page of 200
    objects each, and the member lists of the channels several at once), in the shape that
    M(chatops.mattermost.mattermost_workspace) takes. Written to a vars file, it is the start of managing an existing
    server as code.
  - Each item's keys are the options of the module of its kind (M(chatops.mattermost.mattermost_user),
    M(chatops.mattermost.mattermost_bot), M(chatops.mattermost.mattermost_team), M(chatops.mattermost.mattermost_channel));
    empty texts and lists are left out. Direct and group message channels are not read.
  - The number of requests grows with the number of teams and channels, not with the number of users or memberships
    (up to 200 members of a team or channel are one request).
  - Needs a system admin (listing every team and channel takes the C(manage_system) permission).
author:
  - chatops.mattermost maintainers (@chatops)
extends_documentation_fragment:
  - chatops.mattermost.connection
  - ansible.builtin.action_common_attributes
attributes:
  check_mode:
    support: full
    details: The module only reads; it runs the same in check mode.
  diff_mode:
    support: none
    details: The module changes nothing.
  platform:
    platforms: all
options:
  teams:
    description:
      - Names of the teams to read. Without it, every team.
      - With it, RV(workspace.users) and RV(workspace.bots) are the users and bots that are members of these teams.
    type: list
    elements: str
  kinds:
    description:
      - What to read. V(channels) and V(members) are listed inside their teams, so they need V(teams).
      - Without V(members), teams and channels have no C(members) and C(admins).
    type: list
    elements: str
    choices: [users, bots, teams, channels, members]
    default: [users, bots, teams, channels, members]
  include_archived:
    description:
      - Also read archived teams and channels, deactivated users and disabled bots; they have C(state=absent).
      - Memberships list every member whatever this says, deactivated users included (the server keeps their memberships).
    type: bool
    default: false
seealso:
  - module: chatops.mattermost.mattermost_team
  - module: chatops.mattermost.mattermost_channel
  - module: chatops.mattermost.mattermost_user
  - module: chatops.mattermost.mattermost_bot
  - name: Mattermost as code
    description: The guide to the workspace shape, and to adopting an existing server (docs/workspace.md of the collection).
    link: https://github.com/chatops/mattermost/blob/main/docs/workspace.md
'''

EXAMPLES = r'''
- name: Read the whole server
  chatops.mattermost.mattermost_workspace_info:
    url: https://chat.example.com
    token: "{{ mattermost_token }}"
  register: server

- name: Write it to a vars file, to manage the server as code from now on
  ansible.builtin.copy:
    content: "{{ server.workspace | to_nice_yaml(indent=2, sort_keys=false) }}"
    dest: group_vars/all/mattermost_workspace.yml
    mode: "0644"

- name: Read two teams with their archived channels, and the users and bots in them
  chatops.mattermost.mattermost_workspace_info:
    url: https://chat.example.com
    token: "{{ mattermost_token }}"
    teams: [platform, support]
    include_archived: true
  register: two_teams

- name: Read the teams and channels only, without members
  chatops.mattermost.mattermost_workspace_info:
    url: https://chat.example.com
    token: "{{ mattermost_token }}"
    kinds: [teams, channels]
  register: layout

- name: Show how many channels each team has
  ansible.builtin.debug:
    msg: "{{ item.name }}: {{ item.channels | length }} channels"
  loop: "{{ layout.workspace.teams }}"
  loop_control:
    label: "{{ item.name }}"
'''

RETURN = r'''
workspace:
  description:
    - What was read, sorted by name; only the keys of the O(kinds) read.
    - Each item has the option names of its module; C(state=absent) marks archived teams and channels, deactivated
      users and disabled bots (with O(include_archived=true)).
  returned: success
  type: dict
  contains:
    users:
      description:
        - Human accounts, with the options of M(chatops.mattermost.mattermost_user) (C(username), C(email),
          C(first_name), C(last_name), C(nickname), C(position), C(locale), C(auth_service), C(auth_data), C(roles), C(state)).
        - C(roles) is always there, a sorted list. C(auth_service) is left out for V(email).
      returned: when O(kinds) has V(users)
      type: list
      elements: dict
      sample:
        - {username: alice, email: alice@example.com, first_name: Alice, locale: en, roles: [system_user]}
    bots:
      description:
        - Bots, with the options of M(chatops.mattermost.mattermost_bot) (C(username), C(display_name), C(description),
          C(owner), C(roles), C(state)).
        - C(owner) is left out when the bot is owned by a plugin.
      returned: when O(kinds) has V(bots)
      type: list
      elements: dict
      sample:
        - {username: deploy-bot, display_name: Deploy, owner: alice, roles: [system_post_all, system_user]}
    teams:
      description:
        - Teams, with the options of M(chatops.mattermost.mattermost_team) (C(name), C(display_name), C(type),
          C(description), C(company_name), C(allowed_domains), C(allow_open_invite), C(members), C(admins), C(state)),
          and their C(channels).
        - C(members) are sorted usernames, admins and bots included; C(admins) the team admins.
        - C(channels) are the team's public and private channels, with the options of M(chatops.mattermost.mattermost_channel)
          but C(team) (C(name), C(display_name), C(type), C(purpose), C(header), C(members), C(admins), C(state)).
      returned: when O(kinds) has V(teams)
      type: list
      elements: dict
      sample:
        - name: platform
          display_name: Platform
          type: invite
          allow_open_invite: false
          members: [alice, bob, deploy-bot]
          admins: [alice]
          channels:
            - {name: deploys, display_name: Deploys, type: public, members: [alice, deploy-bot], admins: []}
counts:
  description: How many teams, channels, users, bots and memberships (of teams and of channels together) were read.
  returned: success
  type: dict
  sample: {teams: 1, channels: 3, users: 2, bots: 1, memberships: 8}
'''

from ansible_collections.chatops.mattermost.plugins.module_utils._connection import mattermost_module, run_task
from ansible_collections.chatops.mattermost.plugins.module_utils._workspace.info import WORKSPACE_INFO_ARGUMENT_SPEC, workspace_info


def main():
    module = mattermost_module(WORKSPACE_INFO_ARGUMENT_SPEC, supports_check_mode=True)
    run_task(module, workspace_info)


if __name__ == '__main__':
    main()
