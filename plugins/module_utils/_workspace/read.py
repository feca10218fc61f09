# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reading a server's teams, channels, members, users and bots in bulk, into the workspace shape.

`read_workspace(driver, ...)` sends list requests only (a page holds 200 objects), never one GET per
object where a list exists, and reads the members of the channels (one list per channel, the costly
part) on a bounded pool of threads. It returns a `ServerSnapshot`: the API objects by their natural keys,
the memberships by username with their admin flag, and `shape()`, the contract of docs/workspace.md
that mattermost_workspace_info returns and mattermost_workspace takes.

Requests for T teams, C channels, U accounts (users and bots) and B bots, each list read in pages
of 200 (`p(n)` = n // 200 + 1):
  p(T) teams, p(C) channels, one p(members) per team and one per channel, p(U) accounts, p(B) bots;
that is about T + C + a few, whatever the number of users and memberships (up to 200 per team or
channel in one page). With a team filter, channels are searched in those teams only and the
accounts are read by id (POST /users/ids, 1000 ids a request) rather than listed.
"""

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

from concurrent.futures import ThreadPoolExecutor

from ansible_collections.chatops.mattermost.plugins.module_utils._kinds.channel import TYPES as CHANNEL_TYPES
from ansible_collections.chatops.mattermost.plugins.module_utils._kinds.membership import is_admin
from ansible_collections.chatops.mattermost.plugins.module_utils._resource import ABSENT, lowercase_set, string_set
from ansible_collections.chatops.mattermost.plugins.module_utils._kinds.team import TYPES as TEAM_TYPES
from ansible_collections.chatops.mattermost.plugins.module_utils._kinds.user import AUTH_SERVICES

USERS, BOTS, TEAMS, CHANNELS, MEMBERS = KINDS = ('users', 'bots', 'teams', 'channels', 'members')
# Channels and memberships are listed inside their teams: reading them needs the teams.
NEEDS_TEAMS = (CHANNELS, MEMBERS)


PER_PAGE = 200  # the most the server sends in a page
IDS_PER_REQUEST = 1000
# Channel member lists read at once: enough to hide the latency, few enough for a shared server.
DEFAULT_THREADS = 8

# Keys of a user object that the shape carries as they are (when not empty), in the order of the shape.
USER_TEXT_KEYS = ('email', 'first_name', 'last_name', 'nickname', 'position', 'locale')


class WorkspaceReadError(Exception):
    """The server's lists do not add up (the order of its pages changed while reading)."""


def kinds_problem(kinds):
    """Why a list of kinds cannot be read, or None."""
    unknown = sorted(set(kinds) - set(KINDS))
    if unknown:
        return 'unknown kinds: %s (choose from %s)' % (', '.join(unknown), ', '.join(KINDS))
    orphans = [kind for kind in NEEDS_TEAMS if kind in kinds and TEAMS not in kinds]
    if orphans:
        return '%s are listed inside their teams: add teams to the kinds' % ' and '.join(orphans)
    return None


# The shape of each kind of object: its keys are the options of its module (see docs/workspace.md).

def without_empty(item):
    """The item without keys whose value is '' or [] (an option left out is not compared)."""
    return dict((key, value) for key, value in item.items() if value not in ('', [], None))


def archived(obj):
    return bool(obj.get('delete_at'))


def with_state(item, obj):
    if archived(obj):
        item['state'] = ABSENT
    return item


def user_item(user):
    """The mattermost_user options of a user object."""
    item = {'username': user['username']}
    for key in USER_TEXT_KEYS:
        item[key] = user.get(key) or ''
    if user.get('auth_service'):  # '' (email) is what a user is created with
        item['auth_service'] = AUTH_SERVICES.normalise(user['auth_service'])
        item['auth_data'] = user.get('auth_data') or ''
    item = without_empty(item)
    item['roles'] = string_set(user.get('roles'))
    return with_state(item, user)


def bot_item(bot, account, owner):
    """The mattermost_bot options of a bot object; `account` is its user object (for its roles),
    `owner` its owner's username (None: a plugin, or not known)."""
    item = without_empty({
        'username': bot['username'],
        'display_name': bot.get('display_name') or '',
        'description': bot.get('description') or '',
        'owner': owner or '',
    })
    item['roles'] = string_set((account or {}).get('roles'))
    return with_state(item, bot)


def with_members(item, obj, members):
    """The item with `members` and `admins` of a {username: is admin} membership (sorted usernames, admins
    included in members) unless it is None (not read), and its state."""
    if members is not None:
        item['members'] = sorted(members)
        item['admins'] = sorted(name for name, admin in members.items() if admin)
    return with_state(item, obj)


def channel_item(channel, members=None):
    """The mattermost_channel options of a channel object (but `team`: channels are listed in their team)."""
    item = without_empty({
        'name': channel['name'],
        'display_name': channel.get('display_name') or '',
        'type': CHANNEL_TYPES.normalise(channel['type']),
        'purpose': channel.get('purpose') or '',
        'header': channel.get('header') or '',
    })
    return with_members(item, channel, members)


def team_item(team, members=None, channels=None):
    """The mattermost_team options of a team object; `channels` are channel items."""
    item = without_empty({
        'name': team['name'],
        'display_name': team.get('display_name') or '',
        'type': TEAM_TYPES.normalise(team['type']),
        'description': team.get('description') or '',
        'company_name': team.get('company_name') or '',
        'allowed_domains': lowercase_set(team.get('allowed_domains')),
    })
    item['allow_open_invite'] = bool(team.get('allow_open_invite'))
    item = with_members(item, team, members)
    if channels is not None:
        item['channels'] = channels
    return item


class ServerSnapshot:
    """What a server has, as read by `read_workspace`: the API objects by natural key, and the memberships.

    - `teams`: {team name: team object}
    - `channels`: {(team name, channel name): channel object}, public and private (no direct messages)
    - `users`: {username: user object} of the human accounts selected
    - `bots`: {username: bot object} of the bots selected (their user objects are in `accounts`)
    - `accounts`: {user id: user object} of every account read: users, bots, members, bot owners
    - `team_members`: {team name: {username: is team admin}}
    - `channel_members`: {(team name, channel name): {username: is channel admin}}
    - `kinds`: what was read (a subset of KINDS); a kind not read has empty dicts

    Archived teams and channels, deactivated users and disabled bots are there only when read with
    include_archived; memberships list every member, deactivated users included (the server keeps
    their memberships, so that listing them makes applying the shape change nothing).
    """

    def __init__(self, kinds):
        self.kinds = tuple(kinds)
        self.teams = {}
        self.channels = {}
        self.users = {}
        self.bots = {}
        self.accounts = {}
        self.team_members = {}
        self.channel_members = {}

    def username(self, user_id):
        """The username of an account id, None when it was not read (an id of a plugin, say)."""
        account = self.accounts.get(user_id)
        return account['username'] if account else None

    def user_ids(self):
        """{username: user id} of every account read."""
        return dict((account['username'], user_id) for user_id, account in self.accounts.items())

    def team_channels(self, team_name):
        """The channel objects of a team, sorted by name."""
        return [self.channels[key] for key in sorted(self.channels) if key[0] == team_name]

    def shape(self):
        """The workspace shape (docs/workspace.md) of what was read: users, bots, teams, sorted by name."""
        shape = {}
        if USERS in self.kinds:
            shape['users'] = [user_item(self.users[name]) for name in sorted(self.users)]
        if BOTS in self.kinds:
            shape['bots'] = [bot_item(self.bots[name], self.accounts.get(bot['user_id']),
                                      self.username(bot['owner_id']))
                             for name, bot in sorted(self.bots.items())]
        if TEAMS in self.kinds:
            members = MEMBERS in self.kinds
            shape['teams'] = []
            for name in sorted(self.teams):
                channels = None
                if CHANNELS in self.kinds:
                    channels = [channel_item(channel, self.channel_members.get((name, channel['name']), {}) if members else None)
                                for channel in self.team_channels(name)]
                shape['teams'].append(team_item(self.teams[name], self.team_members.get(name, {}) if members else None,
                                                channels))
        return shape

    def counts(self):
        """How many of each were read: teams, channels, users, bots and memberships (of teams and channels)."""
        memberships = 0
        if MEMBERS in self.kinds:
            memberships = (sum(len(members) for members in self.team_members.values())
                           + sum(len(members) for members in self.channel_members.values()))
        return {'teams': len(self.teams), 'channels': len(self.channels), 'users': len(self.users),
                'bots': len(self.bots), 'memberships': memberships}


def complete_list(client, path, key, params, method='GET'):
    """Every item of a list that pages by a non-unique order (display names), as a list: the total
    count the server gives with each page tells whether the pages missed an item, which fails the
    read rather than leaving the item out. `key` is the answer's key of the items ('teams')."""
    items = {}
    total = None
    page = 0
    while True:
        if method == 'GET':
            answer = client.get(path, params=dict(params, page=page, per_page=PER_PAGE, include_total_count='true'))
        else:
            answer = client.post(path, options=dict(params, page=page, per_page=PER_PAGE))
        total = answer['total_count']
        batch = answer[key] or []
        for item in batch:
            items[item['id']] = item
        if len(batch) < PER_PAGE:
            break
        page += 1
    if len(items) != total:
        raise WorkspaceReadError(
            'The server listed %d %s in pages, but counts %d: they changed while being read, or share display '
            'names in a way the server pages unsteadily; read again' % (len(items), key, total))
    return list(items.values())


def read_workspace(driver, teams=None, kinds=KINDS, include_archived=False, usernames=None, threads=DEFAULT_THREADS,
                   channel_members=None):
    """Read the server's workspace into a `ServerSnapshot`, in bulk.

    :param driver: a logged in Driver of a system admin (listing every team and channel needs manage_system)
    :param teams: names of the teams to read (None: all); users and bots are then those in these teams
    :param kinds: what to read, among KINDS (see kinds_problem for what goes together)
    :param include_archived: also archived teams and channels, deactivated users and disabled bots
    :param usernames: the users and bots to read (None: as `teams` says); the write side's wanted accounts
    :param threads: how many member lists are read at once
    :param channel_members: the (team, channel) keys whose members to read (None: every channel's); the
        write side reads only those of the channels whose members it manages
    :raises MattermostError: a request failed
    :raises WorkspaceReadError: the server's pages did not add up
    """
    return WorkspaceReader(driver, teams, kinds, include_archived, usernames, threads, channel_members).read()


class WorkspaceReader:
    """The requests of read_workspace, in the order they depend on each other."""

    def __init__(self, driver, teams, kinds, include_archived, usernames, threads, channel_members=None):
        self.client = driver.client
        self.team_filter = None if teams is None else set(name.lower() for name in teams)
        self.kinds = tuple(kind for kind in KINDS if kind in kinds)
        self.include_archived = include_archived
        self.username_filter = None if usernames is None else set(name.lower() for name in usernames)
        self.threads = max(1, threads)
        self.channel_member_filter = None if channel_members is None else set(channel_members)
        self.snapshot = ServerSnapshot(self.kinds)
        # Members are needed for the output, or to know which users and bots are in the chosen teams.
        self.accounts_by_team = self.team_filter is not None and self.username_filter is None and (
            USERS in self.kinds or BOTS in self.kinds)

    def wanted(self, obj):
        return self.include_archived or not archived(obj)

    def read(self):
        snapshot = self.snapshot
        team_ids = {}  # team id -> name
        if TEAMS in self.kinds or self.accounts_by_team:
            team_ids = self.read_teams()
        channel_ids = {}  # channel id -> (team name, channel name)
        if CHANNELS in self.kinds:
            channel_ids = self.read_channels(team_ids)
        member_ids = {}  # (kind, key) -> {user id: is admin}
        if MEMBERS in self.kinds or self.accounts_by_team:
            lists = [('teams', team_id, name) for team_id, name in team_ids.items()]
            if MEMBERS in self.kinds:
                lists += [('channels', channel_id, key) for channel_id, key in channel_ids.items()
                          if self.channel_member_filter is None or key in self.channel_member_filter]
            member_ids = self.read_members(lists)
        bots = []
        if BOTS in self.kinds:
            bots = list(self.client.paginate('/bots', params={'include_deleted': 'true'}, per_page=PER_PAGE))
        self.read_accounts(member_ids, bots)
        self.select_accounts(member_ids, bots)
        if MEMBERS in self.kinds:
            for (kind, key), members in member_ids.items():
                by_name = dict((snapshot.username(user_id), admin) for user_id, admin in members.items()
                               if snapshot.username(user_id))
                if kind == 'teams':
                    snapshot.team_members[key] = by_name
                else:
                    snapshot.channel_members[key] = by_name
        if TEAMS not in self.kinds:
            snapshot.teams = {}
        return snapshot

    def read_teams(self):
        """Every team (GET /teams lists archived ones too, to a system admin); keeps the chosen ones.
        Returns {team id: name} of those kept."""
        teams = self.complete_list('/teams', 'teams', {})
        for team in teams:
            if (self.team_filter is None or team['name'] in self.team_filter) and self.wanted(team):
                self.snapshot.teams[team['name']] = team
        return dict((team['id'], name) for name, team in self.snapshot.teams.items())

    def read_channels(self, team_ids):
        """The public and private channels of the chosen teams, archived ones too with include_archived.

        All of them in one list (GET /channels) for every team, or only those of the chosen teams
        (POST /channels/search by team ids). Returns {channel id: (team name, channel name)}.
        """
        if not team_ids:
            return {}
        include_deleted = 'true' if self.include_archived else 'false'
        if self.team_filter is None:
            channels = self.complete_list('/channels', 'channels', {'include_deleted': include_deleted})
        else:
            channels = self.complete_list('/channels/search', 'channels', {
                'term': '', 'team_ids': sorted(team_ids), 'include_deleted': self.include_archived}, method='POST')
        found = {}
        for channel in channels:
            team = team_ids.get(channel.get('team_id'))
            if team is None or channel.get('type') not in ('O', 'P') or not self.wanted(channel):
                continue
            key = (team, channel['name'])
            self.snapshot.channels[key] = channel
            found[channel['id']] = key
        return found

    def complete_list(self, path, key, params, method='GET'):
        return complete_list(self.client, path, key, params, method)

    def read_members(self, lists):
        """{(kind, key): {user id: is admin}} of team and channel member lists, read on a pool of threads."""
        def read(entry):
            kind, object_id, key = entry
            members = self.client.paginate('/%s/%s/members' % (kind, object_id), per_page=PER_PAGE)
            return (kind, key), dict((member['user_id'], is_admin(member)) for member in members)

        if not lists:
            return {}
        with ThreadPoolExecutor(max_workers=min(self.threads, len(lists))) as pool:
            return dict(pool.map(read, lists))

    def read_accounts(self, member_ids, bots):
        """The user objects of every account needed: all of them in pages (GET /users lists deactivated
        users and bots too), or, with a filter, only the named ones and the ids still unknown."""
        accounts = self.snapshot.accounts
        if self.team_filter is None and self.username_filter is None:
            if any(kind in self.kinds for kind in (USERS, BOTS, MEMBERS)):
                for user in self.client.paginate('/users', per_page=PER_PAGE):
                    accounts[user['id']] = user
            return
        if self.username_filter:
            for user in self.client.post('/users/usernames', options=sorted(self.username_filter)) or ():
                accounts[user['id']] = user
        needed = set()
        for members in member_ids.values():
            needed.update(members)
        for bot in bots:
            if self.username_filter is None or bot['username'] in self.username_filter:
                needed.update((bot['user_id'], bot['owner_id']))
        needed = sorted(needed - set(accounts))
        for start in range(0, len(needed), IDS_PER_REQUEST):
            for user in self.client.post('/users/ids', options=needed[start:start + IDS_PER_REQUEST]) or ():
                accounts[user['id']] = user

    def select_accounts(self, member_ids, bots):
        """Which users and bots the workspace lists: the named ones, those in the chosen teams, or all."""
        snapshot = self.snapshot
        in_teams = set()
        for (kind, key), members in member_ids.items():
            if kind == 'teams':
                in_teams.update(members)

        def chosen(user_id, username):
            if self.username_filter is not None:
                return username in self.username_filter
            return self.team_filter is None or user_id in in_teams

        if USERS in self.kinds:
            for user_id, user in snapshot.accounts.items():
                if not user.get('is_bot') and chosen(user_id, user['username']) and self.wanted(user):
                    snapshot.users[user['username']] = user
        for bot in bots:
            if chosen(bot['user_id'], bot['username']) and self.wanted(bot):
                snapshot.bots[bot['username']] = bot
