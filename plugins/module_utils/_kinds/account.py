# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""What users and bots share: system roles, and the teams and channels an account is a member of,
which this module reads, plans and applies as fields of the ensure-state layer.

A bot is a user too (its `users` record has `is_bot`); the rules for usernames and roles are in
_naming.py, finding an account by username in _lookup.py.
"""

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

from ansible_collections.chatops.mattermost.plugins.module_utils._errors import Failure, NotFound
from ansible_collections.chatops.mattermost.plugins.module_utils._lookup import lookup, require_active
from ansible_collections.chatops.mattermost.plugins.module_utils._resource import Field, lowercase, lowercase_set

# The teams and channels an account (user or bot) is in, documented in
# plugins/doc_fragments/account_memberships.py: change both together.
ACCOUNT_MEMBERSHIPS_ARGUMENT_SPEC = dict(
    teams=dict(type='list', elements='str'),
    teams_exclusive=dict(type='bool', default=False),
    channels=dict(type='list', elements='raw'),
    channels_exclusive=dict(type='bool', default=False),
)

# Keys of a user object that are secrets or a secret's state; the server leaves them out of the
# user objects it sends, and the modules drop them in case a server version sends them.
SECRET_USER_KEYS = ('password', 'mfa_secret', 'mfa_used_timestamps')
# The channel every member of a team is in; the server refuses to remove anyone from it.
DEFAULT_CHANNEL = 'town-square'


def sanitized(user):
    """A user object without its secret keys."""
    return dict((key, value) for key, value in (user or {}).items() if key not in SECRET_USER_KEYS)


def has_role(role):
    """A test of whether a user object has a system role."""
    return lambda user: role in (user.get('roles') or '').split()


def require_roles_exist(driver, roles, who):
    """Fail, before anything is written, when a role of `roles` does not exist on the server: the roles
    are set after the profile, and the server refusing them then would leave the profile half done."""
    if not roles:
        return
    found = driver.roles.get_roles_by_names(options=sorted(roles)) or []
    missing = sorted(set(roles) - set(role.get('name') for role in found))
    if missing:
        raise Failure("roles: no role is named %s (%s). Nothing was written." % (
            ', '.join(repr(role) for role in missing), who))


def require_system_admin(driver, doing):
    """Fail, before anything is written, unless the user running the task is a system admin.

    For what a plain user would get only half done: the server would create the account and then
    refuse its roles, or sign a user up ignoring what only admins may set. No request: logging in
    read the user running the task.
    """
    runner = driver.user
    if driver.local:  # the local-mode socket acts as a system admin
        return
    if not has_role('system_admin')(runner):
        raise Failure("Only a system admin can %s; '%s', who runs the task, is not one. Nothing was created."
                      % (doing, runner['username']))


class AccountTeams:
    """The `teams` (and `teams_exclusive`) of a user or a bot: names of teams to be a member of.

    :param resource: the kind's Resource (with `doing`)
    :param exclusive: leave the teams that are not listed
    :param user_id: `user_id(obj)` gives the user id of the resource's object (a bot object is not a
        user object)

    Seeding: `seed(teams)` with {team name: team id} of the account's teams (archived ones left
    out); `known_teams` {name: team object} spares looking up the teams to join.
    """

    def __init__(self, resource, exclusive=False, user_id=lambda obj: obj['id']):
        self.resource = resource
        self.driver = resource.driver
        self.exclusive = exclusive
        self.user_id = user_id
        self.current = None  # {team name: team id} of the account's teams, once read
        self.ids = {}  # team name -> id, of the current teams and of the teams to join
        self.known_teams = {}
        self.wanted = None  # the names of the teams the account will be in, once compared

    def seed(self, teams):
        self.current = dict(teams)
        self.ids.update(self.current)

    def field(self):
        return Field('teams', normalise=lowercase_set, read=self.read, merge=self.merge)

    def read(self, obj):
        """The names of the account's teams (archived teams left out): one request."""
        if self.current is None:
            self.resource.doing = 'read the teams of the account'
            teams = self.driver.teams.get_teams_for_user(self.user_id(obj))
            self.seed((team['name'], team['id']) for team in teams if not team.get('delete_at'))
        return sorted(self.current)

    def merge(self, current, given):
        self.wanted = sorted(set(given) if self.exclusive else set(current) | set(given))
        return self.wanted

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
            team = self.known_teams.get(name) or lookup("look up team '%s'" % name, self.driver.teams.get_team_by_name, name)
            if team is None:
                raise NotFound("No team is named '%s' (teams are team names)" % name)
            require_active(team, "Team '%s'" % name, 'mattermost_team')
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


def channels_problems(value, where='channels'):
    """Why a list of channels is refused."""
    for item in value or ():
        if isinstance(item, dict):
            if set(item) != {'team', 'name'} or not all(isinstance(item[key], str) and item[key] for key in item):
                return ["%s: %r must have exactly the keys team and name, both non-empty strings" % (where, item)]
        elif not isinstance(item, str) or item.count('/') != 1 or not all(item.split('/')):
            return ["%s: %r is not a channel: give it as team/channel or as {team: ..., name: ...}" % (where, item)]
    return []


