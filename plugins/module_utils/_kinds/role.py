# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""The permissions of a role: the logic of the mattermost_role module."""

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

from ansible_collections.chatops.mattermost.plugins.module_utils._errors import Failure, Work, check
from ansible_collections.chatops.mattermost.plugins.module_utils._lookup import found
from ansible_collections.chatops.mattermost.plugins.module_utils._naming import did_you_mean

# The role that has every permission the server knows (model.AllPermissions but the deprecated ones):
# its permissions are the valid names.
EVERY_PERMISSION_ROLE = 'system_admin'
# The server never lets these permissions be added to or removed from a role through the API
# (notAllowedPermissions of api4/role.go).
NOT_CHANGEABLE = frozenset((
    'manage_roles',
    'manage_system',
    'sysconsole_read_user_management_system_roles',
    'sysconsole_write_user_management_system_roles',
))


class RoleError(Failure):
    """The permissions asked for cannot be (or were not) given to the role."""


def problems(params):
    """What the options say wrongly, before any request."""
    if params['permissions_exclusive'] and params['state'] == 'absent':
        return ['permissions_exclusive needs state=present']
    return []


def wanted_permissions(current, given, state, exclusive):
    """The role's permissions after the change: a sorted list."""
    if state == 'absent':
        return sorted(set(current) - set(given))
    if exclusive:
        return sorted(set(given))
    return sorted(set(current) | set(given))


def unknown_permissions(given, valid):
    """A message for each given permission that is not in `valid`."""
    return ['%s is not a permission of this server%s' % (name, did_you_mean(name, sorted(valid)))
            for name in sorted(set(given) - set(valid))]


class RolePermissions(Work):
    """Add, remove or set the permissions of a role found by name.

    Requests: GET /roles/name/{name}; GET /roles/name/system_admin when a permission given is not
    already the role's (to check the names); PUT /roles/{id}/patch with the new list, whose answer
    (the role after the change) is the read back.
    """

    def __init__(self, params, driver, check_mode=False, diff=False):
        self.params = params
        self.driver = driver
        self.check_mode = check_mode
        self.diff = diff
        self.doing = None

    def valid_permissions(self, role):
        if role['name'] == EVERY_PERMISSION_ROLE:
            return set(role['permissions'])
        self.doing = 'read the permissions of the role %s (to check the names)' % EVERY_PERMISSION_ROLE
        return set(self.driver.roles.get_role_by_name(EVERY_PERMISSION_ROLE)['permissions']) | set(role['permissions'])

    def run(self):
        """The module's result (see _errors.Work for ensure()); RoleError for what cannot be done."""
        name = self.params['name']
        given = self.params['permissions']
        self.doing = 'look up the role %s' % name
        role = found(self.driver.roles.get_role_by_name, name)
        if role is None:
            raise RoleError('There is no role named %s' % name)
        current = sorted(role['permissions'])
        if not set(given) <= set(current):
            problems = unknown_permissions(given, self.valid_permissions(role))
            if problems:
                raise RoleError('; '.join(problems))
        wanted = wanted_permissions(current, given, self.params['state'], self.params['permissions_exclusive'])
        added = sorted(set(wanted) - set(current))
        removed = sorted(set(current) - set(wanted))
        fixed = sorted(NOT_CHANGEABLE & set(added + removed))
        if fixed:
            raise RoleError('The server does not let these permissions be added to or removed from a role: %s' % ', '.join(fixed))
        changed = bool(added or removed)
        if changed and not self.check_mode:
            self.doing = 'change the permissions of the role %s' % name
            role = self.driver.roles.patch_role(role['id'], options={'permissions': wanted})
            missing = sorted(set(wanted) ^ set(role['permissions']))
            if missing:
                raise RoleError('The server did not take these changes of the permissions of role %s: %s' % (
                    name, ', '.join(missing)))
        elif changed:
            role = dict(role, permissions=wanted)
        result = dict(changed=changed, role=role, permissions_added=added, permissions_removed=removed)
        if self.diff:
            result['diff'] = dict(before=dict(permissions=current), after=dict(permissions=wanted))
        return result


ROLE_ARGUMENT_SPEC = dict(
    name=dict(type='str', required=True),
    permissions=dict(type='list', elements='str', required=True),
    permissions_exclusive=dict(type='bool', default=False),
    state=dict(type='str', choices=['present', 'absent'], default='present'),
)


def ensure_role(task):
    """mattermost_role's work: check the options, log in, bring the role's permissions to the state asked for."""
    check(problems(task.params))
    return RolePermissions(task.params, task.driver(), task.check_mode, task.diff).ensure()
