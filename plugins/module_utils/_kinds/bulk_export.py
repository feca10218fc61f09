# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""A bulk export: an export_process job, its archive (<job id>_export.zip in the server's export
directory) downloaded to a path, and removed from the server if asked."""

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import io
import json
import os
import zipfile

from ansible_collections.chatops.mattermost.plugins.module_utils._errors import Failure, Work, check
from ansible_collections.chatops.mattermost.plugins.module_utils._kinds.bulk_import import COUNTED, summary
from ansible_collections.chatops.mattermost.plugins.module_utils._kinds.bulk_job import (
    EXPORT_JOB, job_result, start_job, wait_for_job,
)

# Each option, and the job's data key the server reads it from (a string "true" or "false").
JOB_OPTIONS = (
    ('attachments', 'include_attachments'),
    ('archived_channels', 'include_archived_channels'),
    ('profile_pictures', 'include_profile_pictures'),
    ('roles_and_schemes', 'include_roles_and_schemes'),
)
ARGUMENT_SPEC = dict(
    dest=dict(type='path', required=True),
    attachments=dict(type='bool', default=False),
    archived_channels=dict(type='bool', default=False),
    profile_pictures=dict(type='bool', default=False),
    roles_and_schemes=dict(type='bool', default=False),
    remove_from_server=dict(type='bool', default=False),
    timeout=dict(type='int', default=600),
)


def archive_counts(content):
    """{type: lines} of the .jsonl in an export archive (bytes)."""
    counts = dict((kind, 0) for kind in COUNTED)
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        names = [name for name in archive.namelist() if name.endswith('.jsonl')]
        if not names:
            raise Failure('The export archive has no .jsonl file')
        for line in archive.read(names[0]).splitlines():
            kind = json.loads(line).get('type') if line.strip() else None
            if kind in counts:
                counts[kind] += 1
    return counts


class BulkExport(Work):
    """mattermost_export's work: run the job, wait, download, remove from the server if asked."""

    def __init__(self, params, driver, check_mode=False):
        self.params = params
        self.driver = driver
        self.check_mode = check_mode

    @staticmethod
    def problems(params):
        found = []
        if params['timeout'] <= 0:
            found.append('timeout must be a number of seconds above 0')
        parent = os.path.dirname(os.path.abspath(params['dest']))
        if not os.path.isdir(parent):
            found.append('dest %s: its directory %s does not exist' % (params['dest'], parent))
        return found

    def run(self):
        data = dict((key, 'true' if self.params[option] else 'false') for option, key in JOB_OPTIONS)
        if self.check_mode:
            return dict(changed=True, dest=self.params['dest'])
        self.doing = 'start the export job'
        job = start_job(self.driver, EXPORT_JOB, data)
        self.doing = 'wait for the export job %s' % job['id']
        job = wait_for_job(self.driver, job, self.params['timeout'])
        if job['status'] != 'success':
            raise Failure('The export job %s ended with status %s: %s' % (
                job['id'], job['status'], (job.get('data') or {}).get('error', 'no error given')), job=job_result(job))
        name = '%s_export.zip' % job['id']
        self.doing = 'download the export %s' % name
        content = self.driver.client.make_request('GET', '/exports/%s' % name).content
        counts = archive_counts(content)
        temporary = self.params['dest'] + '.part'
        with open(temporary, 'wb') as handle:
            handle.write(content)
        os.rename(temporary, self.params['dest'])
        removed = False
        if self.params['remove_from_server']:
            self.doing = 'remove the export %s from the server' % name
            self.driver.client.delete('/exports/%s' % name)
            removed = True
        return dict(changed=True, dest=self.params['dest'], size=len(content), name=name, removed_from_server=removed,
                    counts=summary(counts), job=job_result(job))


def export(task):
    """mattermost_export's work: check the options of `task` (a _connection.Task), log in, export."""
    check(BulkExport.problems(task.params))
    return BulkExport(task.params, task.driver(), check_mode=task.check_mode).ensure()
