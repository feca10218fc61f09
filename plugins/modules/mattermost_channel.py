#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

DOCUMENTATION = r'''
module: mattermost_channel
short_description: Manage a Mattermost channel and its members
version_added: 0.1.0
description:
  - Create, update, archive, restore, delete or move a public or private channel of a Mattermost team.
  - Manage its members and channel admins by username.
  - A channel is found by its name within its team (archived channels included), or by O(id).
  - Only the options given are compared with the server's channel; the others are left as they are.
author:
  - chatops.mattermost maintainers (@chatops)
extends_documentation_fragment:
  - chatops.mattermost.connection
  - ansible.builtin.action_common_attributes
  - chatops.mattermost.attributes
  - chatops.mattermost.members
options:
  team:
    description:
      - The name or the id of the team the channel is in.
    type: str
    required: true
  name:
    description:
      - The channel's name, its handle in URLs. With O(team), it identifies the channel.
      - 1 to 64 lowercase letters, digits, hyphens and underscores, starting with a letter or a digit (the server's rules,
        checked before any request).
      - With O(id), the name the channel must have (it is renamed if needed).
    type: str
    required: true
  id:
    description:
      - The id of the channel, to find it by id rather than by name in O(team).
      - Needed to rename a channel, or to move it to O(team) from another team with O(move=true).
    type: str
  display_name:
    description:
      - The name shown to people, up to 64 characters.
      - When the channel is created without it, its O(name).
    type: str
  type:
    description:
      - V(public) channels can be found and joined by every member of the team; V(private) ones only by invitation.
      - Changing it converts the channel, keeping its members and messages.
      - When the channel is created without it, V(public).
    type: str
    choices: [public, private]
  purpose:
    description:
      - The channel's purpose, up to 250 characters.
    type: str
  header:
    description:
      - The channel's header (Markdown), up to 1024 characters.
    type: str
  move:
    description:
      - When the channel given by O(id) is in another team than O(team), move it to O(team) (this needs the C(manage_system)
        permission, and every member of the channel must be a member of O(team)).
      - Without it, such a channel fails the task and nothing is changed.
    type: bool
    default: false
  state:
    description:
      - V(present) creates the channel, or restores it (with the same id) when it is archived, and updates it.
      - V(absent) archives the channel; with O(permanent=true) it deletes it for good.
    type: str
    choices: [present, absent]
    default: present
  permanent:
    description:
      - With O(state=absent), delete the channel and its messages for good instead of archiving it.
        The server must allow it (C(ServiceSettings.EnableAPIChannelDeletion)).
    type: bool
    default: false
seealso:
  - module: chatops.mattermost.mattermost_team
  - name: Channels in the Mattermost API reference
    description: The API requests this module sends.
    link: https://developers.mattermost.com/api-documentation/#/tags/channels
'''

EXAMPLES = r'''
- name: Make sure the incidents channel exists, private, with these members
  chatops.mattermost.mattermost_channel:
    url: https://chat.example.com
    token: "{{ mattermost_token }}"
    team: ops
    name: incidents
    display_name: Incidents
    type: private
    purpose: One thread per incident
    members: [alice, bob]
    admins: [carol]

- name: Rename a channel found by its id
  chatops.mattermost.mattermost_channel:
    url: https://chat.example.com
    token: "{{ mattermost_token }}"
    team: ops
    id: "{{ channel_id }}"
    name: incidents-2026

- name: Move a channel from another team to ops
  chatops.mattermost.mattermost_channel:
    url: https://chat.example.com
    token: "{{ mattermost_token }}"
    team: ops
    id: "{{ dev_channel_id }}"
    name: postmortems
    move: true

- name: Archive a channel
  chatops.mattermost.mattermost_channel:
    url: https://chat.example.com
    token: "{{ mattermost_token }}"
    team: ops
    name: old-stuff
    state: absent
'''

RETURN = r'''
channel:
  description:
    - The channel as the API returns it, after the changes (in check mode, as it would be).
    - Empty when there is no channel (any more).
  returned: success
  type: dict
  sample:
    id: 9b1qzxbgxbr5dyqnpmsd3tkayw
    team_id: 4xp9fdt77pncbef59f4k1qe83o
    name: incidents
    display_name: Incidents
    type: P
    purpose: One thread per incident
    header: ""
    create_at: 1767600000000
    update_at: 1767600000000
    delete_at: 0
diff:
  description:
    - The compared options before and after, and the channel's state (V(present), V(archived) or V(absent)).
    - The team is shown by id.
  returned: in diff mode
  type: dict
  sample:
    before: {state: present, type: public}
    after: {state: present, type: private}
'''

from ansible_collections.chatops.mattermost.plugins.module_utils._connection import mattermost_module, run_resource
from ansible_collections.chatops.mattermost.plugins.module_utils._kinds.channel import Channel


def main():
    module = mattermost_module(Channel.argument_spec, supports_check_mode=True)
    run_resource(module, Channel)


if __name__ == '__main__':
    main()
