#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

DOCUMENTATION = r'''
module: mattermost_server_info
short_description: Read what a Mattermost server is and which features it has on
version_added: 0.1.0
description:
  - Read the server's version, edition, licence, database, plugins and their states, and whether the features the
    collection's modules rely on are on (personal access tokens, bot accounts, webhooks, slash commands, custom emoji,
    deletion through the API, username and icon overrides, plugin uploads). The module changes nothing.
  - "Four or five requests: the client configuration and the licence (C(GET /config/client?format=old),
    C(GET /license/client?format=old)), which every user can read; the configuration (C(GET /config)) and the plugins' states
    (C(GET /plugins/statuses)), which only a system admin can read: for other users, what only they tell is V(null)."
author:
  - chatops.mattermost maintainers (@chatops)
extends_documentation_fragment:
  - chatops.mattermost.connection
  - chatops.mattermost.attributes.info_module
  - ansible.builtin.action_common_attributes
options: {}
seealso:
  - module: chatops.mattermost.mattermost_config
  - module: chatops.mattermost.mattermost_plugin
'''

EXAMPLES = r'''
- name: Read the server
  chatops.mattermost.mattermost_server_info:
    url: https://chat.example.com
    token: "{{ mattermost_token }}"
  register: server

- name: Refuse to go on without what the play needs
  ansible.builtin.assert:
    that:
      - server.features.bot_accounts
      - server.features.incoming_webhooks
    fail_msg: Turn on bot accounts and incoming webhooks in the System Console first

- name: Show the version and edition
  ansible.builtin.debug:
    msg: "Mattermost {{ server.server.version }} ({{ server.server.edition }} edition) on {{ server.server.database }}"
'''

RETURN = r'''
server:
  description: What the server is.
  returned: success
  type: dict
  contains:
    version:
      description: The server's version.
      type: str
      sample: 10.5.1
    build_number:
      description: The server's build number (empty for a build from source).
      type: str
    build_hash:
      description: The commit the server was built from (empty for a build from source).
      type: str
    edition:
      description: V(enterprise) for the Enterprise Edition (licensed or not), V(team) for the Team Edition.
      type: str
      sample: team
    licensed:
      description: Whether the server has a licence.
      type: bool
    database:
      description: The database driver, V(postgres) or V(mysql).
      type: str
      sample: postgres
    schema_version:
      description: The version of the database schema.
      type: str
    site_url:
      description: The server's site URL (its C(ServiceSettings.SiteURL)); empty when not set.
      type: str
    config_readable:
      description: Whether the user could read the configuration (a system admin); without it, some RV(features) are V(null).
      type: bool
features:
  description:
    - Whether each feature the modules rely on is on, from the configuration, or from the client configuration when the user
      cannot read the configuration (V(null) for those it does not have).
  returned: success
  type: dict
  contains:
    personal_access_tokens:
      description: C(ServiceSettings.EnableUserAccessTokens), for M(chatops.mattermost.mattermost_access_token).
      type: bool
    bot_accounts:
      description: C(ServiceSettings.EnableBotAccountCreation), for M(chatops.mattermost.mattermost_bot).
      type: bool
    incoming_webhooks:
      description: C(ServiceSettings.EnableIncomingWebhooks), for M(chatops.mattermost.mattermost_webhook).
      type: bool
    outgoing_webhooks:
      description: C(ServiceSettings.EnableOutgoingWebhooks), for M(chatops.mattermost.mattermost_webhook).
      type: bool
    custom_slash_commands:
      description: C(ServiceSettings.EnableCommands), for M(chatops.mattermost.mattermost_slash_command).
      type: bool
    custom_emoji:
      description: C(ServiceSettings.EnableCustomEmoji), for M(chatops.mattermost.mattermost_emoji).
      type: bool
    username_override:
      description: C(ServiceSettings.EnablePostUsernameOverride), for a webhook's or a post's own username.
      type: bool
    icon_override:
      description: C(ServiceSettings.EnablePostIconOverride), for a webhook's or a post's own icon.
      type: bool
    api_team_deletion:
      description: C(ServiceSettings.EnableAPITeamDeletion), for deleting teams for good; V(null) to a user who is not a system admin.
      type: bool
    api_channel_deletion:
      description: C(ServiceSettings.EnableAPIChannelDeletion), for deleting channels for good; V(null) to a user who is not a
        system admin.
      type: bool
    api_user_deletion:
      description: C(ServiceSettings.EnableAPIUserDeletion), for deleting users for good; V(null) to a user who is not a system admin.
      type: bool
    plugins:
      description: C(PluginSettings.Enable), for M(chatops.mattermost.mattermost_plugin).
      type: bool
    plugin_uploads:
      description: C(PluginSettings.EnableUploads), for uploading plugins; V(null) to a user who is not a system admin.
      type: bool
  sample:
    personal_access_tokens: true
    bot_accounts: true
    incoming_webhooks: true
    outgoing_webhooks: true
    custom_slash_commands: true
    custom_emoji: true
    username_override: true
    icon_override: true
    api_team_deletion: false
    api_channel_deletion: false
    api_user_deletion: false
    plugins: true
    plugin_uploads: false
license:
  description:
    - The licence as the server tells every user (C(GET /license/client?format=old)); C(IsLicensed) is V("false") without one,
      else the licence's features, each V("true") or V("false").
  returned: success
  type: dict
  sample: {IsLicensed: "false"}
plugins:
  description:
    - The states of the plugins (C(GET /plugins/statuses)), sorted by C(plugin_id), with C(state_name) added (V(not_running),
      V(starting), V(running), V(failed_to_start), V(failed_to_stay_running), V(stopping)).
    - Empty when plugins are off; V(null) to a user who is not a system admin.
  returned: success
  type: list
  elements: dict
  sample:
    - {plugin_id: com.mattermost.calls, name: Calls, version: 1.5.0, state: 2, state_name: running, is_prepackaged: true}
'''

from ansible_collections.chatops.mattermost.plugins.module_utils._connection import mattermost_module, run_task
from ansible_collections.chatops.mattermost.plugins.module_utils._workspace.info import server_info


def main():
    module = mattermost_module({}, supports_check_mode=True)
    run_task(module, server_info)


if __name__ == '__main__':
    main()
