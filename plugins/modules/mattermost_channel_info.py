#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

DOCUMENTATION = r'''
module: mattermost_channel_info
short_description: Read Mattermost channels
version_added: 0.1.0
description:
  - Read one channel by its team and name, or by its id, or the public and private channels of a team, with their members
    if asked.
  - The channels are the API's channel objects with a few short keys added; the module changes nothing. Direct and group
    message channels are not read.
  - A team's channels are read in pages of 200 (the System Console's channel search, which needs a system admin); with
    O(members=true), one more list per channel, and the members' usernames in bulk.
author:
  - chatops.mattermost maintainers (@chatops)
extends_documentation_fragment:
  - chatops.mattermost.connection
  - chatops.mattermost.attributes.info_module
  - ansible.builtin.action_common_attributes
options:
  team:
    description:
      - The name or id of the team. Required unless O(name) is a channel id.
      - A team that does not exist fails the module.
    type: str
  name:
    description:
      - The name of the channel in O(team), or its id. The result has this channel only (archived or not), or none when
        there is no such channel.
      - Without it, the channels of O(team).
    type: str
  type:
    description:
      - List only the public or the private channels. Applies to lists, not to O(name).
    type: str
    choices: [public, private]
  include_archived:
    description:
      - Also list archived channels. Applies to lists, not to O(name).
    type: bool
    default: false
  search:
    description:
      - List only the channels whose name or display name contains this text, without regard to case.
      - Mutually exclusive with O(name).
    type: str
  members:
    description:
      - Also read the members of each channel into RV(channels[].members) and RV(channels[].admins).
    type: bool
    default: false
seealso:
  - module: chatops.mattermost.mattermost_channel
  - module: chatops.mattermost.mattermost_workspace_info
  - plugin: chatops.mattermost.mattermost
    plugin_type: lookup
'''

EXAMPLES = r'''
- name: Read a channel, with its members
  chatops.mattermost.mattermost_channel_info:
    url: https://chat.example.com
    token: "{{ mattermost_token }}"
    team: ops
    name: deployments
    members: true
  register: deployments

- name: Show who is in it
  ansible.builtin.debug:
    msg: "{{ deployments.channels[0].id }}: {{ deployments.channels[0].members | join(', ') }}"

- name: Read the private channels of a team, archived ones too
  chatops.mattermost.mattermost_channel_info:
    url: https://chat.example.com
    token: "{{ mattermost_token }}"
    team: ops
    type: private
    include_archived: true
  register: private_channels

- name: Show their names
  ansible.builtin.debug:
    msg: "{{ private_channels.channels | map(attribute='name') | list }}"
'''

RETURN = r'''
channels:
  description:
    - The channels read, sorted by name, as the API returns them (C(id), C(team_id), C(name), C(display_name), C(type),
      C(purpose), C(header), C(delete_at), ...), with the short keys below added.
    - Empty when O(name) names no channel.
  returned: success
  type: list
  elements: dict
  contains:
    archived:
      description: Whether the channel is archived (its C(delete_at) is set).
      type: bool
    type_name:
      description: The channel's C(type) as M(chatops.mattermost.mattermost_channel) names it, V(public) or V(private).
      type: str
    team_name:
      description: The name of the channel's team.
      type: str
    members:
      description: The usernames of the members, sorted, admins and bots included.
      returned: with O(members=true)
      type: list
      elements: str
    admins:
      description: The usernames of the channel admins, sorted.
      returned: with O(members=true)
      type: list
      elements: str
  sample:
    - id: 4xp9fdt77pncbef59f4k1qe83o
      team_id: 9dm7xoyemtbm8qayebt3cbxjuh
      team_name: ops
      name: deployments
      display_name: Deployments
      type: O
      type_name: public
      archived: false
      delete_at: 0
      members: [alice, bob]
      admins: []
'''

from ansible_collections.chatops.mattermost.plugins.module_utils._connection import mattermost_module, run_task
from ansible_collections.chatops.mattermost.plugins.module_utils._workspace.info import CHANNEL_INFO_ARGUMENT_SPEC, channel_info


def main():
    module = mattermost_module(CHANNEL_INFO_ARGUMENT_SPEC, mutually_exclusive=[('name', 'search')], supports_check_mode=True)
    run_task(module, channel_info)


if __name__ == '__main__':
    main()
