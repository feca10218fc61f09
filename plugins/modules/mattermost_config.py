#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

DOCUMENTATION = r'''
module: mattermost_config
short_description: Manage the settings of a Mattermost server
version_added: 0.1.0
description:
  - Set settings of a Mattermost server (its C(config.json), or its configuration in the database), named as in the server's
    config, such as C(ServiceSettings.SiteURL) or C(TeamSettings.MaxChannelsPerTeam).
  - Only the settings given are compared with the server's and sent (C(PUT /api/v4/config/patch) with just those settings);
    the others are left as they are.
  - After a change, the server's answer (its config after the change) is checked; a setting that does not have the value
    asked for fails the task, with the names of those settings.
  - Also returns sections of the server's effective config (O(return_sections)), and reloads the config from its store
    (O(reload)).
  - The user of the task needs the permission to manage the system (a system admin).
author:
  - chatops.mattermost maintainers (@chatops)
extends_documentation_fragment:
  - chatops.mattermost.connection
  - ansible.builtin.action_common_attributes
  - chatops.mattermost.attributes
attributes:
  check_mode:
    details: In check mode O(reload) is not sent.
  diff_mode:
    details: The diff has the settings that change, named with dots; a secret setting shows as masked.
options:
  settings:
    description:
      - The settings and their values, as a dict of names joined with dots (V(TeamSettings.MaxChannelsPerTeam) as a key), or nested
        as in C(config.json) (V(MaxChannelsPerTeam) as a key of a dict under the key V(TeamSettings)), or both.
      - The valid names are those of the server's config (C(GET /api/v4/config)), with their case. A name the server does not have
        fails the task before anything is written, with the nearest valid names.
      - Values are compared as the type of the server's value (V("500") is the integer V(500), V("yes") the boolean V(true));
        a value that cannot be that type fails the task before anything is written. Lists are compared in order.
      - Plugin entries (C(PluginSettings.Plugins.<plugin id>.<setting>) and C(PluginSettings.PluginStates.<plugin id>.Enable))
        may name plugins the config has no entry for. A plugin id may contain dots; in a dotted name the last key is the
        setting and the keys between it and C(Plugins) are the plugin id. The server shows the settings of installed plugins
        only, so a setting of a plugin that is not installed cannot be checked after the change and fails the task.
      - A setting that the server takes from an environment variable (C(MM_<SECTION>_<SETTING>), listed by
        C(GET /api/v4/config/environment)) cannot be changed through the API; the server keeps the variable's value. Asking for
        another value fails the task before anything is written, with the variable's name; asking for its current value
        changes nothing. Over O(local_socket), which does not serve that list, the task fails after the change, from the
        server's answer (which keeps the variable's value, and does not store the one asked for); the other settings of the
        task are then written.
      - The server applies most settings at once. Those of C(SqlSettings), C(ClusterSettings) and C(CacheSettings), and the
        listening address, TLS and timeouts of C(ServiceSettings) (C(ListenAddress), C(ConnectionSecurity), C(TLSCertFile),
        C(TLSKeyFile), C(TLSMinVer), C(TLSStrictTransport), C(UseLetsEncrypt), C(Forward80To443), C(ReadTimeout),
        C(WriteTimeout), C(IdleTimeout), C(EnableLocalMode), C(LocalModeSocketLocation)), C(MetricsSettings.ListenAddress) and
        the plugin directories are read when the server starts; they are stored, listed in RV(restart_required) with a
        warning, and take effect after a restart.
      - Secret settings (passwords, secrets, salts, keys and database addresses, such as C(SqlSettings.DataSource),
        C(EmailSettings.SMTPPassword), C(FileSettings.PublicLinkSalt) or C(GitLabSettings.Secret), any setting whose name has
        C(Password), C(Secret) or C(Salt), and any setting the server shows masked) are written only with
        O(update_secrets=always). Their values never appear in the results, the diff or the output of C(ansible-playbook -vvv).
    type: dict
  update_secrets:
    description:
      - V(never) does not write the secret settings of O(settings) (with a warning naming them). The server shows a secret
        setting masked, so its value cannot be compared with the one given.
      - V(always) writes them on every run and reports a change. Use it to set or rotate a secret, not in a play meant to report
        no change. The server's config after the change shows them masked too, so they are not checked after the change.
    type: str
    choices: [always, never]
    default: never
  return_sections:
    description:
      - Sections of the server's effective config (after the change; in check mode, as it would be) to return in RV(config),
        such as V(ServiceSettings) or V(TeamSettings). A name the server does not have fails the task before anything is written.
      - Secret settings stay masked.
    type: list
    elements: str
    default: []
  reload:
    description:
      - Reload the config from where the server stores it (its C(config.json) file or the database, C(POST /api/v4/config/reload))
        before reading it. Use it after the file was changed outside the server. It does not count as a change.
      - Settings read at start (see O(settings)) still need a restart.
    type: bool
    default: false
notes:
  - Mattermost Team Edition (without a licence) stores and returns the settings of licensed features too (LDAP, SAML,
    Elasticsearch, clustering, compliance, message export...), but the features stay off without a licence.
  - The settings that a system admin may change can be restricted by the server (C(ExperimentalSettings.RestrictSystemAdmin));
    the server then ignores the change, and the task fails with the settings it did not take.
seealso:
  - module: chatops.mattermost.mattermost_role
  - name: Configuration settings of Mattermost
    description: What each setting does, and which need a restart.
    link: https://docs.mattermost.com/configure/configuration-settings.html
  - name: System in the Mattermost API reference
    description: The API requests this module sends.
    link: https://developers.mattermost.com/api-documentation/#/tags/system
'''

