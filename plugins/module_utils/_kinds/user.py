# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""A user account (not a bot): its options, its rules, and how its desired state becomes API requests."""

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

from ansible_collections.chatops.mattermost.plugins.module_utils._kinds.account import (
    ACCOUNT_MEMBERSHIPS_ARGUMENT_SPEC, AccountChannels, AccountTeams, channels_problems, has_role, require_system_admin,
    require_roles_exist, sanitized, with_channel_teams,
)
from ansible_collections.chatops.mattermost.plugins.module_utils._errors import Failure, path_of
from ansible_collections.chatops.mattermost.plugins.module_utils._lookup import find_account
from ansible_collections.chatops.mattermost.plugins.module_utils._naming import (
    USER_MAX_CHARACTERS, email_problems, length_problems, locale_problems, names_problems, password_problems,
    roles_problems, system_roles, username_problems,
)
from ansible_collections.chatops.mattermost.plugins.module_utils._resource import (
    Codes, Field, Resource, lowercase, state_argument_spec,
)

AUTH_SERVICES = Codes({'': 'email'})
PATCHED = ('email', 'first_name', 'last_name', 'nickname', 'position', 'locale')
CREATED = PATCHED + ('username', 'auth_service', 'auth_data')

USER_ARGUMENT_SPEC = dict(
    username=dict(type='str', required=True),
    email=dict(type='str'),
    password=dict(type='str', no_log=True),
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
    **state_argument_spec()
)
USER_ARGUMENT_SPEC.update(ACCOUNT_MEMBERSHIPS_ARGUMENT_SPEC)
USER_MUTUALLY_EXCLUSIVE = [('system_admin', 'roles')]


class User(Resource):
    """A user account, found by username.

    present: POST /users, or PUT /users/{id}/active; then PUT /users/{id}/auth, PUT /users/{id}/patch,
    PUT /users/{id}/roles, PUT /users/{id}/password, and POST or DELETE /teams/{id}/members for `teams`
    and /channels/{id}/members for `channels`.
    absent: DELETE /users/{id}, with ?permanent=true for `permanent`.

    Seeding: `seed(user, teams, channels)` (see AccountTeams.seed and AccountChannels.seed);
    `teams.known_teams` and `channels.known_channels` spare looking up the teams and channels to join.
    """

    name = 'user'
    archived_state = 'deactivated'
    argument_spec = USER_ARGUMENT_SPEC
    # The server keeps usernames and e-mail addresses lowercase.
    lowercased = ('username', 'email')

    def __init__(self, params, driver, check_mode=False, diff=False):
        super(User, self).__init__(params, driver, check_mode, diff)
        self.username = self.params['username']
        # teams_exclusive applies to the teams given (the teams of `channels` are added to them).
        self.teams = AccountTeams(self, exclusive=self.params['teams_exclusive'] and self.params['teams'] is not None)
        self.channels = AccountChannels(self, self.teams, exclusive=self.params['channels_exclusive'])
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
            Field('password', secret=True),
            Field('roles', key='roles', normalise=system_roles, to_api=' '.join),
            Field('system_admin', read=has_role('system_admin'), normalise=bool),
            self.teams.field(),
            self.channels.field(),
        )

    @classmethod
    def problems(cls, params, prefix=''):
        def at(option):
            return path_of(prefix, option)
        problems = username_problems(params['username'], at('username'))
        problems += length_problems(params, prefix, character_limits=USER_MAX_CHARACTERS)
        problems += email_problems(params['email'], at('email'))
        problems += locale_problems(params['locale'], at('locale'))
        problems += password_problems(params['password'], at('password'))
        service = params['auth_service']
        if service not in (None, 'email') and not params['auth_data']:
            problems.append('%s is required with %s=%s' % (at('auth_data'), at('auth_service'), service))
        if service == 'email' and params['auth_data']:
            problems.append('%s cannot be given with %s=email' % (at('auth_data'), at('auth_service')))
        if params['password'] is not None and service not in (None, 'email'):
            problems.append('%s only applies to %s=email' % (at('password'), at('auth_service')))
        problems += roles_problems(params['roles'], at('roles'))
        problems += names_problems(params['teams'], at('teams'))
        problems += channels_problems(params['channels'], at('channels'))
        return problems

    def given(self):
        given = with_channel_teams(super(User, self).given())
        creating = self.current is None
        if not creating and self.params['update_password'] == 'on_create':
            given['password'] = None
        if creating and given['auth_service'] is None:
            given['auth_service'] = 'email'
        return given

    def seed(self, current, teams=None, channels=None):
        """`teams` and `channels`: the user's, when read in bulk too (see AccountTeams.seed and
        AccountChannels.seed)."""
        super(User, self).seed(current)
        if teams is not None:
            self.teams.seed(teams)
        if channels is not None:
            self.channels.seed(channels)

    def read(self):
        user = super(User, self).read()
        if user is not None and user.get('is_bot'):
            raise Failure("'%s' is a bot account: manage it with chatops.mattermost.mattermost_bot" % self.username)
        if user is not None and self.params['state'] == 'absent' and user['id'] == self.driver.client.userid:
            raise Failure("'%s' is the user running the task, which cannot deactivate or delete itself" % self.username)
        return user

    def find(self):
        return find_account(self.driver, self.username)

    def run(self):
        result = super(User, self).run()
        result['user'] = sanitized(result['user'])
        return result

    def prepare(self, changes):
        """Everything that must hold before a request writes anything; runs in check mode too."""
        creating = changes.creating
        if creating:
            missing = [option for option in ('email',) if option not in changes]
            if changes.after['auth_service'] == 'email' and 'password' not in changes:
                missing.append('password')
            if missing:
                raise Failure('%s required to create user %r' % (
                              ' and '.join(missing) + (' is' if len(missing) == 1 else ' are'), self.username))
            if self.needs_admin_to_create(changes):
                require_system_admin(self.driver, "create user '%s' with auth_service, roles or system_admin" % self.username)
        else:
            if changes.changed('auth_service') and changes.after['auth_service'] == 'email':
                raise Failure("User '%s' logs in with %s and cannot be switched back to email through the API"
                              % (self.username, changes.before['auth_service']))
            if changes.changed('password') and self.current['id'] == self.driver.client.userid:
                raise Failure("'%s' is the user running the task: its password cannot be set by it "
                              "(the server asks for the current one)" % self.username)
            if changes.changed('password') and self.auth_service(self.current, changes) != 'email':
                raise Failure("User '%s' does not log in with email: password does not apply" % self.username)
            if (self.current['id'] == self.driver.client.userid and has_role('system_admin')(self.current)
                    and 'system_admin' not in self.wanted_roles(self.current, changes)):
                raise Failure("'%s' is the user running the task, which does not remove its own system_admin role"
                              % self.username)
        if changes.after.get('auth_data') and self.auth_service(self.current or {}, changes) == 'email':
            raise Failure("auth_data needs an auth_service other than email (user '%s' logs in with email)"
                          % self.username)
        if changes.changed('roles'):
            self.doing = "look up the roles of user '%s'" % self.username
            require_roles_exist(self.driver, changes.after['roles'], "user '%s'" % self.username)
        self.teams.prepare(changes)
        self.channels.prepare(changes)

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
        if 'password' in changes:
            body['password'] = changes.after['password']
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
        if changes.changed('password'):
            self.doing = "set the password of user '%s'" % self.username
            self.driver.users.update_user_password(user['id'], options={'new_password': changes.after['password']})
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
        self.channels.join(user, changes)
        self.channels.leave(user, changes)
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
