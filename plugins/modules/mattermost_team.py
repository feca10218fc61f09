#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

DOCUMENTATION = r'''
module: mattermost_team
short_description: Manage a Mattermost team and its members
version_added: 0.1.0
description:
  - Create, update, archive, restore or delete a team of a Mattermost server, found by its name.
  - Manage its members and team admins by username.
  - Only the options given are compared with the server's team; the others are left as they are.
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
  name:
    description:
      - The team's name, its handle in URLs. It identifies the team.
      - The server's rules are checked before any request, with O(state=present) all of them
        (2 to 64 lowercase letters, digits and hyphens, starting and ending with a letter or digit, and
        not starting with a reserved word such as C(admin), C(api), C(channel), C(help), C(login), C(post) or C(signup)),
        with O(state=absent) only the characters and the length, so that a team named before a word was reserved can be archived.
    type: str
    required: true
  display_name:
    description:
      - The name shown to people, 1 to 64 characters.
      - When the team is created without it, its O(name).
    type: str
  description:
    description:
      - The team's description, up to 255 bytes.
    type: str
  type:
    description:
      - V(open) lets any user of the server join; V(invite) only the users invited.
      - When the team is created without it, V(open).
      - Changing it also sets the team's C(allow_open_invite) as the server does (true for V(open), false for V(invite)),
        unless O(allow_open_invite) is given.
    type: str
    choices: [open, invite]
  company_name:
    description:
      - The company name of the team, up to 64 bytes.
    type: str
  allowed_domains:
    description:
      - Only users whose e-mail address is in one of these domains can join the team. An empty list allows every domain.
      - Compared without regard to order or case.
    type: list
    elements: str
  allow_open_invite:
    description:
      - Whether users can join the team with its invite link.
    type: bool
  members:
    description:
      - Usernames of users that must be members of the team.
      - Compared without regard to order or case. Users not listed stay members unless O(members_exclusive=true).
    type: list
    elements: str
  admins:
    description:
      - Usernames of users that must be team admins (and members) of the team.
      - Team admins not listed keep their role unless O(members_exclusive=true).
    type: list
    elements: str
  members_exclusive:
    description:
      - With V(true), members not in O(members) or O(admins) are removed from the team when O(members) is given, and team admins
        not in O(admins) become plain members when O(admins) is given.
      - The user running the task is never removed or demoted.
    type: bool
    default: false
  state:
    description:
      - V(present) creates the team, or restores it (with the same id) when it is archived, and updates it.
      - V(absent) archives the team; with O(permanent=true) it deletes it for good.
    type: str
    choices: [present, absent]
    default: present
  permanent:
    description:
      - With O(state=absent), delete the team and everything in it for good instead of archiving it.
        The server must allow it (C(ServiceSettings.EnableAPITeamDeletion)).
    type: bool
    default: false
seealso:
  - module: chatops.mattermost.mattermost_channel
  - name: Teams in the Mattermost API reference
    description: The API requests this module sends.
    link: https://developers.mattermost.com/api-documentation/#/tags/teams
'''

EXAMPLES = r'''
- name: Make sure the ops team exists, invite only
  chatops.mattermost.mattermost_team:
    url: https://chat.example.com
    token: "{{ mattermost_token }}"
    name: ops
    display_name: Operations
    description: Everything about keeping the lights on
    type: invite
    allowed_domains:
      - example.com
    members:
      - alice
      - bob
    admins:
      - carol

- name: Give the connection once for the whole play
  module_defaults:
    group/chatops.mattermost.mattermost:
      url: https://chat.example.com
      token: "{{ mattermost_token }}"
  block:
    - name: Make the team's members exactly these (the task's own user stays)
      chatops.mattermost.mattermost_team:
        name: ops
        members: [alice, bob, dave]
        admins: [carol]
        members_exclusive: true

    - name: Archive a team
      chatops.mattermost.mattermost_team:
        name: old-project
        state: absent
'''

RETURN = r'''
team:
  description:
    - The team as the API returns it, after the changes (in check mode, as it would be).
    - Empty when there is no team (any more).
  returned: success
  type: dict
  sample:
    id: 4xp9fdt77pncbef59f4k1qe83o
    name: ops
    display_name: Operations
    description: Everything about keeping the lights on
    type: I
    company_name: ""
    allowed_domains: example.com
    allow_open_invite: false
    create_at: 1767600000000
    update_at: 1767600000000
    delete_at: 0
diff:
  description: The compared options before and after, and the team's state (V(present), V(archived) or V(absent)).
  returned: in diff mode
  type: dict
  sample:
    before: {state: present, display_name: Ops}
    after: {state: present, display_name: Operations}
'''

import re

from ansible.module_utils.common.text.converters import to_bytes

from ansible_collections.chatops.mattermost.plugins.module_utils._connection import connect, mattermost_module
from ansible_collections.chatops.mattermost.plugins.module_utils._membership import (
    ARGUMENT_SPEC as MEMBERSHIP_ARGUMENT_SPEC, Membership,
)
from ansible_collections.chatops.mattermost.plugins.module_utils._lookup import found
from ansible_collections.chatops.mattermost.plugins.module_utils._resource import (
    Codes, Field, Resource, ensure, lowercase_set, state_argument_spec,
)

