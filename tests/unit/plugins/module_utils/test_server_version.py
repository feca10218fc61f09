# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""The server's version, read from the login's answer (X-Version-Id), and what it decides: channel
members are added in one request from 9.11, one request each before (mocked HTTP, exact requests)."""

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import json
import types

import pytest
import responses

from ansible_collections.chatops.mattermost.plugins.module_utils._connection import login
from ansible_collections.chatops.mattermost.plugins.module_utils._kinds.membership import Membership
from ansible_collections.chatops.mattermost.plugins.module_utils._server_version import parse, supports, version
from ansible_collections.chatops.mattermost.plugins.module_utils._workspace.reconcile import worker_driver

API = 'https://chat.example.com:443/api/v4'
ME = {'id': 'm' * 26, 'username': 'admin'}
CHANNEL = {'id': 'c' * 26}
ALICE, BOB = 'a' * 26, 'b' * 26


@pytest.mark.parametrize('header, parsed', [
    ('9.9.0..df5d821d2cf398d0783c647d7fb9dbf9.false', (9, 9)),
    ('11.4.0..33d3151b7466.false', (11, 4)),
    ('10.11.3', (10, 11)),
    ('', None),
    (None, None),
    ('dev', None),
])
def test_parse(header, parsed):
    assert parse(header) == parsed


def logged_in(mock, header):
    mock.add(responses.GET, API + '/users/me', json=ME, headers={'X-Version-Id': header} if header else {})
    return login(dict(url='https://chat.example.com', token='t', validate_certs=True, ca_path=None, client_cert=None,
                      client_key=None, proxy=None, request_timeout=30, retries=0))


def add_alice_and_bob(driver):
    resource = types.SimpleNamespace(driver=driver, params={'members_exclusive': False}, doing=None)
    membership = Membership(resource, 'channels', team_id=lambda: 't' * 26)
    membership.batch = True
    membership.ids.update(alice=ALICE, bob=BOB)
    changes = types.SimpleNamespace(creating=False, before={'members': ['admin']},
                                    after={'members': ['admin', 'alice', 'bob']})
    membership.current = {'admin': True}
    membership.apply(CHANNEL, changes)


@pytest.fixture
def mocked():
    with responses.RequestsMock() as mock:
        yield mock


def test_on_9_9_channel_members_are_added_one_request_each(mocked):
    driver = logged_in(mocked, '9.9.0..df5d821d2cf398d0783c647d7fb9dbf9.false')
    assert version(driver) == (9, 9)
    assert not supports(driver, 'channel_members_batch')
    mocked.add(responses.POST, API + '/channels/%s/members' % CHANNEL['id'], json={}, status=201)
    mocked.add(responses.POST, API + '/channels/%s/members' % CHANNEL['id'], json={}, status=201)
    add_alice_and_bob(driver)
    bodies = [json.loads(call.request.body) for call in mocked.calls[1:]]
    assert bodies == [{'user_id': ALICE}, {'user_id': BOB}]


@pytest.mark.parametrize('header', ['9.11.0..x.false', '11.4.0..x.false', None])
def test_from_9_11_or_when_unknown_channel_members_are_added_in_one_request(mocked, header):
    driver = logged_in(mocked, header)
    assert supports(driver, 'channel_members_batch')
    mocked.add(responses.POST, API + '/channels/%s/members' % CHANNEL['id'], json=[], status=201)
    add_alice_and_bob(driver)
    assert [json.loads(call.request.body) for call in mocked.calls[1:]] == [{'user_ids': [ALICE, BOB]}]


def test_a_workspace_worker_knows_the_version_without_a_request(mocked):
    driver = logged_in(mocked, '9.9.0..df5d821d2cf398d0783c647d7fb9dbf9.false')
    worker = worker_driver(driver)
    assert version(worker) == (9, 9)
    assert len(mocked.calls) == 1
