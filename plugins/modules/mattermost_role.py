#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

DOCUMENTATION = r'''
module: mattermost_role
short_description: Manage the permissions of a Mattermost role
version_added: 0.1.0
description:
  - Add permissions to a role of a Mattermost server, remove them, or make them exactly a list, for example what every user may
    do (V(system_user)), what every team member may do (V(team_user)) or what team admins may do (V(team_admin)).
  - The role is found by its name. Roles are made by the server (and by permission schemes); this module does not create or
    delete roles.
  - The permission names are those of the server; a name it does not have fails the task before anything is written, with
    the nearest valid names. The valid names are the permissions of the role V(system_admin), which has every permission, and
    those the role has.
  - The user of the task needs the permission to manage the system's roles (a system admin).
author:
  - chatops.mattermost maintainers (@chatops)
extends_documentation_fragment:
  - chatops.mattermost.connection
  - ansible.builtin.action_common_attributes
  - chatops.mattermost.attributes
attributes:
  diff_mode:
    details: The diff has the role's permissions before and after, one a line.
options:
  name:
    description:
      - The role's name, such as V(system_user), V(system_user_manager), V(team_user), V(team_admin), V(channel_user) or
        V(channel_admin).
    type: str
    required: true
  permissions:
    description:
      - Permission names, such as V(create_team), V(manage_public_channel_properties) or V(create_post).
      - With O(state=present), the role gets those it does not have; with O(state=absent), it loses those it has.
      - The server does not let C(manage_system), C(manage_roles), C(sysconsole_read_user_management_system_roles) and
        C(sysconsole_write_user_management_system_roles) change; adding or removing them fails the task before anything is
        written.
      - A permission given to a role of another scope (a team permission to a channel role) is stored by the server but has
        no effect.
    type: list
    elements: str
    required: true
  permissions_exclusive:
    description:
      - With V(true) and O(state=present), the role's permissions become exactly O(permissions), and those not listed are removed.
        An empty O(permissions) then removes every permission.
    type: bool
    default: false
  state:
    description:
      - V(present) gives the role the permissions of O(permissions); V(absent) takes them away.
      - The role itself stays.
    type: str
    choices: [present, absent]
    default: present
notes:
  - The permissions are for the whole server. Mattermost Team Edition (without a licence) refuses to change the guest roles
    (V(system_guest), V(team_guest), V(channel_guest)); the task then fails with the server's message and request id.
    Permission schemes, which give teams and channels roles of their own, need a licence too and are not managed by this module.
  - This is the way of the collection for lists inside an object (O(permissions_exclusive) as C(members_exclusive) of
    M(chatops.mattermost.mattermost_team)), with O(state) for the listed items as in C(community.postgresql.postgresql_privs).
seealso:
  - module: chatops.mattermost.mattermost_config
  - name: Roles in the Mattermost API reference
    description: The API requests this module sends.
    link: https://developers.mattermost.com/api-documentation/#/tags/roles
  - name: Permissions in Mattermost
    description: What the roles are and what each permission allows.
    link: https://docs.mattermost.com/onboard/advanced-permissions.html
'''

EXAMPLES = r'''
- name: Only system admins may create teams
  chatops.mattermost.mattermost_role:
    url: https://chat.example.com
    token: "{{ mattermost_token }}"
    name: system_user
    permissions: [create_team]
    state: absent

- name: Team members may manage the channels' properties
  chatops.mattermost.mattermost_role:
    url: https://chat.example.com
    token: "{{ mattermost_token }}"
    name: team_user
    permissions:
      - manage_public_channel_properties
      - manage_private_channel_properties

- name: Make the permissions of channel admins exactly these
  chatops.mattermost.mattermost_role:
    url: https://chat.example.com
    token: "{{ mattermost_token }}"
    name: channel_admin
    permissions: "{{ channel_admin_permissions }}"
    permissions_exclusive: true
'''

RETURN = r'''
role:
  description: The role as the API returns it, after the change (in check mode, as it would be).
  returned: success
  type: dict
  sample:
    id: zaitaosjz7gkjkfyiebhdpy8tw
    name: team_user
    display_name: authentication.roles.team_user.name
    permissions: [join_public_channels, list_team_channels, view_team]
    scheme_managed: true
    built_in: true
permissions_added:
  description: The permissions the role got (in check mode, would get), sorted.
  returned: success
  type: list
  elements: str
  sample: [manage_public_channel_properties]
permissions_removed:
  description: The permissions the role lost (in check mode, would lose), sorted.
  returned: success
  type: list
  elements: str
  sample: []
diff:
  description: The role's permissions before and after, sorted.
  returned: in diff mode
  type: dict
  sample:
    before: {permissions: [create_team, view_team]}
    after: {permissions: [view_team]}
'''

from ansible_collections.chatops.mattermost.plugins.module_utils._connection import mattermost_module, run_task
from ansible_collections.chatops.mattermost.plugins.module_utils._kinds.role import ROLE_ARGUMENT_SPEC, ensure_role


def main():
    module = mattermost_module(ROLE_ARGUMENT_SPEC, supports_check_mode=True)
    run_task(module, ensure_role)


if __name__ == '__main__':
    main()