EXAMPLES = r'''
- name: Set some limits
  chatops.mattermost.mattermost_config:
    url: https://chat.example.com
    token: "{{ mattermost_token }}"
    settings:
      TeamSettings.MaxChannelsPerTeam: 500
      ServiceSettings.MaximumLoginAttempts: 5

- name: The same, nested as in config.json, and read the section back
  chatops.mattermost.mattermost_config:
    url: https://chat.example.com
    token: "{{ mattermost_token }}"
    settings:
      TeamSettings:
        MaxChannelsPerTeam: 500
    return_sections: [TeamSettings]
  register: team_settings

- name: Set the SMTP password (a secret; reported as changed on every run)
  chatops.mattermost.mattermost_config:
    url: https://chat.example.com
    token: "{{ mattermost_token }}"
    settings:
      EmailSettings.SMTPUsername: mailer
      EmailSettings.SMTPPassword: "{{ smtp_password }}"
    update_secrets: always

- name: Reload the config after config.json was edited by hand
  chatops.mattermost.mattermost_config:
    url: https://chat.example.com
    token: "{{ mattermost_token }}"
    reload: true
'''

RETURN = r'''
changed_settings:
  description: The names of the settings changed (in check mode, that would be changed), with dots.
  returned: success
  type: list
  elements: str
  sample: [TeamSettings.MaxChannelsPerTeam]
restart_required:
  description: The settings of RV(changed_settings) that take effect only when the server restarts.
  returned: success
  type: list
  elements: str
  sample: []
reloaded:
  description: Whether the config was reloaded from its store (O(reload), not in check mode).
  returned: success
  type: bool
config:
  description:
    - The sections O(return_sections) of the server's effective config, after the change (in check mode, as it would be).
    - Secret settings are masked.
  returned: when O(return_sections) is given
  type: dict
  sample:
    TeamSettings:
      MaxChannelsPerTeam: 500
      MaxUsersPerTeam: 50
diff:
  description: The settings that change, before and after, named with dots. A secret setting's value is never shown.
  returned: in diff mode
  type: dict
  sample:
    before: {TeamSettings.MaxChannelsPerTeam: 2000}
    after: {TeamSettings.MaxChannelsPerTeam: 500}
'''

from ansible_collections.chatops.mattermost.plugins.module_utils._connection import mattermost_module, run_task
from ansible_collections.chatops.mattermost.plugins.module_utils._kinds.config import CONFIG_ARGUMENT_SPEC, ensure_config


def main():
    module = mattermost_module(CONFIG_ARGUMENT_SPEC, supports_check_mode=True)
    run_task(module, ensure_config)


if __name__ == '__main__':
    main()
