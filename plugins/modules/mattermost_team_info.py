#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

DOCUMENTATION = r'''
module: mattermost_team_info
short_description: Read Mattermost teams
version_added: 0.1.0
description:
  - Read one team by its name or id, or the teams the user running the task can see, with their members if asked.
  - The teams are the API's team objects with a few short keys added; the module changes nothing.
  - A list is read in pages of 200 teams; with O(members=true), one more list per team, and the members' usernames in bulk.
author:
  - chatops.mattermost maintainers (@chatops)
extends_documentation_fragment:
  - chatops.mattermost.connection
  - chatops.mattermost.attributes.info_module
  - ansible.builtin.action_common_attributes
options:
  name:
    description:
      - The name or id of the team to read. The result has this team only (archived or not), or none when there is no such team.
      - Without it, every team the user can see (a system admin sees every team, others the open ones and their own).
    type: str
  include_archived:
    description:
      - Also list archived teams (only a system admin sees them). Applies to lists, not to O(name).
    type: bool
    default: false
  search:
    description:
      - List only the teams whose name or display name contains this text, without regard to case.
      - Mutually exclusive with O(name).
    type: str
  members:
    description:
      - Also read the members of each team into RV(teams[].members) and RV(teams[].admins).
    type: bool
    default: false
seealso:
  - module: chatops.mattermost.mattermost_team
  - module: chatops.mattermost.mattermost_workspace_info
'''

EXAMPLES = r'''
- name: Read a team
  chatops.mattermost.mattermost_team_info:
    url: https://chat.example.com
    token: "{{ mattermost_token }}"
    name: ops
  register: ops

- name: Show its id
  ansible.builtin.debug:
    msg: "The ops team is {{ ops.teams[0].id }}"

- name: Read every team with "o" in its name, archived ones too, with their members
  chatops.mattermost.mattermost_team_info:
    url: https://chat.example.com
    token: "{{ mattermost_token }}"
    search: o
    include_archived: true
    members: true
  register: teams

- name: Show the admins of each team
  ansible.builtin.debug:
    msg: "{{ item.name }}: {{ item.admins | join(', ') }}"
  loop: "{{ teams.teams }}"
  loop_control:
    label: "{{ item.name }}"
'''

RETURN = r'''
teams:
  description:
    - The teams read, sorted by name, as the API returns them (C(id), C(name), C(display_name), C(type), C(description),
      C(allowed_domains), C(allow_open_invite), C(delete_at), ...), with the short keys below added.
    - Empty when O(name) names no team.
  returned: success
  type: list
  elements: dict
  contains:
    archived:
      description: Whether the team is archived (its C(delete_at) is set).
      type: bool
    type_name:
      description: The team's C(type) as M(chatops.mattermost.mattermost_team) names it, V(open) or V(invite).
      type: str
    members:
      description: The usernames of the members, sorted, admins and bots included.
      returned: with O(members=true)
      type: list
      elements: str
    admins:
      description: The usernames of the team admins, sorted.
      returned: with O(members=true)
      type: list
      elements: str
  sample:
    - id: 9dm7xoyemtbm8qayebt3cbxjuh
      name: ops
      display_name: Ops
      type: O
      type_name: open
      archived: false
      delete_at: 0
      members: [alice, bob]
      admins: [alice]
'''

from ansible_collections.chatops.mattermost.plugins.module_utils._connection import mattermost_module, run_task
from ansible_collections.chatops.mattermost.plugins.module_utils._workspace.info import TEAM_INFO_ARGUMENT_SPEC, team_info


def main():
    module = mattermost_module(TEAM_INFO_ARGUMENT_SPEC, mutually_exclusive=[('name', 'search')], supports_check_mode=True)
    run_task(module, team_info)


if __name__ == '__main__':
    main()
