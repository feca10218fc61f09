# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""What mattermost_user, mattermost_bot and mattermost_access_token share about accounts.

A bot is a user too (its `users` record has `is_bot`), so all three find an account by username
and check usernames with the server's rules; users and bots also share system roles and joining
teams, which this module reads, plans and applies as fields of the ensure-state layer.
"""

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import re

from ansible_collections.chatops.mattermost.plugins.module_utils._lookup import found
from ansible_collections.chatops.mattermost.plugins.module_utils._resource import (
    Field, lowercase, lowercase_set, string_set,
)

# The server's rules (server/public/model/user.go and role.go, Mattermost 11.4).
USERNAME = re.compile(r'^[a-z0-9.\-_]+$')
USERNAME_MAX_LENGTH = 64
RESTRICTED_USERNAMES = ('all', 'channel', 'matterbot', 'system')
ROLE_NAME = re.compile(r'^[a-z0-9_]{1,64}$')
ROLES_MAX_LENGTH = 256
# Every account has one of these: the module adds system_user when neither is listed.
BASE_ROLES = ('system_user', 'system_guest')

# Keys of a user object that are secrets or a secret's state; the server leaves them out of the
# user objects it sends, and the modules drop them in case a server version sends them.
SECRET_USER_KEYS = ('password', 'mfa_secret', 'mfa_used_timestamps')


def username_problem(option, username):
    """Why `username` (lowercased already) is not a valid username, or None."""
    if not 1 <= len(username) <= USERNAME_MAX_LENGTH or not USERNAME.match(username):
        return ("%s %r is not a valid username: 1 to %d lowercase letters, digits, dots, hyphens and underscores"
                % (option, username, USERNAME_MAX_LENGTH))
    if username in RESTRICTED_USERNAMES:
        return "%s %r is a name the server reserves (%s)" % (option, username, ', '.join(RESTRICTED_USERNAMES))
    return None


def roles_problem(option, roles):
    """Why a list of system role names is refused, or None."""
    if roles is None:
        return None
    bad = [role for role in roles if not ROLE_NAME.match(role)]
    if bad:
        return '%s: %s not a role name (lowercase letters, digits and underscores)' % (
            option, ', '.join(repr(role) for role in bad) + (' is' if len(bad) == 1 else ' are'))
    if len(' '.join(system_roles(roles))) > ROLES_MAX_LENGTH:
        return '%s must have at most %d characters together' % (option, ROLES_MAX_LENGTH)
    return None


def system_roles(value):
    """The system roles of a user ('system_user system_admin' or a list) as a sorted list, with
    system_user added when neither system_user nor system_guest is in it."""
    roles = set(string_set(value))
    if not roles & set(BASE_ROLES):
        roles.add('system_user')
    return sorted(roles)


def sanitized(user):
    """A user object without its secret keys."""
    return dict((key, value) for key, value in (user or {}).items() if key not in SECRET_USER_KEYS)


def has_role(role):
    """A test of whether a user object has a system role."""
    return lambda user: role in (user.get('roles') or '').split()


def require_system_admin(resource, doing):
    """Fail the module, before anything is written, unless the user running it is a system admin.

    For what a plain user would get only half done: the server would create the account and then
    refuse its roles, or sign a user up ignoring what only admins may set. No request: logging in
    read the user running the task.
    """
    runner = resource.driver.user
    if not has_role('system_admin')(runner):
        resource.module.fail_json(msg="Only a system admin can %s; '%s', who runs the task, is not one. Nothing was created."
                                      % (doing, runner['username']))


def find_account(resource, username):
    """The user (or bot) object with this username, deactivated ones included; None if there is none."""
    resource.doing = "look up user '%s'" % username
    return found(resource.driver.users.get_user_by_username, username)


class AccountTeams:
    """The `teams` (and `teams_exclusive`) of a user or a bot: names of teams to be a member of.

    :param resource: the module's Resource (with `doing`); `account(obj)` gives the user object of
        the resource's object (a bot object is not a user object)
    :param exclusive: leave the teams that are not listed
    """

    def __init__(self, resource, exclusive=False, user_id=lambda obj: obj['id']):
        self.resource = resource
        self.driver = resource.driver
        self.exclusive = exclusive
        self.user_id = user_id
        self.current = None  # {team name: team id} of the account's teams, once read
        self.ids = {}  # team name -> id, of the current teams and of the teams to join

    def field(self):
        return Field('teams', normalise=lowercase_set, read=self.read, merge=self.merge)

    def read(self, obj):
        """The names of the account's teams (archived teams left out): one request."""
        if self.current is None:
            self.resource.doing = 'read the teams of the account'
            teams = self.driver.teams.get_teams_for_user(self.user_id(obj))
            self.current = dict((team['name'], team['id']) for team in teams if not team.get('delete_at'))
            self.ids.update(self.current)
        return sorted(self.current)

    def merge(self, current, given):
        return sorted(set(given) if self.exclusive else set(current) | set(given))

    @staticmethod
    def plan(changes):
        """(teams to join, teams to leave): sets of names."""
        if 'teams' not in changes:
            return set(), set()
        before, after = set(changes.before['teams']), set(changes.after['teams'])
        return after - before, before - after

    def prepare(self, changes):
        """Find the teams to join before anything is written: an unknown or archived team fails the task."""
        for name in sorted(self.plan(changes)[0]):
            self.resource.doing = "look up team '%s'" % name
            team = found(self.driver.teams.get_team_by_name, name)
            if team is None:
                self.resource.module.fail_json(msg="No team is named '%s' (teams are team names)" % name)
            if team.get('delete_at'):
                self.resource.module.fail_json(msg="Team '%s' is archived: restore it first "
                                                   "(chatops.mattermost.mattermost_team)" % name)
            self.ids[name] = team['id']

    def join(self, obj, changes):
        user_id = self.user_id(obj)
        for name in sorted(self.plan(changes)[0]):
            self.resource.doing = "add the account to team '%s'" % name
            self.driver.teams.add_team_member(self.ids[name], options={'team_id': self.ids[name], 'user_id': user_id})

    def leave(self, obj, changes):
        user_id = self.user_id(obj)
        for name in sorted(self.plan(changes)[1]):
            self.resource.doing = "remove the account from team '%s'" % name
            self.driver.teams.remove_team_member(self.ids[name], user_id)


