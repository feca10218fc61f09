#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

DOCUMENTATION = r'''
module: mattermost_bot
short_description: Manage a Mattermost bot account
version_added: 0.1.0
description:
  - Create, update, disable, enable or delete a bot account of a Mattermost server, found by its username.
  - Manage its owner, its system roles, and the teams and channels it is a member of.
  - Only the options given are compared with the server's bot; the others are left as they are.
  - Give the bot a token with M(chatops.mattermost.mattermost_access_token).
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
  username:
    description:
      - The bot's username. It identifies the bot.
      - 1 to 64 lowercase letters, digits, dots, hyphens and underscores, and not C(all), C(channel), C(matterbot) or C(system)
        (the server's rules, checked before any request). Capitals are lowercased, as the server does.
      - A user account (not a bot) with this username fails the task.
    type: str
    required: true
  display_name:
    description:
      - The name shown for the bot, up to 64 characters.
    type: str
  description:
    description:
      - What the bot is for, up to 1024 characters.
    type: str
  owner:
    description:
      - The username of the user who owns the bot (and may manage it with the C(manage_bots) permission).
      - When the bot is created without it, the user running the task. Changing it needs the C(assign_bot) permission.
      - A bot made by a plugin is owned by the plugin; its id is what O(owner) is compared with.
    type: str
  roles:
    description:
      - All the system roles of the bot's user, such as V(system_post_all) (may post in any channel, without being a member)
        or V(system_post_all_public) (in any public channel).
      - V(system_user) is added when it is not listed; O(roles=[]) leaves the bot only V(system_user).
      - Compared without regard to order.
      - Setting roles needs a system admin; a bot is only created with roles when the user running the task is one
        (checked before the bot is created).
    type: list
    elements: str
  teams:
    description:
      - Names of teams the bot must be a member of; the bot joins those it is not in. Teams not listed are not left.
    type: list
    elements: str
  channels:
    description:
      - Channels the bot must be a member of, each as V(team/channel) (team name and channel name) or as a
        dictionary with the keys C(team) and C(name). The bot joins those it is not in, and their teams first.
        Channels not listed are not left.
    type: list
    elements: raw
  state:
    description:
      - V(present) creates the bot, or enables it (with the same id) when it is disabled, and updates it.
      - V(absent) disables the bot, so that it can no longer post or use its tokens; it can be enabled again.
        With O(permanent=true) it deletes the bot and its user for good.
    type: str
    choices: [present, absent]
    default: present
  permanent:
    description:
      - With O(state=absent), delete the bot for good instead of disabling it. The bot API cannot; a bot is a user, and this
        deletes the user with C(DELETE /users/{id}?permanent=true), which deletes its bot record, tokens and webhooks too.
      - The server must allow it (C(ServiceSettings.EnableAPIUserDeletion)).
    type: bool
    default: false
notes:
  - The server must allow bot accounts (C(ServiceSettings.EnableBotAccountCreation)) to create one.
seealso:
  - module: chatops.mattermost.mattermost_access_token
  - module: chatops.mattermost.mattermost_user
  - name: Bots in the Mattermost API reference
    description: The API requests this module sends.
    link: https://developers.mattermost.com/api-documentation/#/tags/bots
'''

EXAMPLES = r'''
- name: Make sure the deploy bot exists and may post in the ops channels
  chatops.mattermost.mattermost_bot:
    url: https://chat.example.com
    token: "{{ mattermost_token }}"
    username: deploy-bot
    display_name: Deploy bot
    description: Posts when a deployment starts and ends
    owner: alice
    channels:
      - ops/deployments
      - team: ops
        name: incidents

- name: Let the alerting bot post in any public channel
  chatops.mattermost.mattermost_bot:
    url: https://chat.example.com
    token: "{{ mattermost_token }}"
    username: alerts
    roles: [system_post_all_public]

- name: Disable a bot no one uses any more
  chatops.mattermost.mattermost_bot:
    url: https://chat.example.com
    token: "{{ mattermost_token }}"
    username: old-bot
    state: absent
'''

