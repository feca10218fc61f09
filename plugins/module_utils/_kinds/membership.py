# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""The `members`, `admins` and `members_exclusive` options of a team or a channel.

Both are compared as fields of the ensure-state layer (sets of usernames); this module reads the
current members, works out who to add, promote, demote and remove, and does it. The options and
their documentation are in plugins/doc_fragments/members.py (MEMBERS_ARGUMENT_SPEC there).
"""

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

from ansible_collections.chatops.mattermost.plugins.module_utils._errors import Failure
from ansible_collections.chatops.mattermost.plugins.module_utils._lookup import find_user, lookup
from ansible_collections.chatops.mattermost.plugins.module_utils._resource import Field, lowercase_set
from ansible_collections.chatops.mattermost.plugins.module_utils._server_version import supports

# The options. Their documentation is plugins/doc_fragments/members.py (chatops.mattermost.members):
# change both together (tests/unit checks that they agree).
MEMBERS_ARGUMENT_SPEC = dict(
    members=dict(type='list', elements='str'),
    admins=dict(type='list', elements='str'),
    members_exclusive=dict(type='bool', default=False),
)


# Members added by one request, in batch mode (the server takes more; smaller batches fail sooner).
BATCH = 100


def is_admin(member):
    # scheme_admin is what the server decides with; roles is the older form of the same.
    roles = (member.get('roles') or '').split()
    return bool(member.get('scheme_admin')) or 'team_admin' in roles or 'channel_admin' in roles


class Membership:
    """Members and admins, by username, of one team (kind 'teams') or channel (kind 'channels').

    :param resource: the team's or channel's Resource; its `doing` says what a failed request was for
    :param team_id: for a channel, a function giving the id of its team: a user must be in the team
        to be added to one of its channels

    Seeding, for a caller that read in bulk: `seed(members, ids)` (the current members: no GET of
    the members), `known_users` (the users to add: no GET per user), `team_members` (for a channel,
    the ids of its team's members: no GET per user added).
    """

    def __init__(self, resource, kind, team_id=None):
        self.resource = resource
        self.driver = resource.driver
        self.client = resource.driver.client
        self.kind = kind
        self.team_id = team_id
        self.exclusive = resource.params['members_exclusive']
        # The user running the task is never removed or demoted: it would lose the rights it
        # manages the team or channel with, in the middle of the task.
        self.runner = self.client.username
        self.current = None  # {username: is admin} of the object, once read (or seeded)
        self.ids = {self.runner: self.client.userid}  # username -> id, of the members and the users to add
        self.known_users = {}  # username -> user object, read in bulk by the caller: not looked up again
        self.team_members = None  # for a channel: the user ids of its team's members, when read in bulk
        # Add the new members with one request per BATCH (POST /teams/{id}/members/batch, POST
        # /channels/{id}/members with user_ids) rather than one each: for a caller adding many
        # (mattermost_workspace); the single-object modules add one by one, as their request counts say.
        self.batch = False

    def seed(self, members, ids):
        """Take the current members as read already: `members` {username: is admin}, `ids` {username: id}."""
        self.current = dict(members)
        self.ids.update(ids)

    def fields(self):
        return (
            Field('members', normalise=lowercase_set, read=lambda obj: sorted(self.read(obj)), merge=self.merge),
            Field('admins', normalise=lowercase_set, merge=self.merge,
                  read=lambda obj: sorted(name for name, admin in self.read(obj).items() if admin)),
        )

    def given(self):
        params = self.resource.params
        members = params['members']
        if members is not None and params['admins']:  # admins are members too
            members = members + params['admins']
        return dict(members=members, admins=params['admins'])

    def merge(self, current, given):
        if self.exclusive:
            return sorted(set(given) | (set(current) & {self.runner}))
        return sorted(set(current) | set(given))

    def read(self, obj):
        """{username: is admin} of the current members: one page of members and one of users per 200."""
        if self.current is None:
            path = '/%s/%s/members' % (self.kind, obj['id'])
            roles = dict((member['user_id'], is_admin(member)) for member in self.client.paginate(path))
            in_object = 'in_team' if self.kind == 'teams' else 'in_channel'
            self.current = {}
            for user in self.client.paginate('/users', params={in_object: obj['id']}):
                if user['id'] in roles:
                    self.current[user['username']] = roles[user['id']]
                    self.ids[user['username']] = user['id']
        return self.current

    def plan(self, changes):
        """(to add, to promote, to demote, to remove): sets of usernames."""
        # The server makes the creator of a team or a channel one of its members and admins.
        # Over the local-mode socket nobody creates it (no runner): it starts without members.
        members = ({self.runner: True} if self.runner else {}) if changes.creating else self.current or {}
        wanted_members = set(changes.after.get('members', ())) | set(changes.after.get('admins', ()))
        add = wanted_members - set(members)
        remove = set(changes.before.get('members', ())) - set(changes.after.get('members', ())) - {self.runner}
        promote = set(changes.after.get('admins', ())) - set(changes.before.get('admins', ()))
        demote = set(changes.before.get('admins', ())) - set(changes.after.get('admins', ())) - remove - {self.runner}
        return add, promote, demote, remove

    def prepare(self, changes):
        """Find the users to add (and for a channel, check they are in its team) before anything is
        written: an unknown user fails the task with nothing half done."""
        add = self.plan(changes)[0]
        for username in sorted(add):
            user = self.known_users.get(username) or find_user(self.driver, username)
            if user.get('delete_at'):
                raise Failure("User '%s' is deactivated and cannot be added" % username)
            self.ids[username] = user['id']
            if self.team_id and not self.in_team(username, user['id']):
                raise Failure("User '%s' is not a member of the channel's team: add it to the team first "
                              "(chatops.mattermost.mattermost_team)" % username)

    def in_team(self, username, user_id):
        if self.team_members is not None:
            return user_id in self.team_members
        doing = "check that user '%s' is in the team" % username
        return lookup(doing, self.driver.teams.get_team_member, self.team_id(), user_id) is not None

    def apply(self, obj, changes):
        """Add, promote, demote and remove, in that order (so a user being promoted is a member)."""
        add, promote, demote, remove = self.plan(changes)
        teams = self.kind == 'teams'
        group = self.driver.teams if teams else self.driver.channels
        # A server without the channel batch (9.9, 9.10) adds one user a request.
        if self.batch and len(add) > 1 and (teams or supports(self.driver, 'channel_members_batch')):
            self.add_in_batches(obj, sorted(add), teams)
            add = ()
        for username in sorted(add):
            self.resource.doing = "add '%s' to the members" % username
            body = {'user_id': self.ids[username]}
            if teams:
                body['team_id'] = obj['id']
                group.add_team_member(obj['id'], options=body)
            else:
                group.add_channel_member(obj['id'], options=body)
        set_roles = group.update_team_member_scheme_roles if teams else group.update_channel_member_scheme_roles
        for username, admin in [(name, True) for name in sorted(promote)] + [(name, False) for name in sorted(demote)]:
            self.resource.doing = "%s '%s'" % ('make an admin of' if admin else 'remove the admin role of', username)
            set_roles(obj['id'], self.ids[username], options={'scheme_admin': admin, 'scheme_user': True})
        remove_member = group.remove_team_member if teams else group.remove_user_from_channel
        for username in sorted(remove):
            self.resource.doing = "remove '%s' from the members" % username
            remove_member(obj['id'], self.ids[username])

    def add_in_batches(self, obj, usernames, teams):
        for start in range(0, len(usernames), BATCH):
            batch = usernames[start:start + BATCH]
            self.resource.doing = "add %s to the members" % ', '.join("'%s'" % name for name in batch)
            if teams:
                self.client.post('/teams/%s/members/batch' % obj['id'],
                                 options=[{'team_id': obj['id'], 'user_id': self.ids[name]} for name in batch])
            else:
                self.client.post('/channels/%s/members' % obj['id'], options={'user_ids': [self.ids[name] for name in batch]})
