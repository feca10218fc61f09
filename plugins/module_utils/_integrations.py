# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""What the integration modules (mattermost_webhook, mattermost_slash_command) share.

- finding the team and the channel an integration belongs to, by name or id, with a clear message
  when there is none;
- the server's rules for URLs and lengths, checked before any request;
- rotating a token after `ensure()` (`regenerate_token`), with its place in the diff;
- warning when the server did not keep a value it was sent (a setting of the server drops it),
  since every later run would then report a change again.
"""

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import re

from urllib.parse import urlsplit

from ansible.module_utils.common.text.converters import to_bytes, to_text

from ansible_collections.chatops.mattermost.plugins.module_utils._connection import fail_for_error
from ansible_collections.chatops.mattermost.plugins.module_utils.driver import MattermostError
from ansible_collections.chatops.mattermost.plugins.module_utils._lookup import NotFound, find_team as find_team_by_key, found, is_id

# An id as the server makes them: 26 lowercase letters and digits.
WHITESPACE = re.compile(r'\s')

# What the diff shows for a rotated token: never its value.
TOKEN_BEFORE = '(current token)'
TOKEN_AFTER = '(new token)'


def is_http_url(value):
    """The server's model.IsValidHTTPURL: http:// or https://, then a host; no space in it."""
    if not (value.startswith('http://') or value.startswith('https://')) or WHITESPACE.search(value):
        return False
    try:
        parts = urlsplit(value)
    except ValueError:  # an invalid IPv6 address
        return False
    return bool(parts.hostname)


def byte_length(value):
    """Length as the server's Go code counts it (len of a string: bytes)."""
    return len(to_bytes(value, errors='surrogate_or_strict'))


def length_problems(params, byte_limits=None, character_limits=None):
    """The options that are longer than the server allows: in bytes (the model's checks) or in
    characters (the database columns)."""
    problems = []
    for option, limit in sorted((byte_limits or {}).items()):
        if params.get(option) is not None and byte_length(params[option]) > limit:
            problems.append('%s must have at most %d bytes' % (option, limit))
    for option, limit in sorted((character_limits or {}).items()):
        if params.get(option) is not None and len(to_text(params[option])) > limit:
            problems.append('%s must have at most %d characters' % (option, limit))
    return problems


def unique_sorted(value):
    """A list compared without regard to order or duplicates (trigger words, callback URLs)."""
    return sorted(set(to_text(item) for item in value or []))


def find_team(resource, team_key, present=True):
    """The team named team_key (or with that id); fails the module when there is none, or when it is
    archived and `present`."""
    resource.doing = "look up team '%s'" % team_key
    try:
        team = find_team_by_key(resource.driver, team_key)
    except NotFound as exc:
        resource.module.fail_json(msg=str(exc))
    if present and team.get('delete_at'):
        resource.module.fail_json(msg="Team '%s' is archived: restore it first (chatops.mattermost.mattermost_team)"
                                      % team_key)
    return team


def find_channel(resource, team_key, channel_key, present=True, public_only=False):
    """The public or private channel channel_key (a name in the team team_key, or an id); fails the
    module when there is none, when it is in another team than team_key, or (with `present`) when
    it is archived.

    One request for a channel given by name with a team given by name
    (GET /teams/name/{team}/channels/name/{channel}); archived channels are found too.
    """
    module = resource.module
    channel = None
    if is_id(channel_key):
        resource.doing = "look up channel %s" % channel_key
        channel = found(resource.driver.channels.get_channel, channel_key)
        if channel is not None and team_key and team_key != channel.get('team_id'):
            team = find_team(resource, team_key, present=False)
            if team['id'] != channel.get('team_id'):
                module.fail_json(msg="Channel %s ('%s') is in another team than '%s'" % (
                    channel_key, channel.get('name'), team_key))
    if channel is None:
        if not team_key:
            module.fail_json(msg="No channel has the id %s; give team to find a channel by name" % channel_key)
        resource.doing = "look up channel '%s' in team '%s'" % (channel_key, team_key)
        include_deleted = {'include_deleted': 'true'}
        if is_id(team_key):
            channel = found(resource.driver.channels.get_channel_by_name, team_key, channel_key, params=include_deleted)
        if channel is None:
            channel = found(resource.driver.channels.get_channel_by_name_and_team_name, team_key, channel_key,
                            params=include_deleted)
        if channel is None:
            find_team(resource, team_key, present=False)  # fails with its own message when the team is unknown
            module.fail_json(msg="No channel is named '%s' in team '%s'" % (channel_key, team_key))
    if channel.get('type') not in ('O', 'P'):
        module.fail_json(msg="Channel %s is a direct or group message channel, which has no team" % channel_key)
    if public_only and channel['type'] != 'O':
        module.fail_json(msg="Channel '%s' is private: outgoing webhooks can only watch public channels" % channel_key)
    if present and channel.get('delete_at'):
        module.fail_json(msg="Channel '%s' is archived: restore it first (chatops.mattermost.mattermost_channel)"
                             % channel_key)
    return channel


def rotate_token(module, resource, result):
    """After ensure(): rotate the token of the object the task found (a new object has a new token
    already). Changed; nothing is sent in check mode; the diff shows that the token changes, not
    its value."""
    if resource.current is None:
        return result
    result['changed'] = True
    if not module.check_mode:
        try:
            result[resource.name] = resource.regenerate(result[resource.name])
        except MattermostError as exc:
            fail_for_error(module, exc, resource.doing)
    if 'diff' in result:
        result['diff']['before']['token'] = TOKEN_BEFORE
        result['diff']['after']['token'] = TOKEN_AFTER
    return result


def warn_when_not_kept(module, changes, obj, hints=None):
    """Warn about each compared field whose value the server did not keep in `obj` (the answer of a
    create or update request): every later run would report a change again."""
    hints = hints or {}
    for name, wanted in sorted(changes.after.items()):
        field = changes.fields[name]
        if field.key is None or field.secret or not changes.changed(name):
            continue
        kept = field.current(obj)
        if kept != wanted:
            module.warn('The server did not keep %s = %r (it has %r)%s' % (
                name, wanted, kept, ': ' + hints[name] if name in hints else ''))
