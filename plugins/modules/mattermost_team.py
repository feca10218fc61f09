#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

DOCUMENTATION = r'''
module: mattermost_team
short_description: Manage a Mattermost team and its members
version_added: 0.1.0
description:
  - Create, update, archive, restore or delete a team of a Mattermost server, found by its name.
  - Manage its members and team admins by username.
  - Only the options given are compared with the server's team; the others are left as they are.
author:
  - chatops.mattermost maintainers (@chatops)
extends_documentation_fragment:
  - chatops.mattermost.connection
  - ansible.builtin.action_common_attributes
  - chatops.mattermost.attributes
  - chatops.mattermost.members
options:
  name:
    description:
      - The team's name, its handle in URLs. It identifies the team.
      - The server's rules are checked before any request, with O(state=present) all of them
        (2 to 64 lowercase letters, digits and hyphens, starting and ending with a letter or digit, and
        not starting with a reserved word such as C(admin), C(api), C(channel), C(help), C(login), C(post) or C(signup)),
        with O(state=absent) only the characters and the length, so that a team named before a word was reserved can be archived.
    type: str
    required: true
  display_name:
    description:
      - The name shown to people, 1 to 64 characters.
      - When the team is created without it, its O(name).
    type: str
  description:
    description:
      - The team's description, up to 255 bytes.
    type: str
  type:
    description:
      - V(open) lets any user of the server join; V(invite) only the users invited.
      - When the team is created without it, V(open).
      - Changing it also sets the team's C(allow_open_invite) as the server does (true for V(open), false for V(invite)),
        unless O(allow_open_invite) is given.
    type: str
    choices: [open, invite]
  company_name:
    description:
      - The company name of the team, up to 64 bytes.
    type: str
  allowed_domains:
    description:
      - Only users whose e-mail address is in one of these domains can join the team. An empty list allows every domain.
      - Compared without regard to order or case.
    type: list
    elements: str
  allow_open_invite:
    description:
      - Whether users can join the team with its invite link.
    type: bool
  state:
    description:
      - V(present) creates the team, or restores it (with the same id) when it is archived, and updates it.
      - V(absent) archives the team; with O(permanent=true) it deletes it for good.
    type: str
    choices: [present, absent]
    default: present
  permanent:
    description:
      - With O(state=absent), delete the team and everything in it for good instead of archiving it.
        The server must allow it (C(ServiceSettings.EnableAPITeamDeletion)).
    type: bool
    default: false
seealso:
  - module: chatops.mattermost.mattermost_channel
  - name: Teams in the Mattermost API reference
    description: The API requests this module sends.
    link: https://developers.mattermost.com/api-documentation/#/tags/teams
'''

EXAMPLES = r'''
- name: Make sure the ops team exists, invite only
  chatops.mattermost.mattermost_team:
    url: https://chat.example.com
    token: "{{ mattermost_token }}"
    name: ops
    display_name: Operations
    description: Everything about keeping the lights on
    type: invite
    allowed_domains:
      - example.com
    members:
      - alice
      - bob
    admins:
      - carol

- name: Give the connection once for the whole play
  module_defaults:
    group/chatops.mattermost.mattermost:
      url: https://chat.example.com
      token: "{{ mattermost_token }}"
  block:
    - name: Make the team's members exactly these (the task's own user stays)
      chatops.mattermost.mattermost_team:
        name: ops
        members: [alice, bob, dave]
        admins: [carol]
        members_exclusive: true

    - name: Archive a team
      chatops.mattermost.mattermost_team:
        name: old-project
        state: absent
'''

RETURN = r'''
team:
  description:
    - The team as the API returns it, after the changes (in check mode, as it would be).
    - Empty when there is no team (any more).
  returned: success
  type: dict
  sample:
    id: 4xp9fdt77pncbef59f4k1qe83o
    name: ops
    display_name: Operations
    description: Everything about keeping the lights on
    type: I
    company_name: ""
    allowed_domains: example.com
    allow_open_invite: false
    create_at: 1767600000000
    update_at: 1767600000000
    delete_at: 0
diff:
  description: The compared options before and after, and the team's state (V(present), V(archived) or V(absent)).
  returned: in diff mode
  type: dict
  sample:
    before: {state: present, display_name: Ops}
    after: {state: present, display_name: Operations}
'''

from ansible_collections.chatops.mattermost.plugins.module_utils._connection import mattermost_module, run_resource
from ansible_collections.chatops.mattermost.plugins.module_utils._kinds.team import Team


def main():
    module = mattermost_module(Team.argument_spec, supports_check_mode=True)
    run_resource(module, Team)


if __name__ == '__main__':
    main()
