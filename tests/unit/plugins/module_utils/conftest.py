# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fixtures for the work of the modules run without Ansible: a mocked API and a Task whose driver sends to it."""

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import json

import pytest
import responses

from ansible_collections.chatops.mattermost.plugins.module_utils.driver import Driver

# Where the driver of `make_task` sends its requests (the driver adds the port of https).
MOCKED_API = 'https://chat.example.com:443/api/v4'


@pytest.fixture
def api():
    """The mocked API: answers added with api.get(MOCKED_API + path, json=...), every one of them
    must be asked for."""
    with responses.RequestsMock() as mock:
        yield mock


@pytest.fixture
def make_task(api):
    """make_task(params, check_mode=False, diff=False): a Task whose driver (with a token, not logged
    in, never retrying) sends its requests to `api`."""
    # Imported here, not above: the driver's tests below this folder also run on the installed
    # driver, where there is no Ansible to import.
    from ansible_collections.chatops.mattermost.plugins.module_utils._connection import Task

    def make(params, check_mode=False, diff=False):
        driver = Driver({'url': 'https://chat.example.com', 'token': 'a-token', 'retries': 0})
        return Task(dict(params, url='https://chat.example.com', token='a-token'), check_mode=check_mode, diff=diff,
                    driver=driver)
    return make


@pytest.fixture
def sent(api):
    """sent(): the requests `api` answered, as (method, path below /api/v4 with its query, JSON body or None)."""
    def requests_sent():
        return [(call.request.method, call.request.url[len(MOCKED_API):],
                 json.loads(call.request.body) if call.request.body else None) for call in api.calls]
    return requests_sent
