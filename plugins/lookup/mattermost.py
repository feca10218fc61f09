# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

DOCUMENTATION = r'''
name: mattermost
short_description: Read Mattermost teams, channels and users by name in templates
version_added: 0.1.0
description:
  - Find each term, a team, a channel or a user (or bot) named as people name it, and return its object as the API returns it
    (users without secrets), or one of its attributes, for example the id of a channel to give to a module or a template.
  - One login for all the terms of a lookup; one request for each term (two for a channel whose team is given by id).
  - An unknown name, or a request the server refuses, fails with the server's message and the request id.
author:
  - chatops.mattermost maintainers (@chatops)
extends_documentation_fragment:
  - chatops.mattermost.connection.plugin
options:
  _terms:
    description:
      - "What to find, by O(kind): a team's name or id; a channel as C(team/channel) (the team by name or id), or its id;
        a username or a user id (bots are users)."
    type: list
    elements: str
    required: true
  kind:
    description:
      - What the terms name.
    type: str
    choices: [team, channel, user]
    required: true
  attribute:
    description:
      - The key of the object to return for each term, for example V(id) or V(display_name). Without it, the whole object.
      - A key the object does not have fails.
    type: str
seealso:
  - module: chatops.mattermost.mattermost_team_info
  - module: chatops.mattermost.mattermost_channel_info
  - module: chatops.mattermost.mattermost_user_info
'''

EXAMPLES = r'''
- name: Post to a channel by its id, found by its name
  chatops.mattermost.mattermost_api:
    url: https://chat.example.com
    token: "{{ mattermost_token }}"
    method: POST
    path: /posts
    body:
      channel_id: "{{ lookup('chatops.mattermost.mattermost', 'ops/deployments', kind='channel', attribute='id',
                             url='https://chat.example.com', token=mattermost_token) }}"
      message: Deploying now

- name: The ids of two users at once (one login)
  ansible.builtin.debug:
    msg: "{{ query('chatops.mattermost.mattermost', 'alice', 'bob', kind='user', attribute='id',
                   url='https://chat.example.com', token=mattermost_token) }}"

- name: A whole team object, with the connection from variables
  ansible.builtin.debug:
    msg: "{{ lookup('chatops.mattermost.mattermost', 'ops', kind='team').display_name }}"
  vars:
    ansible_mattermost_url: https://chat.example.com
    ansible_mattermost_token: "{{ mattermost_token }}"
'''

RETURN = r'''
_raw:
  description:
    - For each term, the object found (a team, a channel or a user object as the API returns it, a user without secrets),
      or its O(attribute).
  type: list
  elements: raw
'''

from ansible import constants as C
from ansible.errors import AnsibleError
from ansible.plugins.lookup import LookupBase

from ansible_collections.chatops.mattermost.plugins.module_utils._kinds.account import sanitized
from ansible_collections.chatops.mattermost.plugins.module_utils._connection import ARGUMENT_SPEC, connection_problems, end_sessions, login
from ansible_collections.chatops.mattermost.plugins.module_utils._driver_options import ENVIRONMENT, from_environment
from ansible_collections.chatops.mattermost.plugins.module_utils._errors import Failure, NotFound
from ansible_collections.chatops.mattermost.plugins.module_utils._lookup import (
    find_account, find_channel, find_team, is_id, lookup,
)


def find_user_by_name_or_id(driver, term):
    """The account with this id or username (an id is tried first, as find_team does: a username can look like one)."""
    user = lookup("look up user %s" % term, driver.client.get, '/users/%s' % term) if is_id(term) else None
    user = user or find_account(driver, term)
    if user is None:
        raise NotFound("No user is named '%s' (or has that id)" % term)
    return sanitized(user)


def find_channel_by_path(driver, term):
    """The channel `team/channel`, or with this id."""
    team, separator, name = term.rpartition('/')
    if not separator and not is_id(term):
        raise NotFound("'%s' is not a channel: write team/channel, or give a channel id" % term)
    return find_channel(driver, team or None, name)


FINDERS = {'team': find_team, 'channel': find_channel_by_path, 'user': find_user_by_name_or_id}


class LookupModule(LookupBase):

    def option_variables(self, variables):
        """The variables the options are read from (their `vars:` entries), templated: a lookup is given
        the variables as they are written ("{{ vault_token }}")."""
        definitions = C.config.get_configuration_definitions('lookup', self._load_name) or {}
        names = set(entry['name'] for definition in definitions.values() for entry in definition.get('vars') or ())
        return dict((name, self._templar.template(variables[name])) for name in names if name in (variables or {}))

    def connection_params(self):
        """The connection options. One whose environment variable gave it counts as not set when that variable is
        empty, as for the modules (from_environment; Ansible would take an empty MATTERMOST_VALIDATE_CERTS for false)."""
        params = {}
        for name, spec in ARGUMENT_SPEC.items():
            value, origin = self.get_option_and_origin(name)
            if origin == 'env: %s' % ENVIRONMENT.get(name) and from_environment(ENVIRONMENT[name]) is None:
                value = spec.get('default')
            params[name] = value
        return params

    def run(self, terms, variables=None, **kwargs):
        self.set_options(var_options=self.option_variables(variables), direct=kwargs)
        kind = self.get_option('kind')
        attribute = self.get_option('attribute')
        empty = [term for term in terms if not isinstance(term, str) or not term.strip()]
        if empty:
            raise AnsibleError('mattermost lookup: every term must be a %s name, not %r' % (kind, empty[0]))
        params = self.connection_params()
        problems = connection_problems(params)
        if problems:
            raise AnsibleError('mattermost lookup: %s' % '; '.join(problems))
        try:
            driver = login(params)
        except Failure as exc:
            raise AnsibleError('mattermost lookup: %s' % exc.msg)
        try:
            results = []
            for term in terms:
                try:
                    found = FINDERS[kind](driver, term)
                except Failure as exc:
                    raise AnsibleError('mattermost lookup: %s' % exc.msg)
                if attribute is None:
                    results.append(found)
                elif attribute in found:
                    results.append(found[attribute])
                else:
                    raise AnsibleError("mattermost lookup: the %s '%s' has no attribute '%s' (it has %s)"
                                       % (kind, term, attribute, ', '.join(sorted(found))))
            return results
        finally:
            # Logs out the session of a password login (and closes the driver), as modules do.
            end_sessions()
            driver.close()
