# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""What the modules and plugins that post and listen share: the direct channel with a user, the
body of a post and the payload of an incoming webhook, the sender name and picture overrides and
whether the server keeps them, permalinks, incoming webhook URLs, message attachments in a
comparable form, and emoji names. (Channels and users by name: _lookup.py.)

Lookups raise `NotFound` with a message for people; the caller fails with it. They use the driver
only (no Ansible), so that the callback plugin and event sources can use them without a module.
"""

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

from urllib.parse import urlsplit, urlunsplit

from ansible_collections.chatops.mattermost.plugins.module_utils.driver import Driver
from ansible_collections.chatops.mattermost.plugins.module_utils._lookup import NotFound, find_account, find_team, is_id

# Some emoji have two names; the server keeps the one the client sent (the web app sends "+1").
EMOJI_ALIASES = {
    'thumbsup': '+1',
    'thumbsdown': '-1',
}


def emoji_name(name):
    """The canonical form of an emoji name: without colons, '+1' for 'thumbsup'."""
    name = (name or '').strip().strip(':')
    return EMOJI_ALIASES.get(name, name)


def direct_channel_name(user_id, other_id):
    """The name the server gives the direct channel of two users."""
    return '__'.join(sorted((user_id, other_id)))


def direct_channel(driver, username, create=True):
    """The direct message channel of the logged in user with `username`.

    Returns (channel or None, other user). With create=False (check mode), an existing channel is
    looked up among the user's channels and None is returned when there is none yet; otherwise
    POST /channels/direct creates it when needed (the server returns the existing one).
    """
    other = find_account(driver, username.lstrip('@'))
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


def link_team_name(driver, channel, team=None):
    """The name of the team a permalink to a post of `channel` goes through, or None.

    `team` is the team option (a name or an id). A direct message channel has no team: any team of
    the user opens it, the `team` option's or else the user's first.
    """
    team_id = (channel or {}).get('team_id')
    if team and not is_id(team):
        return team  # find_channel checked the channel is in it
    if team_id:
        return driver.teams.get_team(team_id)['name']
    if team:
        return find_team(driver, team)['name']
    teams = driver.teams.get_teams_for_user(driver.client.userid) or []
    return teams[0]['name'] if teams else None


def hook_url(server_url, hook_id):
    """<server>/hooks/<id>, the URL of an incoming webhook: the server's URL (with its sub-path),
    without query or fragment. webhook_parts() splits it again."""
    parts = urlsplit(server_url)
    return urlunsplit((parts.scheme, parts.netloc, parts.path.rstrip('/') + '/hooks/' + hook_id, '', ''))


def webhook_parts(webhook_url):
    """(server URL, hook id) of an incoming webhook URL such as https://chat.example.com/hooks/<id>;
    ValueError when it is not one."""
    parts = urlsplit(webhook_url or '')
    path = parts.path.rstrip('/')
    base, sep, hook_id = path.rpartition('/hooks/')
    if parts.scheme not in ('http', 'https') or not parts.hostname or not sep or not hook_id or '/' in hook_id:
        raise ValueError('webhook_url must be the URL of an incoming webhook, such as https://chat.example.com/hooks/<id>')
    return urlunsplit((parts.scheme, parts.netloc, base, '', '')), hook_id


def send_to_webhook(options, webhook_url, payload):
    """POST `payload` to the incoming webhook at webhook_url, with the driver `options` but the
    server's address and credentials (a webhook needs none: its URL is its secret)."""
    server, hook_id = webhook_parts(webhook_url)
    with Driver(dict(options, url=server, token=None, login_id=None, password=None)) as driver:
        driver.webhooks.call_webhook(hook_id, options=payload)


# The sender name and picture options, as props of a post made through the API. The server sets the
# same props on the posts of incoming webhooks; the web app shows them only with from_webhook.
OVERRIDE_PROPS = (('username', 'override_username'), ('icon_url', 'override_icon_url'),
                  ('icon_emoji', 'override_icon_emoji'))
FROM_WEBHOOK_PROP = 'from_webhook'
# The server settings without which it shows neither (ServiceSettings, in the client configuration).
OVERRIDE_SETTINGS = (('username', 'EnablePostUsernameOverride'), ('icon_url', 'EnablePostIconOverride'),
                     ('icon_emoji', 'EnablePostIconOverride'))


def override_props(username=None, icon_url=None, icon_emoji=None):
    """The props that show another sender name or picture on a post made through the API; {} for none."""
    given = dict(username=username, icon_url=icon_url, icon_emoji=icon_emoji)
    props = dict((prop, given[option]) for option, prop in OVERRIDE_PROPS if given[option])
    if props:
        props[FROM_WEBHOOK_PROP] = 'true'
    return props


def override_warning(driver, overrides):
    """Why the server will not show the sender overrides `overrides` (option names such as
    'username') on a post the logged in user makes through the API; None when it will.

    Mattermost 12 keeps them only on the posts of bots and incoming webhooks: it removes the
    from_webhook prop from what users post. A bot's are shown only with the server settings on,
    read from the client configuration (GET /config/client, which any user may read).
    """
    overrides = [name for name in overrides if name]
    if not overrides:
        return None
    if not (driver.user or {}).get('is_bot'):
        return ('%s: Mattermost 12 and later drop the sender name and picture that users (not bots) set on the posts they make '
                'through the API, and earlier versions show them only with ServiceSettings.EnablePostUsernameOverride and '
                'EnablePostIconOverride on; post as a bot or through an incoming webhook' % ', '.join(overrides))
    config = driver.system.get_client_config(params={'format': 'old'}) or {}
    settings = dict(OVERRIDE_SETTINGS)
    off = sorted(set(settings[name] for name in overrides if str(config.get(settings[name], 'true')).lower() == 'false'))
    if off:
        return '%s: the server does not show them: ServiceSettings.%s is off' % (', '.join(overrides), ' and '.join(off))
    return None


def post_body(channel_id, message, props=None, root_id=None, priority=None, requested_ack=False, file_ids=None):
    """The body of POST /posts."""
    body = {'channel_id': channel_id, 'message': message or '', 'props': dict(props or {})}
    if root_id:
        body['root_id'] = root_id
    if priority or requested_ack:
        body['metadata'] = {'priority': {'priority': priority or ''}}
        if requested_ack:
            body['metadata']['priority']['requested_ack'] = True
    if file_ids:
        body['file_ids'] = list(file_ids)
    return body


def webhook_payload(text=None, channel=None, user=None, username=None, icon_url=None, icon_emoji=None,
                    attachments=None, props=None, priority=None, requested_ack=False):
    """What an incoming webhook takes, as community.general.mattermost sends it: `user` is sent as
    the channel @user (a direct message); options not given are left out, so the webhook's own apply."""
    payload = {}
    if text is not None:
        payload['text'] = text
    if user:
        payload['channel'] = '@' + user.lstrip('@')
    elif channel:
        payload['channel'] = channel
    for option, value in (('username', username), ('icon_url', icon_url), ('icon_emoji', icon_emoji),
                          ('attachments', attachments), ('props', props)):
        if value is not None:
            payload[option] = value
    if priority or requested_ack:
        payload['priority'] = {'priority': priority or '', 'requested_ack': bool(requested_ack)}
    return payload


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
