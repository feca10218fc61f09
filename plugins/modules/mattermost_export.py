#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

DOCUMENTATION = r'''
module: mattermost_export
short_description: Export a Mattermost server's data with the server's bulk export job
version_added: 0.1.0
description:
  - >-
    Run an C(export_process) job (teams, channels, users, posts in Mattermost's bulk format), wait for it, download its
    archive (a zip holding a C(.jsonl) file, and the files asked for) to O(dest), and remove it from the server if asked.
  - The archive can be imported again with M(chatops.mattermost.mattermost_import).
  - Every run makes a new export, so the module always reports a change (check mode runs nothing).
  - The export job needs no licence and exists on Mattermost 9.9 and later; it runs over O(local_socket) as well.
author:
  - chatops.mattermost maintainers (@chatops)
extends_documentation_fragment:
  - chatops.mattermost.connection
  - ansible.builtin.action_common_attributes
attributes:
  check_mode:
    support: full
    details:
      - Checks the options and reports a change; starts no job.
  diff_mode:
    support: none
  platform:
    platforms: all
options:
  dest:
    description:
      - Where to write the archive on the managed node; its directory must exist. Written whole, then renamed into place.
    type: path
    required: true
  attachments:
    description: Include the files attached to posts.
    type: bool
    default: false
  archived_channels:
    description: Include archived channels.
    type: bool
    default: false
  profile_pictures:
    description: Include the users' profile pictures.
    type: bool
    default: false
  roles_and_schemes:
    description: Include roles and permission schemes.
    type: bool
    default: false
  remove_from_server:
    description: Delete the archive from the server's export directory once downloaded.
    type: bool
    default: false
  timeout:
    description: Seconds to wait for the export job; when they are over the task fails and the job goes on on the server.
    type: int
    default: 600
notes:
  - The user running the task must be a system admin (or use O(local_socket)).
seealso:
  - module: chatops.mattermost.mattermost_job_info
  - module: chatops.mattermost.mattermost_import
'''

EXAMPLES = r'''
- name: Back up the server's data with attachments, leaving no copy on the server
  chatops.mattermost.mattermost_export:
    url: https://chat.example.com
    token: "{{ mattermost_token }}"
    dest: /tmp/mattermost-export.zip
    attachments: true
    remove_from_server: true
  register: export

- name: Show what it holds
  ansible.builtin.debug:
    msg: "{{ export.size }} bytes: {{ export.counts.users }} users, {{ export.counts.posts }} posts"
'''

RETURN = r'''
dest:
  description: The path of the archive.
  returned: always
  type: str
  sample: /backup/mattermost-export.zip
size:
  description: The size of the archive in bytes.
  returned: success, not in check mode
  type: int
  sample: 183004
name:
  description: The archive's name on the server.
  returned: success, not in check mode
  type: str
  sample: 8xk4dp3jqtrz9e1u6gq1bmhq1a_export.zip
removed_from_server:
  description: Whether the archive was deleted from the server.
  returned: success, not in check mode
  type: bool
counts:
  description: The lines of the archive's C(.jsonl) by kind (as M(chatops.mattermost.mattermost_import) reports them).
  returned: success, not in check mode
  type: dict
  sample: {users: 100, teams: 1, channels: 20, posts: 20000, direct_channels: 0, direct_posts: 0}
job:
  description: The export job.
  returned: success, not in check mode
  type: dict
'''

from ansible_collections.chatops.mattermost.plugins.module_utils._connection import mattermost_module, run_task
from ansible_collections.chatops.mattermost.plugins.module_utils._kinds.bulk_export import ARGUMENT_SPEC, export


def main():
    module = mattermost_module(ARGUMENT_SPEC, supports_check_mode=True)
    run_task(module, export)


if __name__ == '__main__':
    main()
