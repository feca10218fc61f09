#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

DOCUMENTATION = r'''
module: mattermost_slash_command
short_description: Manage a custom slash command of a Mattermost team
version_added: 0.1.0
description:
  - Create, update or delete a custom slash command of a team (C(/trigger text) sends a request to O(request_url), whose answer
    is posted).
  - A slash command is found by its O(trigger) within its O(team).
  - Only the options given are compared with the server's command; the others are left as they are.
  - >-
    The result holds the command's token (RV(command.token)), a secret with which O(request_url) checks that requests come from
    Mattermost; register the result with C(no_log: true).
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
    details: The token is never shown; the team is shown by id.
  platform:
    platforms: all
options:
  team:
    description:
      - The name or the id of the team the command is in.
    type: str
    required: true
  trigger:
    description:
      - The word after the C(/) that runs the command, without the C(/); with O(team), it identifies the command.
      - 1 to 128 bytes, without spaces (the server's rules, checked before any request). Compared without regard to case;
        the server keeps it in lowercase.
      - It cannot be the trigger of a built-in command (such as C(echo), C(join) or C(away)) or of a plugin's; the module checks
        that before it creates the command.
    type: str
    required: true
  request_url:
    description:
      - The C(http://) or C(https://) URL the command sends its request to, up to 1024 bytes; needed to create the command.
      - Called C(url) in the API; the module's O(url) is the server's address.
    type: str
  method:
    description:
      - The HTTP method of the request to O(request_url).
      - When the command is created without it, V(post).
    type: str
    choices: [post, get]
  display_name:
    description:
      - The command's title in the list of integrations, up to 64 bytes.
    type: str
  description:
    description:
      - The command's description in the list of integrations, up to 128 bytes.
    type: str
  username:
    description:
      - The username the command's answers show (not a user of the server), up to 64 characters.
      - The server shows it only when C(ServiceSettings.EnablePostUsernameOverride) is on.
    type: str
  icon_url:
    description:
      - The address of the picture the command's answers show, up to 1024 characters.
      - The server shows it only when C(ServiceSettings.EnablePostIconOverride) is on.
    type: str
  autocomplete:
    description:
      - Whether the command is offered when users type C(/).
      - When the command is created without it, V(false).
    type: bool
  autocomplete_hint:
    description:
      - The arguments the autocomplete list shows after the trigger, such as C([service] [version]), up to 1024 characters.
    type: str
  autocomplete_description:
    description:
      - The description the autocomplete list shows, up to 1024 characters.
    type: str
  regenerate_token:
    description:
      - With O(state=present), give the command a new token (RV(command.token)); the task is changed, and every run with V(true)
        makes a new one, so use it in a task of its own, run when the token must change.
      - A command the task creates has a new token already and is not regenerated again.
      - In check mode, RV(command.token) is still the current token.
    type: bool
    default: false
  state:
    description:
      - V(present) creates or updates the command; V(absent) deletes it.
    type: str
    choices: [present, absent]
    default: present
notes:
  - The server must allow custom slash commands (C(ServiceSettings.EnableCommands)), and the user needs the C(manage_slash_commands)
    permission in the team (C(manage_others_slash_commands) to manage other users' commands).
seealso:
  - module: chatops.mattermost.mattermost_webhook
  - name: Commands in the Mattermost API reference
    description: The API requests this module sends.
    link: https://developers.mattermost.com/api-documentation/#/tags/commands
  - name: Slash commands
    description: What Mattermost sends to O(request_url), and what it can answer.
    link: https://developers.mattermost.com/integrate/slash-commands/custom/
'''

EXAMPLES = r'''
- name: Make sure /deploy sends its requests to the deployer
  chatops.mattermost.mattermost_slash_command:
    url: https://chat.example.com
    token: "{{ mattermost_token }}"
    team: ops
    trigger: deploy
    request_url: https://deployer.example.com/mattermost/command
    method: post
    display_name: Deploy
    description: Deploy a service
    autocomplete: true
    autocomplete_hint: "[service] [version]"
    autocomplete_description: Deploy a version of a service
  register: deploy_command
  no_log: true  # the result holds the token the deployer checks

- name: Hand the token to the deployer
  # not run: writes to /etc on the host
  ansible.builtin.copy:
    content: "{{ deploy_command.command.token }}\n"
    dest: /etc/deployer/mattermost-token
    mode: "0600"
  no_log: true

- name: Give /deploy a new token
  chatops.mattermost.mattermost_slash_command:
    url: https://chat.example.com
    token: "{{ mattermost_token }}"
    team: ops
    trigger: deploy
    regenerate_token: true
  register: deploy_command
  no_log: true

- name: Delete the /old command
  chatops.mattermost.mattermost_slash_command:
    url: https://chat.example.com
    token: "{{ mattermost_token }}"
    team: ops
    trigger: old
    state: absent
'''

