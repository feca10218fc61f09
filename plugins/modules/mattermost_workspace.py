#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

DOCUMENTATION = r'''
module: mattermost_workspace
short_description: The users, bots, teams, channels and memberships of a Mattermost server as code, in one task
version_added: 0.1.0
description:
  - Bring many users, bots, teams, channels and memberships to the state described, in the shape that
    M(chatops.mattermost.mattermost_workspace_info) returns; see the guide C(docs/workspace.md).
  - "Each item takes the options of the module of its kind, with the same meaning (the same code ensures it):
    M(chatops.mattermost.mattermost_user), M(chatops.mattermost.mattermost_bot), M(chatops.mattermost.mattermost_team),
    M(chatops.mattermost.mattermost_channel). Options left out of an item are not compared."
  - Every item is checked before any request, and every problem is listed with its path (C(teams[1].channels[3].name);
    indexes count from 0). Users named in members, admins or owner must exist or be listed; this is checked after
    reading, still before any write.
  - The current state is read in bulk (list requests of 200 objects, the member lists of the listed teams and channels
    several at once), then every object is planned in check mode without a request, then only the objects that change
    are written, by O(workers) at a time, in dependency order (users and teams; bots and channels; team members;
    channel members; deactivations).
  - When the server refuses a request, no new request is started; the task fails with what was done, what failed (the
    server's message and request id) and what was not attempted. Running it again finishes the job.
  - Needs a system admin (listing every team and channel takes the C(manage_system) permission).
notes:
  - >-
    New members are added with one request per 100 for each team, and for each channel from Mattermost 9.11 on; a 9.9 or
    9.10 server takes one request for each new channel member (it has no batch of channel members), which is slower
    for many members but gives the same result.
author:
  - chatops.mattermost maintainers (@chatops)
extends_documentation_fragment:
  - chatops.mattermost.connection
  - ansible.builtin.action_common_attributes
  - chatops.mattermost.attributes
attributes:
  check_mode:
    details: Check mode reads the same and writes nothing; RV(plan), RV(summary) and RV(msg) say what would change.
  diff_mode:
    details: The diff has the before and after of each object that changes; passwords are never shown.
options:
  users:
    description:
      - User accounts (not bots), each with the options of M(chatops.mattermost.mattermost_user).
      - O(users[].teams) and O(users[].channels) add the user to the members of teams and channels listed in O(teams).
    type: list
    elements: dict
    suboptions:
      username:
        description: "The username; the key of the user."
        type: str
        required: true
      email:
        description: "The e-mail address (needed to create the user)."
        type: str
      password:
        description: The password (needed to create a user that logs in with e-mail); set again with O(users[].update_password=always).
        type: str
      update_password:
        description: V(on_create) sets the password of new users only; V(always) also changes it.
        type: str
        choices: [on_create, always]
        default: on_create
      first_name:
        description: "The first name."
        type: str
      last_name:
        description: "The last name."
        type: str
      nickname:
        description: "The nickname."
        type: str
      position:
        description: "The position."
        type: str
      locale:
        description: "The locale (such as V(en))."
        type: str
      auth_service:
        description: How the user logs in.
        type: str
        choices: [email, gitlab, google, ldap, office365, openid, saml]
      auth_data:
        description: "The user's id in O(users[].auth_service)."
        type: str
      system_admin:
        description: "Whether the user has the system_admin role; not with O(users[].roles)."
        type: bool
      roles:
        description: The system roles, exactly.
        type: list
        elements: str
      teams:
        description: Names of teams listed in O(teams) the user is a member of.
        type: list
        elements: str
      channels:
        description: Channels (V(team/channel) or C({team, name})) listed in O(teams) the user is a member of.
        type: list
        elements: raw
      state:
        description: V(absent) deactivates the user; V(present) creates it, or reactivates it.
        type: str
        choices: [present, absent]
        default: present
  bots:
    description:
      - Bot accounts, each with the options of M(chatops.mattermost.mattermost_bot).
    type: list
    elements: dict
    suboptions:
      username:
        description: "The bot's username; the key of the bot."
        type: str
        required: true
      display_name:
        description: "The display name."
        type: str
      description:
        description: "The description."
        type: str
      owner:
        description: "The username of the user owning the bot."
        type: str
      roles:
        description: The system roles of the bot, exactly.
        type: list
        elements: str
      teams:
        description: Names of teams listed in O(teams) the bot is a member of.
        type: list
        elements: str
      channels:
        description: Channels (V(team/channel) or C({team, name})) listed in O(teams) the bot is a member of.
        type: list
        elements: raw
      state:
        description: V(absent) disables the bot; V(present) creates it, or enables it.
        type: str
        choices: [present, absent]
        default: present
  teams:
    description:
      - Teams, each with the options of M(chatops.mattermost.mattermost_team), and its channels.
    type: list
    elements: dict
    suboptions:
      name:
        description: "The team's name (its URL); the key of the team."
        type: str
        required: true
      display_name:
        description: "The display name (the name when the team is created)."
        type: str
      description:
        description: "The description."
        type: str
      type:
        description: V(open) (anyone may join) or V(invite) (by invitation only); V(open) when created.
        type: str
        choices: [open, invite]
      company_name:
        description: "The company name."
        type: str
      allowed_domains:
        description: E-mail domains that may join.
        type: list
        elements: str
      allow_open_invite:
        description: "Whether anyone with the team's invite link may join."
        type: bool
      members:
        description: Usernames of the members (bots included); see O(teams[].members_exclusive) and O(prune).
        type: list
        elements: str
      admins:
        description: Usernames of the team admins (members too).
        type: list
        elements: str
      members_exclusive:
        description: Remove the members not listed (and demote the admins not listed); the user running the task stays.
        type: bool
        default: false
      state:
        description: V(absent) archives the team; V(present) creates it, or restores it.
        type: str
        choices: [present, absent]
        default: present
      channels:
        description: The team's public and private channels, each with the options of M(chatops.mattermost.mattermost_channel).
        type: list
        elements: dict
        suboptions:
          name:
            description: "The channel's name (its URL); the key of the channel in its team."
            type: str
            required: true
          display_name:
            description: "The display name (the name when the channel is created)."
            type: str
          type:
            description: V(public) or V(private); V(public) when created.
            type: str
            choices: [public, private]
          purpose:
            description: "The purpose."
            type: str
          header:
            description: "The header."
            type: str
          members:
            description: Usernames of the members (bots included); they must be members of the team.
            type: list
            elements: str
          admins:
            description: Usernames of the channel admins (members too).
            type: list
            elements: str
          members_exclusive:
            description: Remove the members not listed (and demote the admins not listed); the user running the task stays.
            type: bool
            default: false
          state:
            description: V(absent) archives the channel; V(present) creates it, or restores it.
            type: str
            choices: [present, absent]
            default: present
  prune:
    description:
      - Which objects that are not listed are archived or removed. Nothing is pruned unless listed here. Run in check mode
        first to see what would be.
      - V(members) removes the members not listed from the teams and channels that list O(teams[].members) (as
        O(teams[].members_exclusive=true)).
      - V(channels) archives the channels of the listed teams that are not listed, but the channels every team is created with (town-square, off-topic).
      - V(teams) archives the teams that are not listed.
      - V(users) deactivates the users that are not listed, never the user running the task nor the owner of a listed bot.
    type: list
    elements: str
    choices: [members, channels, teams, users]
    default: []
  workers:
    description: How many write requests are sent at once (and member lists read at once).
    type: int
    default: 4
'''

