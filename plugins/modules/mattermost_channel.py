#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

DOCUMENTATION = r'''
module: mattermost_channel
short_description: Manage a Mattermost channel and its members
version_added: 0.1.0
description:
  - Create, update, archive, restore, delete or move a public or private channel of a Mattermost team.
  - Manage its members and channel admins by username.
  - A channel is found by its name within its team (archived channels included), or by O(id).
  - Only the options given are compared with the server's channel; the others are left as they are.
author:
  - chatops.mattermost maintainers (@chatops)
extends_documentation_fragment:
  - chatops.mattermost.connection
  - ansible.builtin.action_common_attributes
attributes:
  check_mode:
    support: full
  diff_mode:
    support: full
  platform:
    platforms: all
options:
  team:
    description:
      - The name or the id of the team the channel is in.
    type: str
    required: true
  name:
    description:
      - The channel's name, its handle in URLs. With O(team), it identifies the channel.
      - 1 to 64 lowercase letters, digits, hyphens and underscores, starting with a letter or a digit (the server's rules,
        checked before any request).
      - With O(id), the name the channel must have (it is renamed if needed).
    type: str
    required: true
  id:
    description:
      - The id of the channel, to find it by id rather than by name in O(team).
      - Needed to rename a channel, or to move it to O(team) from another team with O(move=true).
    type: str
  display_name:
    description:
      - The name shown to people, up to 64 characters.
      - When the channel is created without it, its O(name).
    type: str
  type:
    description:
      - V(public) channels can be found and joined by every member of the team; V(private) ones only by invitation.
      - Changing it converts the channel, keeping its members and messages.
      - When the channel is created without it, V(public).
    type: str
    choices: [public, private]
  purpose:
    description:
      - The channel's purpose, up to 250 characters.
    type: str
  header:
    description:
      - The channel's header (Markdown), up to 1024 characters.
    type: str
  members:
    description:
      - Usernames of users that must be members of the channel. They must be members of its team.
      - Compared without regard to order or case. Users not listed stay members unless O(members_exclusive=true).
    type: list
    elements: str
  admins:
    description:
      - Usernames of users that must be channel admins (and members) of the channel.
      - Channel admins not listed keep their role unless O(members_exclusive=true).
    type: list
    elements: str
  members_exclusive:
    description:
      - With V(true), members not in O(members) or O(admins) are removed from the channel when O(members) is given, and
        channel admins not in O(admins) become plain members when O(admins) is given.
      - The user running the task is never removed or demoted.
    type: bool
    default: false
  move:
    description:
      - When the channel given by O(id) is in another team than O(team), move it to O(team) (this needs the C(manage_system)
        permission, and every member of the channel must be a member of O(team)).
      - Without it, such a channel fails the task and nothing is changed.
    type: bool
    default: false
  state:
    description:
      - V(present) creates the channel, or restores it (with the same id) when it is archived, and updates it.
      - V(absent) archives the channel; with O(permanent=true) it deletes it for good.
    type: str
    choices: [present, absent]
    default: present
  permanent:
    description:
      - With O(state=absent), delete the channel and its messages for good instead of archiving it.
        The server must allow it (C(ServiceSettings.EnableAPIChannelDeletion)).
    type: bool
    default: false
seealso:
  - module: chatops.mattermost.mattermost_team
  - name: Channels in the Mattermost API reference
    description: The API requests this module sends.
    link: https://developers.mattermost.com/api-documentation/#/tags/channels
'''

EXAMPLES = r'''
- name: Make sure the incidents channel exists, private, with these members
  chatops.mattermost.mattermost_channel:
    url: https://chat.example.com
    token: "{{ mattermost_token }}"
    team: ops
    name: incidents
    display_name: Incidents
    type: private
    purpose: One thread per incident
    members: [alice, bob]
    admins: [carol]

- name: Rename a channel found by its id
  chatops.mattermost.mattermost_channel:
    url: https://chat.example.com
    token: "{{ mattermost_token }}"
    team: ops
    id: "{{ channel_id }}"
    name: incidents-2026

- name: Move a channel from another team to ops
  chatops.mattermost.mattermost_channel:
    url: https://chat.example.com
    token: "{{ mattermost_token }}"
    team: ops
    id: "{{ dev_channel_id }}"
    name: postmortems
    move: true

- name: Archive a channel
  chatops.mattermost.mattermost_channel:
    url: https://chat.example.com
    token: "{{ mattermost_token }}"
    team: ops
    name: old-stuff
    state: absent
'''

RETURN = r'''
channel:
  description:
    - The channel as the API returns it, after the changes (in check mode, as it would be).
    - Empty when there is no channel (any more).
  returned: success
  type: dict
  sample:
    id: 9b1qzxbgxbr5dyqnpmsd3tkayw
    team_id: 4xp9fdt77pncbef59f4k1qe83o
    name: incidents
    display_name: Incidents
    type: P
    purpose: One thread per incident
    header: ""
    create_at: 1767600000000
    update_at: 1767600000000
    delete_at: 0
diff:
  description:
    - The compared options before and after, and the channel's state (V(present), V(archived) or V(absent)).
    - The team is shown by id.
  returned: in diff mode
  type: dict
  sample:
    before: {state: present, type: public}
    after: {state: present, type: private}
'''

import re

from ansible_collections.chatops.mattermost.plugins.module_utils._connection import connect, mattermost_module
from ansible_collections.chatops.mattermost.plugins.module_utils._membership import (
    ARGUMENT_SPEC as MEMBERSHIP_ARGUMENT_SPEC, Membership,
)
from ansible_collections.chatops.mattermost.plugins.module_utils._lookup import NotFound, find_team, found, is_id
from ansible_collections.chatops.mattermost.plugins.module_utils._resource import (
    Codes, Field, Resource, ensure, state_argument_spec,
)

