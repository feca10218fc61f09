# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""A public or private channel: its options, its rules, and how its desired state becomes API requests."""

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

from ansible_collections.chatops.mattermost.plugins.module_utils._errors import Failure, path_of
from ansible_collections.chatops.mattermost.plugins.module_utils._lookup import (
    find_channel_in_team, find_team, lookup,
)
from ansible_collections.chatops.mattermost.plugins.module_utils._kinds.membership import MEMBERS_ARGUMENT_SPEC, Membership
from ansible_collections.chatops.mattermost.plugins.module_utils._naming import (
    CHANNEL_MAX_CHARACTERS, channel_name_problems, id_problems, length_problems, not_empty_problems,
)
from ansible_collections.chatops.mattermost.plugins.module_utils._resource import (
    Codes, Field, Resource, state_argument_spec, trimmed,
)

TYPES = Codes({'O': 'public', 'P': 'private'})
PATCHED = ('name', 'display_name', 'purpose', 'header')

CHANNEL_ARGUMENT_SPEC = dict(
    team=dict(type='str', required=True),
    name=dict(type='str', required=True),
    id=dict(type='str'),
    display_name=dict(type='str'),
    type=dict(type='str', choices=['public', 'private']),
    purpose=dict(type='str'),
    header=dict(type='str'),
    move=dict(type='bool', default=False),
    **dict(MEMBERS_ARGUMENT_SPEC, **state_argument_spec())
)


class Channel(Resource):
    """A public or private channel, found by name in its team, or by id.

    present: POST /channels, or POST /channels/{id}/restore; then POST /channels/{id}/move for `team`
    (with `move`), PUT /channels/{id}/privacy for `type`, PUT /channels/{id}/patch for the other
    fields, and the members requests.
    absent: DELETE /channels/{id}, with ?permanent=true for `permanent`.

    Seeding: `seed(channel, team)` with the team object (then no request finds either), and
    `membership.seed(members, ids)`; `membership.team_members` (a set of user ids) spares the check
    that each user to add is in the team.
    """

    name = 'channel'
    argument_spec = CHANNEL_ARGUMENT_SPEC

    def __init__(self, params, driver, check_mode=False, diff=False):
        super(Channel, self).__init__(params, driver, check_mode, diff)
        self.team = None
        self.membership = Membership(self, 'channels', team_id=lambda: self.team['id'])
        self.fields = (
            Field('team', key='team_id'),
            Field('name', key='name'),
            # The server trims a channel's display name (Channel.Patch).
            Field('display_name', key='display_name', normalise=trimmed),
            Field('type', key='type', normalise=TYPES.normalise, to_api=TYPES.to_api),
            Field('purpose', key='purpose'),
            Field('header', key='header'),
        ) + self.membership.fields()

    @classmethod
    def problems(cls, params, prefix=''):
        problems = channel_name_problems(params['name'], path_of(prefix, 'name'))
        problems += length_problems(params, prefix, character_limits=CHANNEL_MAX_CHARACTERS)
        problems += not_empty_problems(params['display_name'], path_of(prefix, 'display_name'))
        problems += id_problems(params['id'], path_of(prefix, 'id'))
        if not params['team']:
            problems.append('%s cannot be empty' % path_of(prefix, 'team'))
        return problems

    def seed(self, current, team=None):
        """`team`: the channel's team object (the one `params['team']` names)."""
        super(Channel, self).seed(current)
        self.team = team

    def given(self):
        given = super(Channel, self).given()
        given.update(self.membership.given())
        given['team'] = self.team['id']
        if self.current is None:  # what the channel is created with when these are not given
            given['display_name'] = given['display_name'] or self.params['name']
            given['type'] = given['type'] or 'public'
        return given

    def read(self):
        if self.team is None:
            self.team = find_team(self.driver, self.params['team'], present=True)
        return super(Channel, self).read()

    def find(self):
        channel_id = self.params['id']
        if channel_id:
            self.doing = "look up channel %s" % channel_id
            channel = lookup(self.doing, self.driver.channels.get_channel, channel_id)
            if channel is None and self.params['state'] == 'present':
                raise Failure('No channel has the id %s; leave out id to create the channel' % channel_id)
        else:
            channel = find_channel_in_team(self.driver, self.team, self.params['name'])
        if channel is not None and channel['type'] not in ('O', 'P'):
            raise Failure('Channel %s is a direct or group message channel, which this module does not manage' % channel['id'])
        if channel is not None and channel['team_id'] != self.team['id'] and not (
                self.params['move'] and self.params['state'] == 'present'):
            raise Failure("Channel %s ('%s') is in another team (id %s) than '%s'; set move=true (with state=present) to move it"
                          % (channel['id'], channel['name'], channel['team_id'], self.team['name']))
        return channel

    def prepare(self, changes):
        self.membership.prepare(changes)

    def create(self, changes):
        self.doing = "create channel '%s' in team '%s'" % (self.params['name'], self.team['name'])
        channel = self.driver.channels.create_channel(options=changes.api(changed_only=False))
        self.membership.apply(channel, changes)
        return channel

    def update(self, channel, changes):
        if changes.changed('team'):
            self.doing = "move channel '%s' to team '%s'" % (channel['name'], self.team['name'])
            channel = self.driver.channels.move_channel(channel['id'], options={'team_id': self.team['id'], 'force': False})
        if changes.changed('type'):
            self.doing = "change the type of channel '%s'" % channel['name']
            channel = self.driver.channels.update_channel_privacy(
                channel['id'], options={'privacy': TYPES.to_api(changes.after['type'])})
        patch = changes.api(PATCHED)
        if patch:
            self.doing = "update channel '%s'" % channel['name']
            channel = self.driver.channels.patch_channel(channel['id'], options=patch)
        self.membership.apply(channel, changes)
        return channel

    def restore(self, channel):
        self.doing = "restore channel '%s'" % channel['name']
        return self.driver.channels.restore_channel(channel['id'])

    def archive(self, channel):
        self.doing = "archive channel '%s'" % channel['name']
        self.driver.channels.delete_channel(channel['id'])

    def delete(self, channel):
        self.doing = "delete channel '%s'" % channel['name']
        self.driver.channels.delete_channel(channel['id'], params={'permanent': 'true'})
