# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""A bot account: its options, its rules, and how its desired state becomes API requests."""

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

from ansible_collections.chatops.mattermost.plugins.module_utils._kinds.account import (
    ACCOUNT_MEMBERSHIPS_ARGUMENT_SPEC, AccountChannels, AccountTeams, channels_problems, require_system_admin,
    require_roles_exist, with_channel_teams,
)
from ansible_collections.chatops.mattermost.plugins.module_utils._errors import Failure, NotFound, path_of
from ansible_collections.chatops.mattermost.plugins.module_utils._lookup import find_account, lookup
from ansible_collections.chatops.mattermost.plugins.module_utils._naming import (
    BOT_MAX_CHARACTERS, length_problems, names_problems, roles_problems, system_roles, username_problems,
)
from ansible_collections.chatops.mattermost.plugins.module_utils._resource import (
    Field, Resource, lowercase, state_argument_spec,
)

PATCHED = ('display_name', 'description')

BOT_ARGUMENT_SPEC = dict(
    username=dict(type='str', required=True),
    display_name=dict(type='str'),
    description=dict(type='str'),
    owner=dict(type='str'),
    roles=dict(type='list', elements='str'),
    **state_argument_spec()
)
BOT_ARGUMENT_SPEC.update(ACCOUNT_MEMBERSHIPS_ARGUMENT_SPEC)


def bot_user_id(bot):
    return bot['user_id']


class Bot(Resource):
    """A bot, found by username (GET /users/username/{username}, then GET /bots/{id}).

    present: POST /bots, or POST /bots/{id}/enable; then PUT /bots/{id}, POST /bots/{id}/assign/{owner},
    PUT /users/{id}/roles, POST /teams/{id}/members and POST /channels/{id}/members (DELETE for the
    teams and channels left with `teams_exclusive` and `channels_exclusive`).
    absent: POST /bots/{id}/disable, or DELETE /users/{id}?permanent=true for `permanent`.

    Seeding: `seed(bot, user, teams, channels)`: the bot object, its user object (for its roles),
    and optionally its teams and channels (see AccountTeams.seed and AccountChannels.seed);
    `known_users` {username: user object} spares looking up the owner.
    """

    name = 'bot'
    archived_state = 'disabled'
    argument_spec = BOT_ARGUMENT_SPEC
    # The server keeps usernames lowercase.
    lowercased = ('username', 'owner')

    def __init__(self, params, driver, check_mode=False, diff=False):
        super(Bot, self).__init__(params, driver, check_mode, diff)
        self.username = self.params['username']
        self.user = None  # the bot's user object, for its roles
        self.owner_id = None  # the id of `owner`, once looked up
        self.known_users = {}
        # teams_exclusive applies to the teams given (the teams of `channels` are added to them).
        self.teams = AccountTeams(self, exclusive=self.params['teams_exclusive'] and self.params['teams'] is not None,
                                  user_id=bot_user_id)
        self.channels = AccountChannels(self, self.teams, exclusive=self.params['channels_exclusive'], user_id=bot_user_id)
        self.fields = (
            Field('username', key='username', normalise=lowercase),
            Field('display_name', key='display_name'),
            Field('description', key='description'),
            Field('owner', normalise=lowercase, read=self.read_owner),
            Field('roles', normalise=system_roles, read=lambda bot: self.user['roles']),
            self.teams.field(),
            self.channels.field(),
        )

    @classmethod
    def problems(cls, params, prefix=''):
        problems = []
        for option in ('username', 'owner'):
            problems += username_problems(params[option], path_of(prefix, option))
        problems += length_problems(params, prefix, character_limits=BOT_MAX_CHARACTERS)
        problems += roles_problems(params['roles'], path_of(prefix, 'roles'))
        problems += channels_problems(params['channels'], path_of(prefix, 'channels'))
        problems += names_problems(params['teams'], path_of(prefix, 'teams'))
        return problems

    def seed(self, current, user=None, teams=None, channels=None):
        super(Bot, self).seed(current)
        self.user = user
        if teams is not None:
            self.teams.seed(teams)
        if channels is not None:
            self.channels.seed(channels)

    def given(self):
        return with_channel_teams(super(Bot, self).given())

    def find(self):
        self.user = find_account(self.driver, self.username)
        if self.user is None:
            return None
        if not self.user.get('is_bot'):
            raise Failure("'%s' is a user account, not a bot: manage it with chatops.mattermost.mattermost_user"
                          % self.username)
        self.doing = "look up bot '%s'" % self.username
        return self.driver.bots.get_bot(self.user['id'], params={'include_deleted': 'true'})

    def read_owner(self, bot):
        """The owner's username (its id for a plugin, which has no user): one request, unless the owner
        is among `known_users`."""
        for user in self.known_users.values():
            if user.get('id') == bot['owner_id']:
                return user['username']
        owner = lookup("look up the owner of bot '%s'" % self.username, self.driver.users.get_user, bot['owner_id'])
        return owner['username'] if owner else bot['owner_id']

    def prepare(self, changes):
        creating = changes.creating
        if creating and 'roles' in changes and changes.after['roles'] != system_roles(None):
            require_system_admin(self.driver, "create bot '%s' with roles" % self.username)
        if 'owner' in changes and (changes.changed('owner') or creating):
            owner = changes.after['owner']
            if owner == self.driver.client.username:
                self.owner_id = self.driver.client.userid
            else:
                user = self.known_users.get(owner) or find_account(self.driver, owner)
                if user is None:
                    raise NotFound("No user is named '%s' (owner is a username)" % owner)
                self.owner_id = user['id']
        if changes.changed('roles'):
            self.doing = "look up the roles of bot '%s'" % self.username
            require_roles_exist(self.driver, changes.after['roles'], "bot '%s'" % self.username)
        self.teams.prepare(changes)
        self.channels.prepare(changes)

    def create(self, changes):
        self.doing = "create bot '%s'" % self.username
        bot = self.driver.bots.create_bot(options=changes.api(changed_only=False))
        self.user = {'roles': 'system_user'}
        return self.after_writes(bot, changes)

    def update(self, bot, changes):
        patch = changes.api(PATCHED)
        if patch:
            self.doing = "update bot '%s'" % self.username
            bot = self.driver.bots.patch_bot(bot['user_id'], options=patch)
        return self.after_writes(bot, changes)

    def after_writes(self, bot, changes):
        if self.owner_id and self.owner_id != bot['owner_id']:
            self.doing = "make '%s' the owner of bot '%s'" % (changes.after['owner'], self.username)
            bot = self.driver.bots.assign_bot(bot['user_id'], self.owner_id)
        if 'roles' in changes and changes.after['roles'] != system_roles(self.user['roles']):
            self.doing = "set the roles of bot '%s'" % self.username
            self.driver.users.update_user_roles(bot['user_id'], options={'roles': ' '.join(changes.after['roles'])})
        self.teams.join(bot, changes)
        self.channels.join(bot, changes)
        self.channels.leave(bot, changes)
        self.teams.leave(bot, changes)
        return bot

    def restore(self, bot):
        self.doing = "enable bot '%s'" % self.username
        return self.driver.bots.enable_bot(bot['user_id'])

    def archive(self, bot):
        self.doing = "disable bot '%s'" % self.username
        self.driver.bots.disable_bot(bot['user_id'])

    def delete(self, bot):
        self.doing = "delete bot '%s'" % self.username
        self.driver.users.delete_user(bot['user_id'], params={'permanent': 'true'})
