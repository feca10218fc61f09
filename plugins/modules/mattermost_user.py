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
  - Manage its system roles and the teams it is a member of.
  - Only the options given are compared with the server's user; the others are left as they are.
  - Bot accounts are managed with M(chatops.mattermost.mattermost_bot); this module refuses them.
author:
  - chatops.mattermost maintainers (@chatops)
extends_documentation_fragment:
  - chatops.mattermost.connection
  - ansible.builtin.action_common_attributes
attributes:
  check_mode:
    support: full
  diff_mode:
    support: full
    details: The password is never shown; when the task sets it, the diff shows C(user_password) as V((not shown)).
  platform:
    platforms: all
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
  user_password:
    description:
      - The user's password, for O(auth_service=email) users. Set when the user is created, and with O(update_password=always)
        on every run.
      - Required to create a user that logs in with e-mail and password. The server's password rules apply (at least
        C(PasswordSettings.MinimumLength) and at most 72 bytes, and the configured character classes).
      - Never returned, logged or shown in a diff.
      - Named C(user_password) because O(login_password) is the password of O(login_id), the account the task logs in with.
    type: str
  update_password:
    description:
      - V(on_create) sets O(user_password) only when the user is created (not when a deactivated user is reactivated), so
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
  teams:
    description:
      - Names of teams the user must be a member of; the user joins those it is not in.
      - Compared without regard to order or case. The user stays in the teams not listed unless O(teams_exclusive=true).
    type: list
    elements: str
  teams_exclusive:
    description:
      - With V(true), the user leaves the teams not in O(teams) (when O(teams) is given). Archived teams are left alone.
    type: bool
    default: false
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
    user_password: "{{ vault_alice_initial_password }}"
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
        user_password: "{{ vault_dave_password }}"
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

import re

from ansible_collections.chatops.mattermost.plugins.module_utils._account import (
    AccountTeams, find_account, has_role, require_system_admin, roles_problem, sanitized, system_roles,
    username_problem,
)
from ansible_collections.chatops.mattermost.plugins.module_utils._connection import connect, mattermost_module
from ansible_collections.chatops.mattermost.plugins.module_utils._resource import (
    Codes, Field, Resource, ensure, lowercase, state_argument_spec,
)

# The server's rules (server/public/model/user.go and utils.go, Mattermost 11.4).
MAX_CHARACTERS = dict(first_name=64, last_name=64, nickname=64, position=128, email=128, auth_data=128)
PASSWORD_BYTES = (5, 72)  # the server's minimum is configurable, but never below 5
LOCALE = re.compile(r'^[a-zA-Z]{2,3}([-_][a-zA-Z0-9]{2,3})?$')
LOCALE_MAX_LENGTH = 5
# A plain address (what Go's net/mail accepts and the server keeps: no name, no angle brackets, no quotes).
ATOM = r"[a-z0-9!#$%&'*+/=?^_`{|}~-]+"
EMAIL = re.compile(r'^{atom}(\.{atom})*@{atom}(\.{atom})*$'.format(atom=ATOM))

AUTH_SERVICES = Codes({'': 'email'})
PATCHED = ('email', 'first_name', 'last_name', 'nickname', 'position', 'locale')
CREATED = PATCHED + ('username', 'auth_service', 'auth_data')


def problems(params):
    """What the server would refuse in the options, before asking it anything."""
    found_problems = []
    problem = username_problem('username', params['username'])
    if problem:
        found_problems.append(problem)
    for option, limit in MAX_CHARACTERS.items():
        if params[option] is not None and len(params[option]) > limit:
            found_problems.append('%s must have at most %d characters' % (option, limit))
    email = params['email']
    if email is not None and not EMAIL.match(email):
        found_problems.append('email %r is not an e-mail address (such as alice@example.com)' % email)
    locale = params['locale']
    if locale is not None and (len(locale) > LOCALE_MAX_LENGTH or not LOCALE.match(locale)):
        found_problems.append('locale %r is not a language code such as en, de or pt-BR' % locale)
    password = params['user_password']
    if password is not None and not PASSWORD_BYTES[0] <= len(password.encode('utf-8')) <= PASSWORD_BYTES[1]:
        found_problems.append('user_password must have %d to %d bytes' % PASSWORD_BYTES)
    service = params['auth_service']
    if service not in (None, 'email') and not params['auth_data']:
        found_problems.append('auth_data is required with auth_service=%s' % service)
    if service == 'email' and params['auth_data']:
        found_problems.append('auth_data cannot be given with auth_service=email')
    if password is not None and service not in (None, 'email'):
        found_problems.append('user_password only applies to auth_service=email')
    problem = roles_problem('roles', params['roles'])
    if problem:
        found_problems.append(problem)
    if any(not team for team in params['teams'] or ()):
        found_problems.append('teams cannot have an empty name')
    return found_problems


