#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

DOCUMENTATION = r'''
module: mattermost_user
short_description: Manage a Mattermost user account
version_added: 0.1.0
description:
  - Create, update, deactivate, reactivate or delete a user account of a Mattermost server, found by its username.
  - Manage its system roles and the teams and channels it is a member of.
  - Only the options given are compared with the server's user; the others are left as they are.
  - Bot accounts are managed with M(chatops.mattermost.mattermost_bot); this module refuses them.
author:
  - chatops.mattermost maintainers (@chatops)
extends_documentation_fragment:
  - chatops.mattermost.connection
  - ansible.builtin.action_common_attributes
  - chatops.mattermost.attributes
  - chatops.mattermost.account_memberships
attributes:
  diff_mode:
    details: The password is never shown; when the task sets it, the diff shows C(password) as V((not shown)).
options:
  username:
    description:
      - The user's username. It identifies the user.
      - 1 to 64 lowercase letters, digits, dots, hyphens and underscores, and not C(all), C(channel), C(matterbot) or C(system)
        (the server's rules, checked before any request). Capitals are lowercased, as the server does.
    type: str
    required: true
  email:
    description:
      - The user's e-mail address, up to 128 characters. Compared without regard to case; the server keeps it lowercase.
      - Required to create a user.
    type: str
  password:
    description:
      - The user's password, for O(auth_service=email) users. Set when the user is created, and with O(update_password=always)
        on every run.
      - Required to create a user that logs in with e-mail and password. The server's password rules apply (at least
        C(PasswordSettings.MinimumLength) and at most 72 bytes, and the configured character classes).
      - Never returned, logged or shown in a diff.
      - Not to be confused with O(login_password), the password of O(login_id), the account the task logs in with.
    type: str
  update_password:
    description:
      - V(on_create) sets O(password) only when the user is created (not when a deactivated user is reactivated), so
        that the user can change it afterwards.
      - V(always) sets it on every run. The server keeps only a hash of the password and cannot tell whether the given one is
        the current one without logging in as the user (which would create a session and count failed logins), so with
        V(always) every run sends the password and reports a change. Use it to reset or rotate a password, not in a play
        meant to report no change.
      - The password of the user running the task cannot be set (the server asks for its current password).
    type: str
    choices: [on_create, always]
    default: on_create
  first_name:
    description:
      - The user's first name, up to 64 characters.
    type: str
  last_name:
    description:
      - The user's last name, up to 64 characters.
    type: str
  nickname:
    description:
      - The user's nickname, up to 64 characters.
    type: str
  position:
    description:
      - The user's position (job title), up to 128 characters.
    type: str
  locale:
    description:
      - The language of the user's interface, such as V(en), V(de) or V(pt-BR) (up to 5 characters).
      - When the user is created without it, the server's default (V(en)).
    type: str
  auth_service:
    description:
      - How the user logs in. V(email) is e-mail (or username) and password; the others are an LDAP directory or a single
        sign-on service configured on the server, which identifies the user by O(auth_data).
      - When the user is created without it, V(email).
      - Creating a user with another service than V(email), or changing it, needs a system admin.
        An admin cannot switch a user back to V(email) through the API (the user can, in the security settings of the
        profile); the task fails instead.
    type: str
    choices: [email, gitlab, google, ldap, office365, openid, saml]
  auth_data:
    description:
      - The user's id in O(auth_service), such as the LDAP ID attribute or the GitLab user id, up to 128 characters.
      - Required with an O(auth_service) other than V(email), and not allowed with V(email).
    type: str
  system_admin:
    description:
      - Whether the user is a system admin (has the C(system_admin) role). The user's other system roles are kept.
      - Mutually exclusive with O(roles).
      - The user running the task does not remove its own C(system_admin) role (with O(system_admin) or O(roles)); the task fails instead.
    type: bool
  roles:
    description:
      - All the system roles of the user, such as V(system_user), V(system_admin), V(system_user_access_token)
        (may create personal access tokens) or V(system_post_all) (may post in any channel).
      - V(system_user) is added when neither V(system_user) nor V(system_guest) is listed.
      - Compared without regard to order. Mutually exclusive with O(system_admin).
    type: list
    elements: str
  state:
    description:
      - V(present) creates the user, or reactivates it (with the same id) when it is deactivated, and updates it.
      - V(absent) deactivates the user; it can no longer log in, its sessions and tokens stop working, and its messages stay.
        With O(permanent=true) it deletes the user and its data for good.
      - The user running the task cannot be deactivated or deleted by it.
    type: str
    choices: [present, absent]
    default: present
  permanent:
    description:
      - With O(state=absent), delete the user for good instead of deactivating it.
        The server must allow it (C(ServiceSettings.EnableAPIUserDeletion)).
    type: bool
    default: false
notes:
  - >-
    Creating a user needs a system admin, or a server that lets anyone sign up (C(TeamSettings.EnableOpenServer)):
    then any logged in user can create an e-mail user, and the server ignores what only admins may set. So that nothing is
    created half-way, the task checks that the user running it is a system admin before creating a user with
    O(system_admin), O(roles) or an O(auth_service) other than V(email).
seealso:
  - module: chatops.mattermost.mattermost_bot
  - module: chatops.mattermost.mattermost_access_token
  - module: chatops.mattermost.mattermost_team
  - name: Users in the Mattermost API reference
    description: The API requests this module sends.
    link: https://developers.mattermost.com/api-documentation/#/tags/users
'''

