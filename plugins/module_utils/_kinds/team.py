# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""A team: its options, its rules, and how its desired state becomes API requests."""

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import re

from ansible_collections.chatops.mattermost.plugins.module_utils._errors import path_of
from ansible_collections.chatops.mattermost.plugins.module_utils._lookup import lookup
from ansible_collections.chatops.mattermost.plugins.module_utils._kinds.membership import MEMBERS_ARGUMENT_SPEC, Membership
from ansible_collections.chatops.mattermost.plugins.module_utils._naming import (
    TEAM_MAX_BYTES, length_problems, team_display_name_problems, team_name_problems,
)
from ansible_collections.chatops.mattermost.plugins.module_utils._resource import (
    Codes, Field, Resource, lowercase_set, state_argument_spec,
)

TYPES = Codes({'O': 'open', 'I': 'invite'})
# Changed with PUT /teams/{id}/patch; `type` has its own request, `name` is the key.
# What an item of allowed_domains may be: a domain (the server splits the list on commas and spaces, so
# an item holding one, or a dict that became its repr, would be stored as something else).
DOMAIN = re.compile(r'^[A-Za-z0-9*]([A-Za-z0-9.*-]*[A-Za-z0-9])?$')


def allowed_domains_problems(domains, where='allowed_domains'):
    return ['%s: %r is not a domain name' % (where, item) for item in domains or ()
            if not isinstance(item, str) or not DOMAIN.match(item.strip())]


PATCHED = ('display_name', 'description', 'company_name', 'allowed_domains', 'allow_open_invite')

TEAM_ARGUMENT_SPEC = dict(
    name=dict(type='str', required=True),
    display_name=dict(type='str'),
    description=dict(type='str'),
    type=dict(type='str', choices=['open', 'invite']),
    company_name=dict(type='str'),
    allowed_domains=dict(type='list', elements='str'),
    allow_open_invite=dict(type='bool'),
    **dict(MEMBERS_ARGUMENT_SPEC, **state_argument_spec())
)


def boolean(value):
    return bool(value)


class Team(Resource):
    """A team, found by name.

    present: POST /teams, or POST /teams/{id}/restore; then PUT /teams/{id}/privacy for `type`,
    PUT /teams/{id}/patch for the other fields, and the members requests.
    absent: DELETE /teams/{id}, with ?permanent=true for `permanent`.

    Seeding: `seed(team)` and `membership.seed(members, ids)` (see Membership).
    """

    name = 'team'
    argument_spec = TEAM_ARGUMENT_SPEC

    def __init__(self, params, driver, check_mode=False, diff=False):
        super(Team, self).__init__(params, driver, check_mode, diff)
        self.team_name = self.params['name']
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

    @classmethod
    def problems(cls, params, prefix=''):
        # A team named before a word was reserved can still be archived.
        return (team_name_problems(params['name'], path_of(prefix, 'name'), reserved=params['state'] == 'present')
                + team_display_name_problems(params['display_name'], path_of(prefix, 'display_name'))
                + length_problems(params, prefix, byte_limits=TEAM_MAX_BYTES)
                + allowed_domains_problems(params.get('allowed_domains'), path_of(prefix, 'allowed_domains')))

    def given(self):
        given = super(Team, self).given()
        given.update(self.membership.given())
        if self.current is None:  # what the team is created with when these are not given
            given['display_name'] = given['display_name'] or self.team_name
            given['type'] = given['type'] or 'open'
        return given

    def find(self):
        self.doing = "look up team '%s'" % self.team_name
        return lookup(self.doing, self.driver.teams.get_team_by_name, self.team_name)

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