RETURN = r'''
command:
  description:
    - The command as the API returns it, after the changes (in check mode, as it would be).
    - Empty when there is no command (any more).
  returned: success
  type: dict
  contains:
    token:
      description:
        - The token sent with every request to the command's URL; a secret.
      returned: when there is a command, except in check mode when it would be created
      type: str
      sample: 8ebrb1xrnpgqxcc6o7rypzxtxe
  sample:
    id: 7pjsz4rmbbyr3mwx6oj1rsb6ta
    token: 8ebrb1xrnpgqxcc6o7rypzxtxe
    team_id: 4xp9fdt77pncbef59f4k1qe83o
    creator_id: ddd9ic11u38sdjzh6oz39ijo9c
    trigger: deploy
    method: P
    url: https://deployer.example.com/mattermost/command
    display_name: Deploy
    description: Deploy a service
    username: ""
    icon_url: ""
    auto_complete: true
    auto_complete_hint: "[service] [version]"
    auto_complete_desc: Deploy a version of a service
    create_at: 1767600000000
    update_at: 1767600000000
    delete_at: 0
diff:
  description:
    - The compared options before and after, and the command's state (V(present) or V(absent)).
    - The team is shown by id; a token being regenerated shows as C(token), without its value.
  returned: in diff mode
  type: dict
  sample:
    before: {state: present, team: 4xp9fdt77pncbef59f4k1qe83o, trigger: deploy, method: get}
    after: {state: present, team: 4xp9fdt77pncbef59f4k1qe83o, trigger: deploy, method: post}
'''

from ansible_collections.chatops.mattermost.plugins.module_utils._connection import connect, mattermost_module
from ansible_collections.chatops.mattermost.plugins.module_utils._integrations import (
    WHITESPACE, byte_length, find_team, is_http_url, length_problems, rotate_token, warn_when_not_kept,
)
from ansible_collections.chatops.mattermost.plugins.module_utils._resource import (
    Codes, Field, Resource, ensure, lowercase, state_argument_spec,
)

# The server's rules (server/public/model/command.go, and the commands table of its database, Mattermost 11.4).
TRIGGER_BYTES = (1, 128)
MAX_BYTES = dict(request_url=1024, display_name=64, description=128)
MAX_CHARACTERS = dict(username=64, icon_url=1024, autocomplete_hint=1024, autocomplete_description=1024)

METHODS = Codes({'P': 'post', 'G': 'get'})


def problems(params):
    """What the server would refuse in the options, before any request."""
    found_problems = []
    trigger = params['trigger']
    if trigger.startswith('/'):
        found_problems.append("trigger %r must be given without its leading '/'" % trigger)
    elif not TRIGGER_BYTES[0] <= byte_length(trigger) <= TRIGGER_BYTES[1] or WHITESPACE.search(trigger):
        found_problems.append('trigger %r is not a valid trigger: 1 to 128 bytes without spaces' % trigger)
    request_url = params['request_url']
    if request_url is not None and not is_http_url(request_url):
        found_problems.append('request_url must be an http:// or https:// URL with a host, not %r' % request_url)
    if not params['team']:
        found_problems.append('team cannot be empty')
    if params['regenerate_token'] and params['state'] == 'absent':
        found_problems.append('regenerate_token needs state=present')
    found_problems.extend(length_problems(params, byte_limits=MAX_BYTES, character_limits=MAX_CHARACTERS))
    return found_problems


def boolean(value):
    return bool(value)