# The server's rules (server/public/model/team.go and utils.go, Mattermost 11.4).
TEAM_NAME = re.compile(r'^[a-z0-9]+([a-z\-0-9]+|(__)?)[a-z0-9]+$')
TEAM_NAME_LENGTH = (2, 64)
RESERVED_TEAM_NAME_PREFIXES = (
    'admin', 'api', 'channel', 'claim', 'error', 'files', 'help', 'landing', 'login', 'mfa', 'oauth', 'plug',
    'plugins', 'post', 'signup', 'boards', 'playbooks',
)
MAX_BYTES = dict(description=255, company_name=64, allowed_domains=500)
DISPLAY_NAME_MAX_CHARACTERS = 64

TYPES = Codes({'O': 'open', 'I': 'invite'})
# Changed with PUT /teams/{id}/patch; `type` has its own request, `name` is the key.
PATCHED = ('display_name', 'description', 'company_name', 'allowed_domains', 'allow_open_invite')


def problems(params):
    """What the server would refuse in the options, before asking it anything."""
    found_problems = []
    name = params['name']
    if not TEAM_NAME_LENGTH[0] <= len(name) <= TEAM_NAME_LENGTH[1] or not TEAM_NAME.match(name):
        found_problems.append(
            "name %r is not a valid team name: 2 to 64 lowercase letters, digits and hyphens, starting and ending "
            "with a letter or a digit" % name)
    elif params['state'] == 'present' and name.startswith(RESERVED_TEAM_NAME_PREFIXES):
        found_problems.append("name %r starts with a word the server reserves (%s)" % (
            name, ', '.join(prefix for prefix in RESERVED_TEAM_NAME_PREFIXES if name.startswith(prefix))))
    display_name = params['display_name']
    if display_name is not None and not 1 <= len(display_name) <= DISPLAY_NAME_MAX_CHARACTERS:
        found_problems.append('display_name must have 1 to %d characters' % DISPLAY_NAME_MAX_CHARACTERS)
    for option, limit in MAX_BYTES.items():
        value = params[option]
        if isinstance(value, list):
            value = ', '.join(value)
        if value is not None and len(to_bytes(value)) > limit:
            found_problems.append('%s must have at most %d bytes' % (option, limit))
    return found_problems


def boolean(value):
    return bool(value)


class Team(Resource):
    """A team, found by name.

    present: POST /teams, or POST /teams/{id}/restore; then PUT /teams/{id}/privacy for `type`,
    PUT /teams/{id}/patch for the other fields, and the members requests.
    absent: DELETE /teams/{id}, with ?permanent=true for `permanent`.
    """

    name = 'team'

    def __init__(self, module, driver):
        super(Team, self).__init__(module, driver)
        self.team_name = module.params['name']
        self.current = None
        self.membership = Membership(self, 'teams')
        self.fields = (
            Field('name', key='name'),
            Field('display_name', key='display_name'),
            Field('description', key='description'),
            Field('type', key='type', normalise=TYPES.normalise, to_api=TYPES.to_api),
            Field('company_name', key='company_name'),
            Field('allowed_domains', key='allowed_domains', normalise=lowercase_set, to_api=', '.join),
            Field('allow_open_invite', key='allow_open_invite', normalise=boolean),
        ) + self.membership.fields()

    def given(self):
        given = super(Team, self).given()
        given.update(self.membership.given())
        if self.current is None:  # what the team is created with when these are not given
            given['display_name'] = given['display_name'] or self.team_name
            given['type'] = given['type'] or 'open'
        return given

    def find(self):
        self.doing = "look up team '%s'" % self.team_name
        self.current = found(self.driver.teams.get_team_by_name, self.team_name)
        return self.current

    def prepare(self, changes):
        self.membership.prepare(changes)

    def create(self, changes):
        self.doing = "create team '%s'" % self.team_name
        team = self.driver.teams.create_team(options=changes.api(changed_only=False))
        self.membership.apply(team, changes)
        return team

    def update(self, team, changes):
        if changes.changed('type'):
            self.doing = "change the type of team '%s'" % self.team_name
            team = self.driver.teams.update_team_privacy(team['id'], options={'privacy': TYPES.to_api(changes.after['type'])})
        patch = changes.api(PATCHED)
        if 'allow_open_invite' in changes:
            # The privacy request set allow_open_invite; what the user asked for wins.
            patch.pop('allow_open_invite', None)
            if team['allow_open_invite'] != changes.after['allow_open_invite']:
                patch['allow_open_invite'] = changes.after['allow_open_invite']
        if patch:
            self.doing = "update team '%s'" % self.team_name
            team = self.driver.teams.patch_team(team['id'], options=patch)
        self.membership.apply(team, changes)
        return team

    def restore(self, team):
        self.doing = "restore team '%s'" % self.team_name
        return self.driver.teams.restore_team(team['id'])

    def archive(self, team):
        self.doing = "archive team '%s'" % self.team_name
        self.driver.teams.soft_delete_team(team['id'])

    def delete(self, team):
        self.doing = "delete team '%s'" % self.team_name
        self.driver.teams.soft_delete_team(team['id'], params={'permanent': 'true'})


def main():
    argument_spec = dict(
        name=dict(type='str', required=True),
        display_name=dict(type='str'),
        description=dict(type='str'),
        type=dict(type='str', choices=['open', 'invite']),
        company_name=dict(type='str'),
        allowed_domains=dict(type='list', elements='str'),
        allow_open_invite=dict(type='bool'),
    )
    argument_spec.update(MEMBERSHIP_ARGUMENT_SPEC)
    argument_spec.update(state_argument_spec())
    module = mattermost_module(argument_spec, supports_check_mode=True)
    driver = connect(module, problems(module.params))
    module.exit_json(**ensure(module, Team(module, driver)))


if __name__ == '__main__':
    main()
