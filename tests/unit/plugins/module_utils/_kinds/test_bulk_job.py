# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Waiting for a bulk job, and mattermost_job_info's reads."""

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import pytest

from ansible_collections.chatops.mattermost.plugins.module_utils._errors import Failure, InvalidInput
from ansible_collections.chatops.mattermost.plugins.module_utils._kinds.bulk_job import read_jobs, wait_for_job

JOB = {'id': 'j' * 26, 'type': 'import_process', 'status': 'pending', 'data': {}}


class FakeClient:
    def __init__(self, answers):
        self.answers = answers
        self.asked = []

    def get(self, path, params=None):
        self.asked.append(('GET', path))
        return self.answers[path].pop(0) if isinstance(self.answers[path], list) else self.answers[path]

    def paginate(self, path, params=None, per_page=200):
        self.asked.append(('PAGES', path, per_page))
        return iter(self.answers[path])


class FakeDriver:
    def __init__(self, answers):
        self.client = FakeClient(answers)


def test_a_job_is_read_until_it_ends():
    driver = FakeDriver({'/jobs/' + JOB['id']: [dict(JOB, status='in_progress'), dict(JOB, status='success')]})
    sleeps = []
    assert wait_for_job(driver, JOB, 60, sleep=sleeps.append, clock=lambda: 0)['status'] == 'success'
    assert sleeps == [1.0, 1.0]


def test_a_job_still_running_at_the_timeout_fails_and_goes_on():
    driver = FakeDriver({})
    with pytest.raises(Failure) as failed:
        wait_for_job(driver, dict(JOB, status='in_progress'), 5, sleep=lambda s: None, clock=iter([0, 10]).__next__)
    assert failed.value.msg == ('The import_process job %s is still in_progress after 5 seconds; it goes on on the server '
                                '(read it with mattermost_job_info, or raise timeout)' % JOB['id'])


def test_job_info_reads_each_type_and_the_files():
    driver = FakeDriver({'/jobs/type/import_process': [JOB, JOB, JOB], '/imports': [['a.zip']], '/exports': None})
    result = read_jobs({'type': ['import_process'], 'limit': 2}, driver)
    assert [job['id'] for job in result['jobs']['import_process']] == [JOB['id']] * 2
    assert result['imports'] == ['a.zip'] and result['exports'] == [] and result['changed'] is False
    assert driver.client.asked[0] == ('PAGES', '/jobs/type/import_process', 2)
    with pytest.raises(InvalidInput):
        read_jobs({'type': [], 'limit': 0}, driver)


@pytest.mark.parametrize('job_type', ['', '.', '..', 'a/b', '../users', '{}', '[]', '7', 'Import', 'import process'])
def test_a_job_type_that_is_none_is_refused_before_any_request(job_type):
    driver = FakeDriver({})
    with pytest.raises(InvalidInput) as error:
        read_jobs({'type': ['import_process', job_type], 'limit': 5}, driver)
    assert error.value.problems == ['type[1] %r is not a job type: lowercase letters and underscores, such as '
                                    'import_process' % job_type]
    assert driver.client.asked == []