EXAMPLES = r'''
- name: Provision the ops team, its people, its bot and its channels
  chatops.mattermost.mattermost_workspace:
    url: https://chat.example.com
    token: "{{ mattermost_token }}"
    users:
      - {username: alice, email: alice@example.com, first_name: Alice}
      - {username: erin, email: erin@example.com, password: "{{ vault_password }}", first_name: Erin}
    bots:
      - {username: deploy-bot, display_name: Deploy}
    teams:
      - name: ops
        display_name: Ops
        members: [alice, bob, erin, deploy-bot]
        admins: [alice]
        channels:
          - {name: deployments, purpose: Deployments, members: [alice, bob, deploy-bot]}
          - {name: oncall, display_name: On call, type: private, members: [alice, erin]}

- name: See what pruning the dev team's unlisted channels would archive, without doing it
  chatops.mattermost.mattermost_workspace:
    url: https://chat.example.com
    token: "{{ mattermost_token }}"
    teams:
      - name: dev
        channels: [{name: builds}, {name: ci-results}]
    prune: [channels]
  check_mode: true
  register: planned

- name: Show the plan
  ansible.builtin.debug:
    msg: "{{ planned.msg }}"
'''

RETURN = r'''
msg:
  description: "The counts in one line, such as C(Plan: 3 to create, 1 to change, 0 to restore, 2 to archive.) (or C(Applied: ...) after a real run)."
  returned: always
  type: str
plan:
  description:
    - What changes (in check mode, what would), one entry per object, in the order written.
    - C(kind) is user, bot, team or channel; C(name) is the username, the team name, or V(team/channel); C(action) is
      create, change, restore or archive (archive deactivates a user and disables a bot); C(changes) are the options
      that differ.
  returned: success
  type: list
  elements: dict
  sample: [{kind: channel, name: platform/deploys, action: create, changes: [display_name, members, name, purpose, team, type]}]
summary:
  description: How many objects are created, changed, restored and archived, and their names by kind and action.
  returned: success
  type: dict
  sample: {create: 1, change: 0, restore: 0, archive: 0, by_kind: {channel: {create: [platform/deploys]}}}
done:
  description: When the server refused a request, the entries of RV(plan) that were done.
  returned: failure
  type: list
  elements: dict
failures:
  description: When the server refused a request, the objects that failed, with the server's message and request id.
  returned: failure
  type: list
  elements: dict
not_attempted:
  description: When the server refused a request, the objects that were not attempted; a rerun does them.
  returned: failure
  type: list
  elements: dict
'''

from ansible_collections.chatops.mattermost.plugins.module_utils._connection import mattermost_module, run_task
from ansible_collections.chatops.mattermost.plugins.module_utils._workspace.reconcile import WORKSPACE_ARGUMENT_SPEC, ensure_workspace


def main():
    module = mattermost_module(WORKSPACE_ARGUMENT_SPEC, supports_check_mode=True)
    run_task(module, ensure_workspace)


if __name__ == '__main__':
    main()
