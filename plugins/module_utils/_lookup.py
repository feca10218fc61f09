# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Finding things by what people call them: a team or a channel by name or id, an account by
username.

Through the driver only, so that the modules and the callback plugin share it. A lookup that finds
nothing raises `NotFound` with a message for people; one the server refuses raises `RequestFailed`,
whose message says what was being looked up.
"""

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

from ansible_collections.chatops.mattermost.plugins.module_utils.driver import ResourceNotFound
from ansible_collections.chatops.mattermost.plugins.module_utils._errors import Failure, NotFound, request
from ansible_collections.chatops.mattermost.plugins.module_utils._naming import ID, is_id

__all__ = ('ID', 'NotFound', 'TeamNotFound', 'is_id', 'found', 'lookup', 'find_team', 'find_channel',
           'find_channel_in_team', 'find_account', 'find_accounts', 'find_user', 'user_ids', 'require_active')

INCLUDE_DELETED = {'include_deleted': 'true'}
# The most ids POST /users/ids takes in one request.
IDS_PER_REQUEST = 1000


class TeamNotFound(NotFound):
    """The team named is not there: finding a channel in it, it tells a wrong team from a missing channel."""


def found(request, *args, **kwargs):
    """The answer of a GET request, None when the server answers 404."""
    try:
        return request(*args, **kwargs)
    except ResourceNotFound:
        return None


def lookup(doing, get, *args, **kwargs):
    """`found()`, with a failure that says what was being looked up (`doing`: "look up team 'x'")."""
    return request(doing, found, get, *args, **kwargs)


def require_active(obj, what, module):
    """Fail for an archived team or channel (`what`: "Team 'x'"), which must be restored first with `module`."""
    if obj.get('delete_at'):
        raise Failure("%s is archived: restore it first (chatops.mattermost.%s)" % (what, module))
    return obj


def find_team(driver, team, present=False):
    """The team named `team`, or whose id it is (archived teams too, unless `present`); NotFound
    otherwise. An id is tried first: a team name can look like one."""
    doing = "look up team '%s'" % team
    result = lookup(doing, driver.teams.get_team, team) if is_id(team) else None
    result = result or lookup(doing, driver.teams.get_team_by_name, team)
    if result is None:
        raise TeamNotFound("No team is named '%s' (or has that id)" % team)
    if present:
        require_active(result, "Team '%s'" % team, 'mattermost_team')
    return result


def find_channel(driver, team_key, channel_key, present=False, public_only=False, direct_too=False):
    """The public or private channel `channel_key` (a name in the team `team_key`, or an id); with
    `direct_too`, also a direct or group message channel given by id (to post or listen in).

    NotFound when there is none; Failure when it is in another team than `team_key`, when it is a
    direct or group message channel (unless `direct_too`), when it is private and `public_only`, or
    when it is archived and `present`. One request for a channel given by name with a team given by name
    (GET /teams/name/{team}/channels/name/{channel}); archived channels are found too.
    """
    channel = None
    if is_id(channel_key):
        channel = lookup("look up channel %s" % channel_key, driver.channels.get_channel, channel_key)
        if channel is not None and team_key and team_key != channel.get('team_id'):
            team = find_team(driver, team_key)
            if team['id'] != channel.get('team_id'):
                raise Failure("Channel %s ('%s') is in another team than '%s'" % (channel_key, channel.get('name'), team_key))
    if channel is None:
        if not team_key:
            raise NotFound("No channel has the id %s; give team to find a channel by name" % channel_key)
        doing = "look up channel '%s' in team '%s'" % (channel_key, team_key)
        if is_id(team_key):
            channel = lookup(doing, driver.channels.get_channel_by_name, team_key, channel_key, params=INCLUDE_DELETED)
        if channel is None:
            channel = lookup(doing, driver.channels.get_channel_by_name_for_team_name, team_key, channel_key,
                             params=INCLUDE_DELETED)
        if channel is None:
            find_team(driver, team_key)  # raises its own NotFound when the team is unknown
            raise NotFound("No channel is named '%s' in team '%s'" % (channel_key, team_key))
    if channel.get('type') not in ('O', 'P') and not direct_too:
        raise Failure("Channel %s is a direct or group message channel, which has no team" % channel_key)
    if public_only and channel['type'] != 'O':
        raise Failure("Channel '%s' is private: outgoing webhooks can only watch public channels" % channel_key)
    if present:
        require_active(channel, "Channel '%s'" % channel_key, 'mattermost_channel')
    return channel


def find_channel_in_team(driver, team, name):
    """The channel named `name` in the team object `team` (archived ones too), or None."""
    return lookup("look up channel '%s' in team '%s'" % (name, team['name']), driver.channels.get_channel_by_name,
                  team['id'], name, params=INCLUDE_DELETED)


def find_account(driver, username):
    """The user (or bot) object with this username, deactivated ones included; None if there is none."""
    return lookup("look up user '%s'" % username, driver.users.get_user_by_username, username)


def find_accounts(driver, user_ids):
    """{user id: user object} of the accounts (users and bots, deactivated ones too) with these ids, in
    bulk (POST /users/ids, a thousand a request); ids of no account are left out."""
    user_ids = sorted(set(user_ids))
    accounts = {}
    for start in range(0, len(user_ids), IDS_PER_REQUEST):
        batch = user_ids[start:start + IDS_PER_REQUEST]
        answer = request('look up %d users by id' % len(batch), driver.client.post, '/users/ids', options=batch)
        for user in answer or ():
            accounts[user['id']] = user
    return accounts


def find_user(driver, username, what='members and admins are usernames'):
    """The active user named `username`, to add somewhere; NotFound or Failure (deactivated) otherwise."""
    user = find_account(driver, username)
    if user is None:
        raise NotFound("No user is named '%s' (%s)" % (username, what))
    if user.get('delete_at'):
        raise Failure("User '%s' is deactivated and cannot be added" % username)
    return user


def user_ids(driver, usernames):
    """{username (lowercase): user id} of the usernames (a leading '@' left out), in one request;
    NotFound naming the unknown ones."""
    wanted = sorted(set(name.lower().lstrip('@') for name in usernames))
    if not wanted:
        return {}
    users = request('look up the users %s' % ', '.join(wanted), driver.users.get_users_by_usernames, options=wanted) or []
    ids = dict((user['username'].lower(), user['id']) for user in users)
    missing = [name for name in wanted if name not in ids]
    if missing:
        raise NotFound('No user is named %s' % ', '.join("'%s'" % name for name in missing))
    return ids