def teams_of(keys):
    """The team names of 'team/channel' keys."""
    return sorted(set(key.split('/')[0] for key in keys or ()))


def with_channel_teams(given):
    """The given values (`teams` and `channels` options) with the teams of the channels added to
    `teams`: an account joins a channel's team first."""
    if given['channels'] is not None:
        teams = set(team.lower() for team in given['teams'] or ())
        given['teams'] = sorted(teams | set(teams_of(channel_keys(given['channels']))))
    return given


class AccountChannels:
    """The `channels` (and `channels_exclusive`) of an account: channels to be a member of, by team
    name and channel name. The channels' teams are joined first (see `teams_of()`, for the `teams`
    field).

    With `exclusive`, the account leaves the public and private channels of its teams that are not
    listed, except each team's town-square, which the server does not let anyone leave (it stays in
    the compared value, so that it is never a change).

    Seeding: `seed(channels)` with {'team/channel': channel id} of the account's channels in its
    teams (archived ones left out); `known_channels` {'team/channel': channel object} spares looking
    up the channels to join.
    """

    def __init__(self, resource, teams, exclusive=False, user_id=lambda obj: obj['id']):
        self.resource = resource
        self.driver = resource.driver
        self.teams = teams
        self.exclusive = exclusive
        self.user_id = user_id
        self.current = None  # {'team/channel': channel id}, once read
        self.ids = {}  # 'team/channel' -> channel id, of the current channels and of the channels to join
        self.known_channels = {}

    def seed(self, channels):
        self.current = dict(channels)
        self.ids.update(self.current)

    def field(self):
        return Field('channels', normalise=channel_keys, read=self.read, merge=self.merge)

    def merge(self, current, given):
        if self.exclusive:
            # The town-squares stay, but those of the teams the account leaves (`teams` is compared first).
            return sorted(set(given) | set(
                key for key in current if key.split('/')[1] == DEFAULT_CHANNEL
                and (self.teams.wanted is None or key.split('/')[0] in self.teams.wanted)))
        return sorted(set(current) | set(given))

    def read(self, obj):
        """'team/channel' of the account's public and private channels, in its teams: two requests."""
        if self.current is None:
            self.teams.read(obj)
            # The account's teams, and after joining, the teams joined (their ids are known then).
            team_names = dict((team_id, name) for name, team_id in self.teams.ids.items())
            self.resource.doing = 'read the channels of the account'
            channels = self.driver.channels.get_all_channels_for_user(self.user_id(obj))
            self.seed((channel_key(team_names[channel['team_id']], channel['name']), channel['id']) for channel in channels
                      if channel.get('type') in ('O', 'P') and not channel.get('delete_at')
                      and channel.get('team_id') in team_names)
        return sorted(self.current)

    @staticmethod
    def plan(changes):
        """(channels to join, channels to leave): sets of 'team/channel' keys. Leaving a team leaves
        its channels: they are not left one by one."""
        if 'channels' not in changes:
            return set(), set()
        before, after = set(changes.before['channels']), set(changes.after['channels'])
        teams_left = AccountTeams.plan(changes)[1]
        return after - before, set(key for key in before - after if key.split('/')[0] not in teams_left)

    def prepare(self, changes):
        for key in sorted(self.plan(changes)[0]):
            team, name = key.split('/')
            channel = self.known_channels.get(key) or lookup(
                "look up channel '%s' of team '%s'" % (name, team), self.driver.channels.get_channel_by_name_for_team_name,
                team, name, params={'include_deleted': 'true'})
            if channel is None:
                raise NotFound("Team '%s' has no channel named '%s'" % (team, name))
            if channel.get('delete_at'):
                raise Failure("Channel '%s' of team '%s' is archived" % (name, team))
            self.ids[key] = channel['id']

    def join(self, obj, changes):
        user_id = self.user_id(obj)
        for key in sorted(self.plan(changes)[0]):
            self.resource.doing = "add the account to channel '%s'" % key
            self.driver.channels.add_channel_member(self.ids[key], options={'user_id': user_id})

    def leave(self, obj, changes):
        """Leave the channels not wanted (with `exclusive`). Joining a team joins its default channels
        (town-square, off-topic, and the server's ExperimentalDefaultChannels): after joining teams,
        the account's channels are read again, so that those are left too when they are not wanted."""
        user_id = self.user_id(obj)
        leave = self.plan(changes)[1]
        if self.exclusive and 'channels' in changes and AccountTeams.plan(changes)[0]:
            self.current = None
            self.read(obj)
            wanted, teams_left = set(changes.after['channels']), AccountTeams.plan(changes)[1]
            leave = set(key for key in self.current if key not in wanted and key.split('/')[1] != DEFAULT_CHANNEL
                        and key.split('/')[0] not in teams_left)
        for key in sorted(leave):
            self.resource.doing = "remove the account from channel '%s'" % key
            self.driver.channels.remove_user_from_channel(self.ids[key], user_id)