class User(Resource):
    """A user account, found by username.

    present: POST /users, or PUT /users/{id}/active; then PUT /users/{id}/auth, PUT /users/{id}/patch,
    PUT /users/{id}/roles, PUT /users/{id}/password, and POST or DELETE /teams/{id}/members for `teams`.
    absent: DELETE /users/{id}, with ?permanent=true for `permanent`.
    """

    name = 'user'
    archived_state = 'deactivated'

    def __init__(self, module, driver):
        super(User, self).__init__(module, driver)
        self.params = module.params
        self.username = module.params['username']
        self.current = None
        self.teams = AccountTeams(self, exclusive=module.params['teams_exclusive'])
        self.fields = (
            Field('username', key='username', normalise=lowercase),
            Field('email', key='email', normalise=lowercase),
            Field('first_name', key='first_name'),
            Field('last_name', key='last_name'),
            Field('nickname', key='nickname'),
            Field('position', key='position'),
            Field('locale', key='locale'),
            Field('auth_service', key='auth_service', normalise=AUTH_SERVICES.normalise, to_api=AUTH_SERVICES.to_api),
            Field('auth_data', key='auth_data'),
            # Not part of the object: the server never sends it. Compared as '' (unknown) before.
            Field('user_password', secret=True),
            Field('roles', key='roles', normalise=system_roles, to_api=' '.join),
            Field('system_admin', read=has_role('system_admin'), normalise=bool),
            self.teams.field(),
        )

    def given(self):
        given = super(User, self).given()
        creating = self.current is None
        if not creating and self.params['update_password'] == 'on_create':
            given['user_password'] = None
        if creating and given['auth_service'] is None:
            given['auth_service'] = 'email'
        return given

    def find(self):
        user = find_account(self, self.username)
        if user is not None and user.get('is_bot'):
            self.module.fail_json(msg="'%s' is a bot account: manage it with chatops.mattermost.mattermost_bot" % self.username)
        if user is not None and self.params['state'] == 'absent' and user['id'] == self.driver.client.userid:
            self.module.fail_json(msg="'%s' is the user running the task, which cannot deactivate or delete itself" % self.username)
        self.current = user
        return user

    def prepare(self, changes):
        """Everything that must hold before a request writes anything; runs in check mode too."""
        creating = changes.creating
        if creating:
            missing = [option for option in ('email',) if option not in changes]
            if changes.after['auth_service'] == 'email' and 'user_password' not in changes:
                missing.append('user_password')
            if missing:
                self.module.fail_json(msg='%s required to create user %r' % (
                    ' and '.join(missing) + (' is' if len(missing) == 1 else ' are'), self.username))
            if self.needs_admin_to_create(changes):
                require_system_admin(self, "create user '%s' with auth_service, roles or system_admin" % self.username)
        else:
            if changes.changed('auth_service') and changes.after['auth_service'] == 'email':
                self.module.fail_json(msg="User '%s' logs in with %s and cannot be switched back to email through the API"
                                          % (self.username, changes.before['auth_service']))
            if changes.changed('user_password') and self.current['id'] == self.driver.client.userid:
                self.module.fail_json(msg="'%s' is the user running the task: its password cannot be set by it "
                                          "(the server asks for the current one)" % self.username)
            if changes.changed('user_password') and self.auth_service(self.current, changes) != 'email':
                self.module.fail_json(msg="User '%s' does not log in with email: user_password does not apply" % self.username)
            if (self.current['id'] == self.driver.client.userid and has_role('system_admin')(self.current)
                    and 'system_admin' not in self.wanted_roles(self.current, changes)):
                self.module.fail_json(msg="'%s' is the user running the task, which does not remove its own system_admin role"
                                          % self.username)
        if changes.after.get('auth_data') and self.auth_service(self.current or {}, changes) == 'email':
            self.module.fail_json(msg="auth_data needs an auth_service other than email (user '%s' logs in with email)"
                                      % self.username)
        self.teams.prepare(changes)

    @staticmethod
    def auth_service(user, changes):
        """The service the user will log in with (as an option value)."""
        if 'auth_service' in changes:
            return changes.after['auth_service']
        return AUTH_SERVICES.normalise(user.get('auth_service') or '')

    def needs_admin_to_create(self, changes):
        """Whether creating the user needs a system admin (the sign-up of a plain user would ignore or refuse it)."""
        return (changes.after['auth_service'] != 'email' or 'roles' in changes
                or changes.after.get('system_admin') is True)

    def wanted_roles(self, user, changes):
        if 'roles' in changes:
            return changes.after['roles']
        roles = set(system_roles(user.get('roles')))
        if 'system_admin' in changes:
            roles.discard('system_admin')
            if changes.after['system_admin']:
                roles.add('system_admin')
        return sorted(roles)

    def create(self, changes):
        body = changes.api(CREATED, changed_only=False)
        if 'user_password' in changes:
            body['password'] = changes.after['user_password']
        self.doing = "create user '%s'" % self.username
        user = self.driver.users.create_user(options=body)
        return self.after_writes(user, changes, reread=self.set_roles(user, changes))

    def update(self, user, changes):
        reread = False
        if changes.changed('auth_service') or changes.changed('auth_data'):
            self.doing = "change how user '%s' logs in" % self.username
            self.driver.users.update_user_auth(user['id'], options={
                'auth_service': AUTH_SERVICES.to_api(self.auth_service(user, changes)),
                'auth_data': changes.after['auth_data'] if 'auth_data' in changes else user.get('auth_data') or ''})
            reread = True
        patch = changes.api(PATCHED)
        if patch:
            self.doing = "update user '%s'" % self.username
            user = self.driver.users.patch_user(user['id'], options=patch)
        reread = self.set_roles(user, changes) or reread
        if changes.changed('user_password'):
            self.doing = "set the password of user '%s'" % self.username
            self.driver.users.update_user_password(user['id'], options={'new_password': changes.after['user_password']})
            reread = True
        return self.after_writes(user, changes, reread)

    def set_roles(self, user, changes):
        """PUT the roles when they differ; whether it did."""
        roles = self.wanted_roles(user, changes)
        if roles == system_roles(user.get('roles')):
            return False
        self.doing = "set the roles of user '%s'" % self.username
        self.driver.users.update_user_roles(user['id'], options={'roles': ' '.join(roles)})
        return True

    def after_writes(self, user, changes, reread):
        self.teams.join(user, changes)
        self.teams.leave(user, changes)
        if reread:
            self.doing = "read user '%s'" % self.username
            user = self.driver.users.get_user(user['id'])
        return user

    def restore(self, user):
        self.doing = "reactivate user '%s'" % self.username
        self.driver.users.update_user_active(user['id'], options={'active': True})
        return dict(user, delete_at=0)

    def archive(self, user):
        self.doing = "deactivate user '%s'" % self.username
        self.driver.users.delete_user(user['id'])

    def delete(self, user):
        self.doing = "delete user '%s'" % self.username
        self.driver.users.delete_user(user['id'], params={'permanent': 'true'})


