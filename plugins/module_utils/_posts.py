# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""What the modules and plugins that post and listen share: finding a channel (by name in a team,
by id, or the direct channel with a user), usernames to ids, permalinks, incoming webhook URLs,
message attachments in a comparable form, and emoji names.

Lookups raise `NotFound` with a message for people; the caller fails with it. They use the driver
only, so that the callback plugin can use them without a module.
"""

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

from urllib.parse import urlsplit, urlunsplit

from ansible_collections.chatops.mattermost.plugins.module_utils._lookup import NotFound, find_team, found, is_id

# Some emoji have two names; the server keeps the one the client sent (the web app sends "+1").
EMOJI_ALIASES = {
    'thumbsup': '+1',
    'thumbsdown': '-1',
}


def emoji_name(name):
    """The canonical form of an emoji name: without colons, '+1' for 'thumbsup'."""
    name = (name or '').strip().strip(':')
    return EMOJI_ALIASES.get(name, name)


def find_channel(driver, channel, team=None):
    """The channel `channel`: its name in `team` (a team name or id), or, without team, its id.

    With a team, a name is looked up first, then (for a name that looks like an id) the id.
    Returns (channel, team or None): the team when it was read on the way (by id), else None.
    """
    if not team:
        if not is_id(channel):
            raise NotFound("channel '%s' is not a channel id: give team with a channel name" % channel)
        result = found(driver.channels.get_channel, channel)
        if result is None:
            raise NotFound('No channel has the id %s (or the user cannot read it)' % channel)
        return result, None
    if is_id(team):
        team_obj = find_team(driver, team)
        result = found(driver.channels.get_channel_by_name, team_obj['id'], channel)
    else:
        team_obj = None
        # One request for both names; a team given by id needs its own.
        result = found(driver.channels.get_channel_by_name_for_team_name, team, channel)
    if result is None and is_id(channel):
        result = found(driver.channels.get_channel, channel)
    if result is None:
        raise NotFound("No channel '%s' in team '%s' (or the user cannot read it)" % (channel, team))
    return result, team_obj


def user_ids(driver, usernames):
    """{username (lowercase): user id} for the usernames; NotFound naming the unknown ones."""
    wanted = sorted(set(name.lower().lstrip('@') for name in usernames))
    if not wanted:
        return {}
    users = driver.users.get_users_by_usernames(options=wanted) or []
    ids = dict((user['username'].lower(), user['id']) for user in users)
    missing = [name for name in wanted if name not in ids]
    if missing:
        raise NotFound('No user is named %s' % ', '.join("'%s'" % name for name in missing))
    return ids


def direct_channel_name(user_id, other_id):
    """The name the server gives the direct channel of two users."""
    return '__'.join(sorted((user_id, other_id)))


def direct_channel(driver, username, create=True):
    """The direct message channel of the logged in user with `username`.

    Returns (channel or None, other user). With create=False (check mode), an existing channel is
    looked up among the user's channels and None is returned when there is none yet; otherwise
    POST /channels/direct creates it when needed (the server returns the existing one).
    """
    other = found(driver.users.get_user_by_username, username.lstrip('@'))
    if other is None:
        raise NotFound("No user is named '%s'" % username)
    me = driver.client.userid
    if create:
        return driver.channels.create_direct_channel(options=[me, other['id']]), other
    name = direct_channel_name(me, other['id'])
    for channel in driver.channels.get_all_channels_for_user(me) or []:
        if channel.get('name') == name:
            return channel, other
    return None, other


def site_url(url):
    """The web address of the server for links: the `url` option without a trailing slash."""
    return url.rstrip('/')


def permalink(url, team_name, post_id):
    """<site>/<team>/pl/<post id>, the link the web app opens the post with."""
    if not (team_name and post_id):
        return None
    return '%s/%s/pl/%s' % (site_url(url), team_name, post_id)


def webhook_parts(webhook_url):
    """(server URL, hook id) of an incoming webhook URL such as https://chat.example.com/hooks/<id>;
    ValueError when it is not one."""
    parts = urlsplit(webhook_url or '')
    path = parts.path.rstrip('/')
    base, sep, hook_id = path.rpartition('/hooks/')
    if parts.scheme not in ('http', 'https') or not parts.hostname or not sep or not hook_id or '/' in hook_id:
        raise ValueError('webhook_url must be the URL of an incoming webhook, such as https://chat.example.com/hooks/<id>')
    return urlunsplit((parts.scheme, parts.netloc, base, '', '')), hook_id


def _meaningful(value):
    return value not in (None, '', [], {}, 0, False)


def comparable(value):
    """A copy of attachments (or any JSON) for comparison: keys with empty values removed.

    The server fills every attachment field it knows with an empty value ('' , 0, null, false):
    those mean "not set" on both sides.
    """
    if isinstance(value, dict):
        cleaned = dict((key, comparable(item)) for key, item in value.items())
        return dict((key, item) for key, item in cleaned.items() if _meaningful(item))
    if isinstance(value, (list, tuple)):
        return [comparable(item) for item in value]
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value
