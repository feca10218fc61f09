#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

DOCUMENTATION = r'''
module: mattermost_plugin
short_description: Install, enable, disable or remove a Mattermost plugin
version_added: 0.1.0
description:
  - Upload a plugin bundle (a C(.tar.gz) file on the managed node) to a Mattermost server, enable it, disable it or remove it.
  - >-
    The plugin is known by its id and version, read from the bundle's manifest (C(plugin.json), C(plugin.yaml) or
    C(plugin.yml)) on the managed node: the bundle is uploaded when the plugin is not installed, or when the installed
    version differs from the bundle's (older or newer), or with O(force=true).
  - >-
    The server must allow plugins and their upload (C(PluginSettings.Enable) and C(PluginSettings.EnableUploads), which
    only the configuration file or the environment can set, and C(PluginSettings.RequirePluginSignature) off); if it
    does not, the module fails saying so.
  - >-
    A plugin's own settings are part of the server's configuration (C(PluginSettings.Plugins.<id>)): manage them with
    the configuration module of this collection, not with this one.
author:
  - chatops.mattermost maintainers (@chatops)
extends_documentation_fragment:
  - chatops.mattermost.connection
  - ansible.builtin.action_common_attributes
  - chatops.mattermost.attributes
options:
  src:
    description:
      - The plugin bundle, a C(.tar.gz) file on the managed node, whose manifest is at its top or in its one top directory.
      - Needed to install or upgrade the plugin; with O(state=enabled), O(state=disabled) or O(state=absent) an installed
        plugin can be named by O(id) alone.
    type: path
  id:
    description:
      - The plugin's id (compared in lowercase, as the server does). When O(src) is given too, it must be the bundle's id.
      - One of O(id) and O(src) is required.
    type: str
  state:
    description:
      - V(present) installs the plugin (or upgrades it) and leaves it enabled or disabled as it is; the server installs a
        new plugin disabled.
      - V(enabled) also enables it and waits until the server runs it (60 seconds at most); the module fails if it does
        not start.
      - V(disabled) also disables it.
      - V(absent) removes it.
      - These are the states of community.general's jenkins_plugin; a separate C(enabled) option would allow contradictions
        such as O(state=absent) with C(enabled=true).
    type: str
    choices: [present, enabled, disabled, absent]
    default: present
  force:
    description:
      - Upload the bundle even when the installed version is the bundle's.
    type: bool
    default: false
notes:
  - The user of the connection needs the permission to manage plugins (a system admin).
  - >-
    Removing a plugin leaves its C(PluginSettings.PluginStates) entry in the server's configuration (disabled), as the
    server does; its settings stay too.
seealso:
  - name: Plugins in the Mattermost API reference
    description: The API requests this module sends.
    link: https://developers.mattermost.com/api-documentation/#/tags/plugins
  - name: community.general.jenkins_plugin
    description: The states this module takes after.
    link: https://docs.ansible.com/ansible/latest/collections/community/general/jenkins_plugin_module.html
'''

EXAMPLES = r'''
- name: Install version 1.2.0 of a plugin, or upgrade to it, and run it
  chatops.mattermost.mattermost_plugin:
    url: https://chat.example.com
    token: "{{ mattermost_token }}"
    src: files/com.example.standup-1.2.0.tar.gz
    state: enabled

- name: Turn off an installed plugin
  chatops.mattermost.mattermost_plugin:
    url: https://chat.example.com
    token: "{{ mattermost_token }}"
    id: com.example.standup
    state: disabled

- name: Remove it
  chatops.mattermost.mattermost_plugin:
    url: https://chat.example.com
    token: "{{ mattermost_token }}"
    id: com.example.standup
    state: absent
'''

RETURN = r'''
plugin:
  description:
    - The installed plugin after the changes (in check mode, as it would be). Empty when it is not installed (any more).
  returned: success
  type: dict
  contains:
    id:
      description: The plugin's id.
      type: str
    name:
      description: The plugin's name.
      type: str
    version:
      description: The installed version.
      type: str
    enabled:
      description: Whether the plugin is enabled.
      type: bool
    status:
      description: >-
        Whether the server runs it: V(not running), V(starting), V(running), V(failed to start),
        V(failed to stay running) or V(stopping).
      type: str
    error:
      description: Why it is not running, when the server says.
      type: str
  sample:
    id: com.example.standup
    name: Standup
    version: 1.2.0
    enabled: true
    status: running
    error: ""
diff:
  description: The plugin's state (V(absent), V(disabled) or V(enabled)) and installed version, before and after.
  returned: in diff mode
  type: dict
  sample:
    before: {state: disabled, version: 1.1.0}
    after: {state: enabled, version: 1.2.0}
'''

from ansible_collections.chatops.mattermost.plugins.module_utils._connection import mattermost_module, run_task
from ansible_collections.chatops.mattermost.plugins.module_utils._kinds.plugin import PLUGIN_ARGUMENT_SPEC, manage_plugin


def main():
    module = mattermost_module(PLUGIN_ARGUMENT_SPEC, required_one_of=[('id', 'src')], supports_check_mode=True)
    run_task(module, manage_plugin)


if __name__ == '__main__':
    main()