RETURN = r'''
bot:
  description:
    - The bot as the API returns it, after the changes (in check mode, as it would be).
    - Empty when there is no bot (any more).
  returned: success
  type: dict
  sample:
    user_id: 6iumg1ddf7fs5bxcbb4h5pz5rw
    username: deploy-bot
    display_name: Deploy bot
    description: Posts when a deployment starts and ends
    owner_id: 8s1fh3e7xbyj3yq3tqe4ucz5ny
    create_at: 1767600000000
    update_at: 1767600000000
    delete_at: 0
diff:
  description:
    - The compared options before and after, and the bot's state (V(present), V(disabled) or V(absent)).
    - The owner is shown by username.
  returned: in diff mode
  type: dict
  sample:
    before: {state: disabled, username: deploy-bot, channels: [ops/deployments]}
    after: {state: present, username: deploy-bot, channels: [ops/deployments, ops/incidents]}
'''

from ansible_collections.chatops.mattermost.plugins.module_utils._account import (
    AccountChannels, AccountTeams, channel_keys, channels_problem, find_account, require_system_admin,
    roles_problem, system_roles, username_problem,
)
from ansible_collections.chatops.mattermost.plugins.module_utils._connection import connect, mattermost_module
from ansible_collections.chatops.mattermost.plugins.module_utils._lookup import found
from ansible_collections.chatops.mattermost.plugins.module_utils._resource import (
    Field, Resource, ensure, lowercase, state_argument_spec,
)

# The server's rules (server/public/model/bot.go, Mattermost 11.4).
MAX_CHARACTERS = dict(display_name=64, description=1024)
PATCHED = ('display_name', 'description')


def problems(params):
    """What the server would refuse in the options, before asking it anything."""
    found_problems = []
    for option in ('username', 'owner'):
        problem = params[option] is not None and username_problem(option, params[option])
        if problem:
            found_problems.append(problem)
    for option, limit in MAX_CHARACTERS.items():
        if params[option] is not None and len(params[option]) > limit:
            found_problems.append('%s must have at most %d characters' % (option, limit))
    for problem in (roles_problem('roles', params['roles']), channels_problem('channels', params['channels'])):
        if problem:
            found_problems.append(problem)
    if any(not team for team in params['teams'] or ()):
        found_problems.append('teams cannot have an empty name')
    return found_problems


def bot_user_id(bot):
    return bot['user_id']


