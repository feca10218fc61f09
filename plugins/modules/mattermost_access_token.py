#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

DOCUMENTATION = r'''
module: mattermost_access_token
short_description: Create or revoke a personal access token of a Mattermost user or bot
version_added: 0.1.0
description:
  - Make sure a user or a bot has an active personal access token with a given description, or has none.
  - A token is identified by its O(description) among the tokens of its user. The server shows a token's value only once,
    when it creates it, so the value is returned only by the run that creates the token (see RV(token.token)).
author:
  - chatops.mattermost maintainers (@chatops)
extends_documentation_fragment:
  - chatops.mattermost.connection
  - ansible.builtin.action_common_attributes
  - chatops.mattermost.attributes
attributes:
  check_mode:
    details: In check mode, a token that would be created is reported as a change, is not created, and has no id or value.
  diff_mode:
    details: The diff shows the state and the description of the token, never its value.
options:
  user:
    description:
      - The username of the user or bot the token is for.
      - Capitals are lowercased, as the server does.
    type: str
    required: true
    aliases: [username]
  description:
    description:
      - What the token is for, 1 to 255 bytes. It identifies the token among the user's tokens (exact comparison).
    type: str
    required: true
  state:
    description:
      - V(present) creates a token when the user has no active token with O(description) (disabled ones do not count, and stay
        as they are). When there is one, nothing changes and its value is not returned (the server does not show it again).
      - V(absent) revokes (deletes) every token of the user with O(description), active or disabled, so that none is left that could
        be enabled again.
    type: str
    choices: [present, absent]
    default: present
notes:
  - >-
    The value of a new token is in the task's result: register it with C(no_log: true) on the task, so that it is not shown
    or logged (C(no_log) of the module's own options does not cover its results), and store it at once where secrets
    belong, such as an Ansible Vault file or a secrets manager. A later run does not return it again; to get a new value,
    revoke the token (O(state=absent)) and create it again.
  - >-
    Tokens of users (not bots) need the server to allow them (C(ServiceSettings.EnableUserAccessTokens)). The user running the
    task needs the C(create_user_access_token) permission, and for another user than itself, the right to edit it
    (a system admin has both). The user of the token does not need the C(system_user_access_token) role for it to work.
seealso:
  - module: chatops.mattermost.mattermost_bot
  - module: chatops.mattermost.mattermost_user
  - name: Personal access tokens
    description: What they are and how the server restricts them.
    link: https://developers.mattermost.com/integrate/reference/personal-access-token/
'''

EXAMPLES = r'''
- name: Give the deploy bot a token
  chatops.mattermost.mattermost_access_token:
    url: https://chat.example.com
    token: "{{ mattermost_token }}"
    user: deploy-bot
    description: CI pipeline
  register: deploy_token
  no_log: true  # the result holds the token's value the first time

- name: Store the new value in a vault-encrypted file (only on the run that created it)
  ansible.builtin.copy:
    content: "{{ {'deploy_bot_token': deploy_token.token.token} | to_nice_yaml | ansible.builtin.vault(vault_password) }}"
    dest: "{{ playbook_dir }}/group_vars/all/deploy_bot_token.yml"
    decrypt: false  # the content is encrypted on purpose: copy would try to decrypt it
    mode: "0600"
  when: deploy_token.token.token is defined
  no_log: true

- name: Revoke it
  chatops.mattermost.mattermost_access_token:
    url: https://chat.example.com
    token: "{{ mattermost_token }}"
    user: deploy-bot
    description: CI pipeline
    state: absent
'''

RETURN = r'''
token:
  description:
    - The token with O(description), without its value unless this run created it.
    - With O(state=absent), or in check mode before it is created, only RV(token.user_id) and RV(token.description).
  returned: success
  type: dict
  contains:
    id:
      description: The token's id (not a secret, it cannot log in). Use it to disable or revoke the token.
      returned: when the token exists
      type: str
      sample: 3pyscq5jxbr6trpqshhx3tntqe
    user_id:
      description: The id of the user or bot the token is for.
      returned: always
      type: str
      sample: 6iumg1ddf7fs5bxcbb4h5pz5rw
    description:
      description: The token's description.
      returned: always
      type: str
      sample: CI pipeline
    is_active:
      description: Whether the token works (true for a token this module created or found).
      returned: with O(state=present)
      type: bool
      sample: true
    token:
      description:
        - The token's value, the secret to log in with.
        - Only when this run created the token (not in check mode); the server never shows it again.
      returned: when created
      type: str
      sample: h5zb9d9mdp8rbngx3gnt1d1hdo
revoked:
  description: The ids of the tokens this run revoked (in check mode, would revoke).
  returned: with O(state=absent)
  type: list
  elements: str
  sample: [3pyscq5jxbr6trpqshhx3tntqe]
diff:
  description: The state of the token with O(description) before and after.
  returned: in diff mode
  type: dict
  sample:
    before: {state: absent}
    after: {state: present, description: CI pipeline}
'''

from ansible_collections.chatops.mattermost.plugins.module_utils._connection import mattermost_module, run_resource
from ansible_collections.chatops.mattermost.plugins.module_utils._kinds.access_token import AccessTokens


def main():
    module = mattermost_module(AccessTokens.argument_spec, supports_check_mode=True)
    run_resource(module, AccessTokens)


if __name__ == '__main__':
    main()