EXAMPLES = r'''
- name: Make sure alice exists, in two teams
  chatops.mattermost.mattermost_user:
    url: https://chat.example.com
    token: "{{ mattermost_token }}"
    username: alice
    email: alice@example.com
    password: "{{ vault_alice_initial_password }}"
    first_name: Alice
    last_name: Liddell
    position: SRE
    teams: [ops, dev]

- name: Give the connection once for the whole play
  module_defaults:
    group/chatops.mattermost.mattermost:
      url: https://chat.example.com
      token: "{{ mattermost_token }}"
  block:
    - name: Make bob a system admin
      chatops.mattermost.mattermost_user:
        username: bob
        system_admin: true

    - name: Let carol create personal access tokens, and keep her in the ops team only
      chatops.mattermost.mattermost_user:
        username: carol
        roles: [system_user, system_user_access_token]
        teams: [ops]
        teams_exclusive: true

    - name: Reset dave's password (reports a change on every run)
      chatops.mattermost.mattermost_user:
        username: dave
        password: "{{ vault_dave_password }}"
        update_password: always
      no_log: true

    - name: Create a user that logs in through GitLab
      chatops.mattermost.mattermost_user:
        username: erin
        email: erin@example.com
        auth_service: gitlab
        auth_data: "4242"

    - name: Deactivate a user who left
      chatops.mattermost.mattermost_user:
        username: mallory
        state: absent
'''

RETURN = r'''
user:
  description:
    - The user as the API returns it, after the changes (in check mode, as it would be), without any password or secret.
    - Empty when there is no user (any more).
  returned: success
  type: dict
  sample:
    id: 8s1fh3e7xbyj3yq3tqe4ucz5ny
    username: alice
    email: alice@example.com
    first_name: Alice
    last_name: Liddell
    nickname: ""
    position: SRE
    locale: en
    auth_service: ""
    roles: system_user
    create_at: 1767600000000
    update_at: 1767600000000
    delete_at: 0
diff:
  description:
    - The compared options before and after, and the user's state (V(present), V(deactivated) or V(absent)).
    - O(auth_service=email) shows as V(email). The password is shown as V((not shown)) when it is set, never its value.
  returned: in diff mode
  type: dict
  sample:
    before: {state: present, username: alice, position: Engineer, teams: [dev]}
    after: {state: present, username: alice, position: SRE, teams: [dev, ops]}
'''

from ansible_collections.chatops.mattermost.plugins.module_utils._connection import mattermost_module, run_resource
from ansible_collections.chatops.mattermost.plugins.module_utils._kinds.user import User, USER_MUTUALLY_EXCLUSIVE


def main():
    module = mattermost_module(User.argument_spec, mutually_exclusive=USER_MUTUALLY_EXCLUSIVE, supports_check_mode=True)
    run_resource(module, User)


if __name__ == '__main__':
    main()