class SlashCommand(Resource):
    """A custom slash command, found by trigger in its team.

    present: POST /commands, or PUT /commands/{id} with the whole command (the server replaces it);
    PUT /commands/{id}/regen_token for `regenerate_token`.
    absent: DELETE /commands/{id}.
    """

    name = 'command'
    archivable = False

    def __init__(self, module, driver):
        super(SlashCommand, self).__init__(module, driver)
        self.params = module.params
        self.trigger = module.params['trigger'].lower()
        self.team = None
        self.current = None
        self.fields = (
            Field('team', key='team_id'),
            Field('trigger', key='trigger', normalise=lowercase),
            Field('request_url', key='url'),
            Field('method', key='method', normalise=METHODS.normalise, to_api=METHODS.to_api),
            Field('display_name', key='display_name'),
            Field('description', key='description'),
            Field('username', key='username'),
            Field('icon_url', key='icon_url'),
            Field('autocomplete', key='auto_complete', normalise=boolean),
            Field('autocomplete_hint', key='auto_complete_hint'),
            Field('autocomplete_description', key='auto_complete_desc'),
        )

    def describe(self):
        return "slash command '/%s' of team '%s'" % (self.trigger, self.params['team'])

    def given(self):
        given = super(SlashCommand, self).given()
        given['team'] = self.team['id']
        if self.current is None:  # what the command is created with when these are not given
            given['method'] = given['method'] or 'post'
        return given

    def find(self):
        self.team = find_team(self, self.params['team'], present=self.params['state'] == 'present')
        self.doing = "look up the slash commands of team '%s'" % self.params['team']
        # Only the custom commands, complete (with their token): the other listings blank the URL and the token.
        commands = self.driver.commands.list_commands(params={'team_id': self.team['id'], 'custom_only': 'true'})
        matching = [command for command in commands if command.get('trigger', '').lower() == self.trigger]
        if len(matching) > 1:
            self.module.fail_json(msg="%d slash commands of team '%s' have the trigger '%s' (ids %s): delete all but one" % (
                len(matching), self.params['team'], self.trigger, ', '.join(sorted(command['id'] for command in matching))))
        self.current = matching[0] if matching else None
        return self.current

    def prepare(self, changes):
        if self.current is not None:
            return
        if not self.params['request_url']:
            self.module.fail_json(msg='request_url is required to create a slash command')
        # The server refuses a trigger that a built-in or a plugin's command has: check it first, so that
        # check mode fails as a real run would, and say which it is.
        self.doing = "look up the commands of team '%s'" % self.params['team']
        commands = self.driver.commands.list_commands(params={'team_id': self.team['id'], 'custom_only': 'false'})
        taken = [command for command in commands if (command.get('trigger') or '').lower() == self.trigger]
        if taken:
            owner = "plugin '%s'" % taken[0]['plugin_id'] if taken[0].get('plugin_id') else 'a built-in command'
            self.module.fail_json(msg="The trigger '%s' is taken by %s of the server: choose another" % (self.trigger, owner))

    def create(self, changes):
        self.doing = 'create %s' % self.describe()
        command = self.driver.commands.create_command(options=changes.api(changed_only=False))
        warn_when_not_kept(self.module, changes, command)
        return command

    def update(self, command, changes):
        self.doing = 'update %s' % self.describe()
        updated = self.driver.commands.update_command(command['id'], options=dict(command, **changes.api()))
        warn_when_not_kept(self.module, changes, updated)
        return updated

    def regenerate(self, command):
        self.doing = 'regenerate the token of %s' % self.describe()
        answer = self.driver.commands.regen_command_token(command['id'])
        return dict(command, token=answer['token'])

    def delete(self, command):
        self.doing = 'delete %s' % self.describe()
        self.driver.commands.delete_command(command['id'])


def main():
    module = mattermost_module(
        dict(
            team=dict(type='str', required=True),
            trigger=dict(type='str', required=True),
            request_url=dict(type='str'),
            method=dict(type='str', choices=['post', 'get']),
            display_name=dict(type='str'),
            description=dict(type='str'),
            username=dict(type='str'),
            icon_url=dict(type='str'),
            autocomplete=dict(type='bool'),
            autocomplete_hint=dict(type='str'),
            autocomplete_description=dict(type='str'),
            regenerate_token=dict(type='bool', default=False, no_log=False),
            **state_argument_spec(archivable=False)
        ),
        supports_check_mode=True,
    )
    driver = connect(module, problems(module.params))
    resource = SlashCommand(module, driver)
    result = ensure(module, resource)
    if module.params['regenerate_token']:
        result = rotate_token(module, resource, result)
    module.exit_json(**result)


if __name__ == '__main__':
    main()
