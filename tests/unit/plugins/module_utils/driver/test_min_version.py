# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Each operation knows its minimum server version from the API reference; a 404 or 501 answer to an
operation newer than the server (its version from the X-Version-Id header of earlier answers) says so."""

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import pytest
import responses

from ansible_collections.chatops.mattermost.plugins.module_utils.driver import (
    Driver, FeatureDisabled, ResourceNotFound,
)
from ansible_collections.chatops.mattermost.plugins.module_utils.driver.endpoints import GROUPS
from ansible_collections.chatops.mattermost.plugins.module_utils.driver.versions import version_tuple

API = 'https://chat.example.com:443/api/v4'
USER = {'id': 'u' * 26, 'username': 'admin'}
OTHER = 'o' * 26  # a user id: the driver refuses a path parameter that is no id
NOT_FOUND = {'id': 'api.context.404.app_error', 'message': 'Sorry, we could not find the page.', 'status_code': 404}


@pytest.fixture
def mocked():
    with responses.RequestsMock() as mock:
        yield mock


def logged_in(mocked, version):
    mocked.get(API + '/users/me', json=USER, headers={'X-Version-Id': version + '.0.abcdef.false'} if version else {})
    driver = Driver({'url': 'https://chat.example.com', 'token': 'pat1', 'retries': 0})
    driver.login()
    return driver


def test_operations_carry_the_reference_s_minimum_version():
    assert GROUPS['users'].convert_user_to_bot.min_server_version == '5.26'
    assert GROUPS['users'].get_user.min_server_version is None  # the reference gives none
    assert version_tuple('5.26') < version_tuple('11.4.0') and version_tuple('9.9.0') < version_tuple('9.10')


def test_the_client_remembers_the_server_version(mocked):
    assert logged_in(mocked, '11.4').client.server_version == '11.4.0'


def test_a_404_to_an_operation_newer_than_the_server_says_so(mocked):
    driver = logged_in(mocked, '5.20')
    mocked.post(API + '/users/' + OTHER + '/convert_to_bot', status=404, json=NOT_FOUND)
    with pytest.raises(ResourceNotFound) as caught:
        driver.users.convert_user_to_bot(OTHER)
    assert str(caught.value) == (
        '404 ResourceNotFound: convert_user_to_bot (POST /users/{user_id}/convert_to_bot) needs Mattermost server '
        '5.26 or newer; this server is 5.20.0: Sorry, we could not find the page. '
        '[error_id=api.context.404.app_error] (POST https://chat.example.com:443/api/v4/users/' + OTHER + '/convert_to_bot)')
    assert (caught.value.min_server_version, caught.value.server_version) == ('5.26', '5.20.0')
    assert isinstance(caught.value.__cause__, ResourceNotFound)


def test_a_501_to_an_operation_newer_than_the_server_says_so(mocked):
    driver = logged_in(mocked, '5.20')
    mocked.post(API + '/users/' + OTHER + '/convert_to_bot', status=501,
                json={'id': 'api.not_implemented', 'message': 'Not implemented.', 'status_code': 501})
    with pytest.raises(FeatureDisabled) as caught:
        driver.users.convert_user_to_bot(OTHER)
    assert caught.value.message == ('convert_user_to_bot (POST /users/{user_id}/convert_to_bot) needs Mattermost '
                                    'server 5.26 or newer; this server is 5.20.0: Not implemented.')


@pytest.mark.parametrize('version', ['5.26', '11.4', None])
def test_a_404_on_a_server_new_enough_or_of_unknown_version_is_the_server_s_own(mocked, version):
    driver = logged_in(mocked, version)
    mocked.post(API + '/users/' + OTHER + '/convert_to_bot', status=404, json=NOT_FOUND)
    with pytest.raises(ResourceNotFound) as caught:
        driver.users.convert_user_to_bot(OTHER)
    assert caught.value.message == 'Sorry, we could not find the page.'
    assert not hasattr(caught.value, 'min_server_version')


def test_an_operation_without_a_minimum_version_keeps_the_server_s_404(mocked):
    driver = logged_in(mocked, '5.20')
    mocked.get(API + '/users/' + OTHER, status=404, json=NOT_FOUND)
    with pytest.raises(ResourceNotFound) as caught:
        driver.users.get_user(OTHER)
    assert caught.value.message == 'Sorry, we could not find the page.'