class Bot(Resource):
    """A bot, found by username (GET /users/username/{username}, then GET /bots/{id}).

    present: POST /bots, or POST /bots/{id}/enable; then PUT /bots/{id}, POST /bots/{id}/assign/{owner},
    PUT /users/{id}/roles, POST /teams/{id}/members and POST /channels/{id}/members.
    absent: POST /bots/{id}/disable, or DELETE /users/{id}?permanent=true for `permanent`.
    """

    name = 'bot'
    archived_state = 'disabled'

    def __init__(self, module, driver):
        super(Bot, self).__init__(module, driver)
        self.params = module.params
        self.username = module.params['username']
        self.user = None  # the bot's user object, for its roles
        self.owner_id = None  # the id of `owner`, once looked up
        self.teams = AccountTeams(self, user_id=bot_user_id)
        self.channels = AccountChannels(self, self.teams, user_id=bot_user_id)
        self.fields = (
            Field('username', key='username', normalise=lowercase),
            Field('display_name', key='display_name'),
            Field('description', key='description'),
            Field('owner', normalise=lowercase, read=self.read_owner),
            Field('roles', normalise=system_roles, read=lambda bot: self.user['roles']),
            self.teams.field(),
            self.channels.field(),
        )

    def given(self):
        given = super(Bot, self).given()
        if given['channels'] is not None:
            # The channels' teams are joined first.
            teams = set(team.lower() for team in given['teams'] or ())
            given['teams'] = sorted(teams | set(AccountChannels.teams_of(channel_keys(given['channels']))))
        return given

    def find(self):
        self.user = find_account(self, self.username)
        if self.user is None:
            return None
        if not self.user.get('is_bot'):
            self.module.fail_json(msg="'%s' is a user account, not a bot: manage it with chatops.mattermost.mattermost_user"
                                      % self.username)
        self.doing = "look up bot '%s'" % self.username
        return self.driver.bots.get_bot(self.user['id'], params={'include_deleted': 'true'})

    def read_owner(self, bot):
        """The owner's username (its id for a plugin, which has no user): one request."""
        self.doing = "look up the owner of bot '%s'" % self.username
        owner = found(self.driver.users.get_user, bot['owner_id'])
        return owner['username'] if owner else bot['owner_id']

    def prepare(self, changes):
        creating = changes.creating
        if creating and 'roles' in changes and changes.after['roles'] != system_roles(None):
            require_system_admin(self, "create bot '%s' with roles" % self.username)
        if 'owner' in changes and (changes.changed('owner') or creating):
            owner = changes.after['owner']
            if owner == self.driver.client.username:
                self.owner_id = self.driver.client.userid
            else:
                self.doing = "look up user '%s'" % owner
                user = found(self.driver.users.get_user_by_username, owner)
                if user is None:
                    self.module.fail_json(msg="No user is named '%s' (owner is a username)" % owner)
                self.owner_id = user['id']
        self.teams.prepare(changes)
        self.channels.prepare(changes)

    def create(self, changes):
        self.doing = "create bot '%s'" % self.username
        bot = self.driver.bots.create_bot(options=changes.api(changed_only=False))
        self.user = {'roles': 'system_user'}
        return self.after_writes(bot, changes)

    def update(self, bot, changes):
        patch = changes.api(PATCHED)
        if patch:
            self.doing = "update bot '%s'" % self.username
            bot = self.driver.bots.patch_bot(bot['user_id'], options=patch)
        return self.after_writes(bot, changes)

    def after_writes(self, bot, changes):
        if self.owner_id and self.owner_id != bot['owner_id']:
            self.doing = "make '%s' the owner of bot '%s'" % (changes.after['owner'], self.username)
            bot = self.driver.bots.assign_bot(bot['user_id'], self.owner_id)
        if 'roles' in changes and changes.after['roles'] != system_roles(self.user['roles']):
            self.doing = "set the roles of bot '%s'" % self.username
            self.driver.users.update_user_roles(bot['user_id'], options={'roles': ' '.join(changes.after['roles'])})
        self.teams.join(bot, changes)
        self.channels.join(bot, changes)
        return bot

    def restore(self, bot):
        self.doing = "enable bot '%s'" % self.username
        return self.driver.bots.enable_bot(bot['user_id'])

    def archive(self, bot):
        self.doing = "disable bot '%s'" % self.username
        self.driver.bots.disable_bot(bot['user_id'])

    def delete(self, bot):
        self.doing = "delete bot '%s'" % self.username
        self.driver.users.delete_user(bot['user_id'], params={'permanent': 'true'})


def main():
    argument_spec = dict(
        username=dict(type='str', required=True),
        display_name=dict(type='str'),
        description=dict(type='str'),
        owner=dict(type='str'),
        roles=dict(type='list', elements='str'),
        teams=dict(type='list', elements='str'),
        channels=dict(type='list', elements='raw'),
    )
    argument_spec.update(state_argument_spec())
    module = mattermost_module(argument_spec, supports_check_mode=True)
    # The server keeps usernames lowercase.
    for option in ('username', 'owner'):
        if module.params[option] is not None:
            module.params[option] = module.params[option].lower()
    driver = connect(module, problems(module.params))
    module.exit_json(**ensure(module, Bot(module, driver)))


if __name__ == '__main__':
    main()
