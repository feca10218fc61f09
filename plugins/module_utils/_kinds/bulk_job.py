# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""The server's jobs of bulk import and export (import_process, export_process): start one, wait for
it, and list them. Both job types exist on 9.9 and 11.4 and need no licence; both are served over
the local-mode socket (POST /jobs, GET /jobs/{id}, GET /jobs/type/{type})."""

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import re
import time

from ansible_collections.chatops.mattermost.plugins.module_utils._errors import Failure, InvalidInput, request
from ansible_collections.chatops.mattermost.plugins.module_utils.driver.endpoints import path_segment

IMPORT_JOB = 'import_process'
EXPORT_JOB = 'export_process'
FINISHED = ('success', 'error', 'canceled', 'warning')
# Seconds between two reads of a running job: the job server itself picks jobs up every few seconds.
POLL_INTERVAL = 1.0


def start_job(driver, job_type, data):
    """Create a job of `job_type` with `data` (a dict of strings, as the server stores them)."""
    return driver.client.post('/jobs', options={'type': job_type, 'data': data})


def wait_for_job(driver, job, timeout, sleep=time.sleep, clock=time.monotonic):
    """The job once finished (status success, error, canceled or warning); Failure after `timeout` seconds,
    saying the job goes on on the server (it is not cancelled: a half-done import is worse)."""
    deadline = clock() + timeout
    while job.get('status') not in FINISHED:
        if clock() >= deadline:
            raise Failure('The %s job %s is still %s after %s seconds; it goes on on the server (read it with '
                          'mattermost_job_info, or raise timeout)' % (job['type'], job['id'], job.get('status'), timeout),
                          job=job_result(job))
        sleep(POLL_INTERVAL)
        job = driver.client.get('/jobs/%s' % job['id'])
    return job


def jobs_of_type(driver, job_type, limit=200):
    """The jobs of `job_type`, newest first, at most `limit`."""
    jobs = []
    for job in driver.client.paginate('/jobs/type/%s' % path_segment(job_type, 'type'), per_page=min(limit, 200)):
        jobs.append(job)
        if len(jobs) >= limit:
            break
    return jobs


def job_result(job):
    """What a module returns of a job: its id, type, status, times (ms since the epoch) and data."""
    return dict((key, job.get(key)) for key in ('id', 'type', 'status', 'create_at', 'start_at', 'last_activity_at',
                                                'progress', 'data'))


# What a job type is made of (model.JobType* of the server: import_process, data_retention, ...).
JOB_TYPE = re.compile(r'^[a-z][a-z_]*$')

INFO_ARGUMENT_SPEC = dict(
    type=dict(type='list', elements='str', default=[IMPORT_JOB, EXPORT_JOB]),
    limit=dict(type='int', default=50),
)


def read_jobs(params, driver):
    """mattermost_job_info's result: the jobs of each type (newest first), and the files in the server's
    import and export directories (GET /imports, GET /exports)."""
    problems = ['limit must be 1 or more'] if params['limit'] < 1 else []
    problems += ['type[%d] %r is not a job type: lowercase letters and underscores, such as %s' % (index, job_type, IMPORT_JOB)
                 for index, job_type in enumerate(params['type']) if not JOB_TYPE.match(job_type)]
    if problems:
        raise InvalidInput(problems)
    jobs = {}
    for job_type in params['type']:
        jobs[job_type] = [job_result(job) for job in request(
            'list the %s jobs' % job_type, jobs_of_type, driver, job_type, params['limit'])]
    return dict(changed=False, jobs=jobs, imports=request('list the import files', driver.client.get, '/imports') or [],
                exports=request('list the export files', driver.client.get, '/exports') or [])


def job_info(task):
    """mattermost_job_info's work: log in, read the jobs and files the options of `task` ask for."""
    return read_jobs(task.params, task.driver())