# The server's rules (server/public/model/channel.go and utils.go, Mattermost 11.4).
CHANNEL_NAME = re.compile(r'^[a-z0-9]+([a-z\-_0-9]+|(__)?)[a-z0-9]*$')
CHANNEL_NAME_MAX_LENGTH = 64
# Names of direct (two user ids) and group message channels (40 hex digits), refused for others.
DIRECT_CHANNEL_NAME = re.compile(r'^[a-z0-9]{26}__[a-z0-9]{26}$')
GROUP_CHANNEL_NAME = re.compile(r'^[a-f0-9]{40}$')
MAX_CHARACTERS = dict(display_name=64, purpose=250, header=1024)
# An id as the server makes them: 26 lowercase letters and digits.

TYPES = Codes({'O': 'public', 'P': 'private'})
PATCHED = ('name', 'display_name', 'purpose', 'header')


def problems(params):
    """What the server would refuse in the options, before asking it anything."""
    found_problems = []
    name = params['name']
    if len(name) > CHANNEL_NAME_MAX_LENGTH or not CHANNEL_NAME.match(name):
        found_problems.append(
            "name %r is not a valid channel name: 1 to 64 lowercase letters, digits, hyphens and underscores, "
            "starting with a letter or a digit" % name)
    elif DIRECT_CHANNEL_NAME.match(name) or GROUP_CHANNEL_NAME.match(name):
        found_problems.append("name %r is the name of a direct or group message channel" % name)
    for option, limit in MAX_CHARACTERS.items():
        if params[option] is not None and len(params[option]) > limit:
            found_problems.append('%s must have at most %d characters' % (option, limit))
    if params['display_name'] == '':
        found_problems.append('display_name cannot be empty')
    if params['id'] is not None and not is_id(params['id']):
        found_problems.append('id %r is not a Mattermost id (26 lowercase letters and digits)' % params['id'])
    if not params['team']:
        found_problems.append('team cannot be empty')
    return found_problems


class Channel(Resource):
    """A public or private channel, found by name in its team, or by id.

    present: POST /channels, or POST /channels/{id}/restore; then POST /channels/{id}/move for `team`
    (with `move`), PUT /channels/{id}/privacy for `type`, PUT /channels/{id}/patch for the other
    fields, and the members requests.
    absent: DELETE /channels/{id}, with ?permanent=true for `permanent`.
    """

    name = 'channel'

    def __init__(self, module, driver):
        super(Channel, self).__init__(module, driver)
        self.params = module.params
        self.team = None
        self.current = None
        self.membership = Membership(self, 'channels', team_id=lambda: self.team['id'])
        self.fields = (
            Field('team', key='team_id'),
            Field('name', key='name'),
            Field('display_name', key='display_name'),
            Field('type', key='type', normalise=TYPES.normalise, to_api=TYPES.to_api),
            Field('purpose', key='purpose'),
            Field('header', key='header'),
        ) + self.membership.fields()

    def given(self):
        given = super(Channel, self).given()
        given.update(self.membership.given())
        given['team'] = self.team['id']
        if self.current is None:  # what the channel is created with when these are not given
            given['display_name'] = given['display_name'] or self.params['name']
            given['type'] = given['type'] or 'public'
        return given

    def find_team(self):
        team_key = self.params['team']
        self.doing = "look up team '%s'" % team_key
        try:
            team = find_team(self.driver, team_key)
        except NotFound as exc:
            self.module.fail_json(msg=str(exc))
        if team.get('delete_at'):
            self.module.fail_json(msg="Team '%s' is archived: restore it first (chatops.mattermost.mattermost_team)" % team_key)
        return team

    def find(self):
        self.team = self.find_team()
        channel_id = self.params['id']
        if channel_id:
            self.doing = "look up channel %s" % channel_id
            channel = found(self.driver.channels.get_channel, channel_id)
            if channel is None and self.params['state'] == 'present':
                self.module.fail_json(msg='No channel has the id %s; leave out id to create the channel' % channel_id)
        else:
            self.doing = "look up channel '%s' in team '%s'" % (self.params['name'], self.team['name'])
            channel = found(self.driver.channels.get_channel_by_name, self.team['id'], self.params['name'],
                            params={'include_deleted': 'true'})
        if channel is not None and channel['type'] not in ('O', 'P'):
            self.module.fail_json(msg='Channel %s is a direct or group message channel, which this module does not manage'
                                      % channel['id'])
        if channel is not None and channel['team_id'] != self.team['id'] and not (
                self.params['move'] and self.params['state'] == 'present'):
            self.module.fail_json(
                msg="Channel %s ('%s') is in another team (id %s) than '%s'; set move=true (with state=present) to move it"
                    % (channel['id'], channel['name'], channel['team_id'], self.team['name']))
        self.current = channel
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


def main():
    argument_spec = dict(
        team=dict(type='str', required=True),
        name=dict(type='str', required=True),
        id=dict(type='str'),
        display_name=dict(type='str'),
        type=dict(type='str', choices=['public', 'private']),
        purpose=dict(type='str'),
        header=dict(type='str'),
        move=dict(type='bool', default=False),
    )
    argument_spec.update(MEMBERSHIP_ARGUMENT_SPEC)
    argument_spec.update(state_argument_spec())
    module = mattermost_module(argument_spec, supports_check_mode=True)
    driver = connect(module, problems(module.params))
    module.exit_json(**ensure(module, Channel(module, driver)))


if __name__ == '__main__':
    main()