def main():
    argument_spec = dict(
        username=dict(type='str', required=True),
        email=dict(type='str'),
        user_password=dict(type='str', no_log=True),
        update_password=dict(type='str', choices=['on_create', 'always'], default='on_create', no_log=False),
        first_name=dict(type='str'),
        last_name=dict(type='str'),
        nickname=dict(type='str'),
        position=dict(type='str'),
        locale=dict(type='str'),
        auth_service=dict(type='str', choices=['email', 'gitlab', 'google', 'ldap', 'office365', 'openid', 'saml']),
        auth_data=dict(type='str'),
        system_admin=dict(type='bool'),
        roles=dict(type='list', elements='str'),
        teams=dict(type='list', elements='str'),
        teams_exclusive=dict(type='bool', default=False),
    )
    argument_spec.update(state_argument_spec())
    module = mattermost_module(argument_spec, mutually_exclusive=[('system_admin', 'roles')], supports_check_mode=True)
    # The server keeps usernames and e-mail addresses lowercase.
    for option in ('username', 'email'):
        if module.params[option] is not None:
            module.params[option] = module.params[option].lower()
    driver = connect(module, problems(module.params))
    resource = User(module, driver)
    result = ensure(module, resource)
    result['user'] = sanitized(result['user'])
    module.exit_json(**result)


if __name__ == '__main__':
    main()
