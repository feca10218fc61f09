#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

DOCUMENTATION = r'''
module: mattermost_job_info
short_description: Read a Mattermost server's jobs, and its bulk import and export files
version_added: 0.1.0
description:
  - Read the server's jobs of the given types (the bulk import and export jobs by default), newest first, with their
    status and data, and the files in its import and export directories.
  - The module changes nothing. It runs over O(local_socket) as well.
author:
  - chatops.mattermost maintainers (@chatops)
extends_documentation_fragment:
  - chatops.mattermost.connection
  - chatops.mattermost.attributes.info_module
  - ansible.builtin.action_common_attributes
options:
  type:
    description:
      - The job types to read, such as V(import_process), V(export_process), V(data_retention) or V(migrations).
    type: list
    elements: str
    default: [import_process, export_process]
  limit:
    description: The most jobs to read of each type (the newest).
    type: int
    default: 50
notes:
  - The user running the task must be allowed to read the jobs (a system admin is), or use O(local_socket).
seealso:
  - module: chatops.mattermost.mattermost_import
  - module: chatops.mattermost.mattermost_export
'''

EXAMPLES = r'''
- name: Read the last bulk import and export jobs, and the files on the server
  chatops.mattermost.mattermost_job_info:
    url: https://chat.example.com
    token: "{{ mattermost_token }}"
    limit: 5
  register: bulk

- name: Show the state of each import job
  ansible.builtin.debug:
    msg: "{{ item.id }}: {{ item.status }} {{ item.data.error | default('') }}"
  loop: "{{ bulk.jobs.import_process }}"
  loop_control:
    label: "{{ item.id }}"
'''

RETURN = r'''
jobs:
  description: For each type asked, its jobs, newest first (id, type, status, create_at, start_at, last_activity_at, progress, data).
  returned: always
  type: dict
  sample: {import_process: [{id: 8xk4dp3jqtrz9e1u6gq1bmhq1a, type: import_process, status: success, data: {import_file: x.zip}}]}
imports:
  description: The files in the server's import directory (uploaded, not imported yet, or whose import failed).
  returned: always
  type: list
  elements: str
exports:
  description: The archives in the server's export directory.
  returned: always
  type: list
  elements: str
  sample: [8xk4dp3jqtrz9e1u6gq1bmhq1a_export.zip]
'''

from ansible_collections.chatops.mattermost.plugins.module_utils._connection import mattermost_module, run_task
from ansible_collections.chatops.mattermost.plugins.module_utils._kinds.bulk_job import INFO_ARGUMENT_SPEC, job_info


def main():
    module = mattermost_module(INFO_ARGUMENT_SPEC, supports_check_mode=True)
    run_task(module, job_info)


if __name__ == '__main__':
    main()
