#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

DOCUMENTATION = r'''
module: mattermost_import
short_description: Import a Mattermost bulk import file (JSONL or zip) with the server's import job
version_added: 0.1.0
description:
  - >-
    Check a bulk import file (Mattermost's bulk format: one JSON object per line, the first
    C({"type": "version", "version": 1}), then teams, channels, users, posts...) on the managed node, upload it to the
    server through the uploads API in chunks that resume where the server says they stopped, run an C(import_process)
    job and wait for it.
  - >-
    A file with errors the module can see (a line that is not JSON, an unknown type, a missing field, a name the server
    refuses, checked by the rules of the modules, also where a line names another object such as a post's channel)
    fails before anything is uploaded, also in check mode, naming every such line. A line the server refuses fails
    with the server's message, its line number and the line itself, and the uploaded file is removed from the server
    (not on Mattermost 9.9, which has no route for it: the failure then says so).
  - >-
    The file is known by the SHA-256 of its content, which is part of the name it is uploaded under: an import of the
    same content that succeeded before (an C(import_process) job with status C(success)) is not repeated, and the
    module reports no change, unless O(force=true).
  - The import job needs no licence and exists on Mattermost 9.9 and later; it runs over O(local_socket) as well.
author:
  - chatops.mattermost maintainers (@chatops)
extends_documentation_fragment:
  - chatops.mattermost.connection
  - ansible.builtin.action_common_attributes
attributes:
  check_mode:
    support: full
    details:
      - Checks the file and reports its counts and whether it was imported before; uploads nothing.
  diff_mode:
    support: none
  platform:
    platforms: all
options:
  src:
    description:
      - The bulk import file on the managed node, a C(.jsonl) file or a zip holding one C(.jsonl) file (and the
        attachments its lines name), such as the server's bulk export writes.
    type: path
    required: true
  force:
    description:
      - Import even when the same content was imported successfully before. The server's importer updates what exists
        (by name), so an import again changes little, but posts are added again unless they are identical.
    type: bool
    default: false
  timeout:
    description:
      - Seconds to wait for the import job. When they are over the task fails, and the job goes on on the server.
    type: int
    default: 600
  chunk_size:
    description:
      - The size of each uploaded chunk in MiB (1 to 100). Progress is shown chunk by chunk in RV(progress) and in C(-v) output.
    type: int
    default: 8
notes:
  - >-
    The user running the task must be a system admin (or use O(local_socket)). The file must not be larger than the
    server's C(FileSettings.MaxFileSize) (100 MB by default), and C(FileSettings.EnableFileAttachments) must be on.
seealso:
  - module: chatops.mattermost.mattermost_job_info
  - module: chatops.mattermost.mattermost_export
  - name: Mattermost bulk loading
    description: The bulk import format.
    link: https://docs.mattermost.com/onboard/bulk-loading-data.html
'''

EXAMPLES = r'''
- name: Write a small bulk import file (a migration would bring its own)
  ansible.builtin.copy:
    dest: /tmp/migration.jsonl
    mode: "0600"
    content: |
      {"type": "version", "version": 1}
      {"type": "team", "team": {"name": "migrated", "display_name": "Migrated", "type": "O"}}
      {"type": "channel", "channel": {"team": "migrated", "name": "general-2019", "display_name": "General 2019", "type": "O"}}

- name: Check it without uploading it
  chatops.mattermost.mattermost_import:
    url: https://chat.example.com
    token: "{{ mattermost_token }}"
    src: /tmp/migration.jsonl
  check_mode: true
  register: checked

- name: Show what it holds
  ansible.builtin.debug:
    msg: "{{ checked.counts.teams }} team, {{ checked.counts.channels }} channel, {{ checked.counts.posts }} posts"

- name: Import it on the server's host, over the local-mode socket, waiting up to half an hour
  # not run: needs the server's own host and its socket (the mattermost_import target runs an import over the socket)
  chatops.mattermost.mattermost_import:
    local_socket: /var/tmp/mattermost_local.socket
    src: /tmp/migration.jsonl
    timeout: 1800
'''

RETURN = r'''
counts:
  description: The lines of the file by kind.
  returned: always
  type: dict
  contains:
    users: {description: Users and bots., returned: always, type: int}
    teams: {description: Teams., returned: always, type: int}
    channels: {description: Channels., returned: always, type: int}
    posts: {description: Posts in channels., returned: always, type: int}
    direct_channels: {description: Direct and group message channels., returned: always, type: int}
    direct_posts: {description: Posts in them., returned: always, type: int}
  sample: {users: 100, teams: 1, channels: 20, posts: 20000, direct_channels: 0, direct_posts: 0}
sha256:
  description: The SHA-256 of the file, which identifies it among the server's import jobs.
  returned: always
  type: str
  sample: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
upload_name:
  description: The name the file is uploaded under (the server adds the upload's id before it).
  returned: always
  type: str
  sample: data-9f86d081884c7d659a2feaa0c55ad015.zip
imported_before:
  description: Whether an import job of the same content succeeded before.
  returned: always
  type: bool
job:
  description: The import job (this run's, or the earlier successful one), with its status and data.
  returned: when there is one
  type: dict
  sample: {id: 8xk4dp3jqtrz9e1u6gq1bmhq1a, type: import_process, status: success, data: {import_file: "x_data.zip"}}
progress:
  description: One line per uploaded chunk, as shown in C(-v) output.
  returned: when uploaded
  type: list
  elements: str
'''

from ansible_collections.chatops.mattermost.plugins.module_utils._connection import mattermost_module, run_task
from ansible_collections.chatops.mattermost.plugins.module_utils._kinds.bulk_import import ARGUMENT_SPEC, bulk_import


def main():
    module = mattermost_module(ARGUMENT_SPEC, supports_check_mode=True)
    run_task(module, bulk_import)


if __name__ == '__main__':
    main()
