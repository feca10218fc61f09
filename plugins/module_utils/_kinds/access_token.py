# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""The personal access tokens of an account with one description: their options, their rules, and
the requests that make one exist or revoke them."""

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

from ansible_collections.chatops.mattermost.plugins.module_utils._errors import Failure, path_of
from ansible_collections.chatops.mattermost.plugins.module_utils._lookup import find_account
from ansible_collections.chatops.mattermost.plugins.module_utils._naming import (
    ACCESS_TOKEN_DESCRIPTION_BYTES, byte_length, username_problems,
)
from ansible_collections.chatops.mattermost.plugins.module_utils._resource import Resource, state_argument_spec

ACCESS_TOKEN_ARGUMENT_SPEC = dict(
    user=dict(type='str', required=True, aliases=['username']),
    description=dict(type='str', required=True),
    **state_argument_spec(archivable=False)
)
# The keys of a token the module returns; the value (`token`) only from the request that created it.
TOKEN_KEYS = ('id', 'user_id', 'description', 'is_active')


def public(token):
    return dict((key, token[key]) for key in TOKEN_KEYS if key in token)


class AccessTokens(Resource):
    """The tokens of one user with one description: GET /users/username/{user}, GET /users/{id}/tokens;
    POST /users/{id}/tokens to create one, POST /users/tokens/revoke to revoke each."""

    name = 'token'
    argument_spec = ACCESS_TOKEN_ARGUMENT_SPEC
    lowercased = ('user',)

    def __init__(self, params, driver, check_mode=False, diff=False):
        super(AccessTokens, self).__init__(params, driver, check_mode, diff)
        self.username = self.params['user']
        self.description = self.params['description']
        self.user = None

    @classmethod
    def problems(cls, params, prefix=''):
        problems = username_problems(params['user'], path_of(prefix, 'user'))
        low, high = ACCESS_TOKEN_DESCRIPTION_BYTES
        if not low <= byte_length(params['description']) <= high:
            problems.append('%s must have %d to %d bytes' % (path_of(prefix, 'description'), low, high))
        return problems

    def find(self):
        """The user's tokens with the description; None when there is no such user."""
        self.user = find_account(self.driver, self.username)
        if self.user is None:
            return None
        self.doing = "read the tokens of '%s'" % self.username
        return [token for token in self.driver.client.paginate('/users/%s/tokens' % self.user['id'])
                if token.get('description') == self.description]

    def run(self):
        tokens = self.read()
        state = self.params['state']
        if tokens is None and state == 'present':
            raise Failure("No user or bot is named '%s'" % self.username)
        tokens = tokens or []
        active = [token for token in tokens if token.get('is_active')]
        empty = {'user_id': self.user['id'] if self.user else '', 'description': self.description}
        result = {}
        if state == 'present':
            changed = not active
            if active:
                token = public(active[0])
            elif self.check_mode:
                token = dict(empty, is_active=True)
            else:
                if self.user.get('delete_at'):
                    self.warn("'%s' is deactivated: its new token works only once it is active again" % self.username)
                self.doing = "create a token for '%s'" % self.username
                created = self.driver.users.create_user_access_token(self.user['id'], options={'description': self.description})
                token = public(created)
                token['token'] = created['token']
            before, after = ('present' if active else 'absent'), 'present'
        else:
            changed = bool(tokens)
            if not self.check_mode:
                for item in tokens:
                    self.doing = "revoke token %s of '%s'" % (item['id'], self.username)
                    self.driver.users.revoke_user_access_token(options={'token_id': item['id']})
            token = empty
            result['revoked'] = [item['id'] for item in tokens]
            before, after = ('present' if tokens else 'absent'), 'absent'
        result.update(changed=changed, token=token)
        if self.diff:
            result['diff'] = {
                'before': dict({'state': before}, **({'description': self.description} if before == 'present' else {})),
                'after': dict({'state': after}, **({'description': self.description} if after == 'present' else {})),
            }
        return result