def channel_key(team, channel):
    return '%s/%s' % (lowercase(team), lowercase(channel))


def channel_keys(value):
    """Channels given as 'team/channel' strings or {team, name} dicts, as sorted 'team/channel' strings."""
    keys = set()
    for item in value or ():
        if isinstance(item, dict):
            keys.add(channel_key(item.get('team'), item.get('name')))
        else:
            keys.add(lowercase(item))
    return sorted(keys)


def channels_problem(option, value):
    """Why a list of channels is refused, or None."""
    for item in value or ():
        if isinstance(item, dict):
            if set(item) != {'team', 'name'} or not all(isinstance(item[key], str) and item[key] for key in item):
                return "%s: %r must have exactly the keys team and name, both non-empty strings" % (option, item)
        elif not isinstance(item, str) or item.count('/') != 1 or not all(item.split('/')):
            return "%s: %r is not a channel: give it as team/channel or as {team: ..., name: ...}" % (option, item)
    return None


class AccountChannels:
    """The `channels` of an account: channels to be a member of, by team name and channel name.

    Joining only: channels not listed are not left. The channels' teams are joined first (see
    `teams()`, for the `teams` field).
    """

    def __init__(self, resource, teams, user_id=lambda obj: obj['id']):
        self.resource = resource
        self.driver = resource.driver
        self.teams = teams
        self.user_id = user_id
        self.current = None
        self.ids = {}  # 'team/channel' -> channel id, of the channels to join

    @staticmethod
    def teams_of(keys):
        return sorted(set(key.split('/')[0] for key in keys or ()))

    def field(self):
        return Field('channels', normalise=channel_keys, read=self.read,
                     merge=lambda current, given: sorted(set(current) | set(given)))

    def read(self, obj):
        """'team/channel' of the account's public and private channels, in its teams: two requests."""
        if self.current is None:
            self.teams.read(obj)
            team_names = dict((team_id, name) for name, team_id in self.teams.current.items())
            self.resource.doing = 'read the channels of the account'
            channels = self.driver.channels.get_all_channels_for_user(self.user_id(obj))
            self.current = sorted(
                channel_key(team_names[channel['team_id']], channel['name']) for channel in channels
                if channel.get('type') in ('O', 'P') and not channel.get('delete_at') and channel.get('team_id') in team_names)
        return self.current

    @staticmethod
    def plan(changes):
        if 'channels' not in changes:
            return set()
        return set(changes.after['channels']) - set(changes.before['channels'])

    def prepare(self, changes):
        for key in sorted(self.plan(changes)):
            team, name = key.split('/')
            self.resource.doing = "look up channel '%s' of team '%s'" % (name, team)
            channel = found(self.driver.channels.get_channel_by_name_for_team_name, team, name,
                            params={'include_deleted': 'true'})
            if channel is None:
                self.resource.module.fail_json(msg="Team '%s' has no channel named '%s'" % (team, name))
            if channel.get('delete_at'):
                self.resource.module.fail_json(msg="Channel '%s' of team '%s' is archived" % (name, team))
            self.ids[key] = channel['id']

    def join(self, obj, changes):
        user_id = self.user_id(obj)
        for key in sorted(self.plan(changes)):
            self.resource.doing = "add the account to channel '%s'" % key
            self.driver.channels.add_channel_member(self.ids[key], options={'user_id': user_id})
