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
  - chatops.mattermost.attributes
attributes:
  diff_mode:
    details: The token is never shown; the team is shown by id.
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

from ansible_collections.chatops.mattermost.plugins.module_utils._connection import mattermost_module, run_resource
from ansible_collections.chatops.mattermost.plugins.module_utils._kinds.slash_command import SlashCommand


def main():
    module = mattermost_module(SlashCommand.argument_spec, supports_check_mode=True)
    run_resource(module, SlashCommand)


if __name__ == '__main__':
    main()
