# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""mattermost_role's logic: the permissions wanted, the names checked, and the refused paths (mocked HTTP)."""

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import pytest
import responses

from ansible_collections.chatops.mattermost.plugins.module_utils._kinds.role import (
    RoleError, RolePermissions, ensure_role, problems, unknown_permissions, wanted_permissions,
)
from ansible_collections.chatops.mattermost.plugins.module_utils._errors import InvalidInput, RequestFailed
from ansible_collections.chatops.mattermost.plugins.module_utils.driver import Driver

API = 'https://chat.example.com:443/api/v4'
ROLE_ID = 'r' * 26
TEAM_USER = {'id': ROLE_ID, 'name': 'team_user', 'permissions': ['view_team', 'join_public_channels']}
SYSTEM_ADMIN = {'id': 's' * 26, 'name': 'system_admin',
                'permissions': ['view_team', 'join_public_channels', 'manage_public_channel_properties', 'create_team',
                                'manage_system']}


def options(**given):
    return dict(dict(name='team_user', permissions=[], permissions_exclusive=False, state='present'), **given)


@pytest.mark.parametrize('given, state, exclusive, wanted', [
    (['b', 'c'], 'present', False, ['a', 'b', 'c']),
    (['c', 'b', 'c'], 'present', True, ['b', 'c']),
    ([], 'present', True, []),
    (['b', 'x'], 'absent', False, ['a']),
])
def test_wanted_permissions(given, state, exclusive, wanted):
    assert wanted_permissions(['b', 'a'], given, state, exclusive) == wanted


def test_unknown_permissions_name_the_nearest():
    assert unknown_permissions(['create_teams', 'view_team', 'zzz'], {'create_team', 'view_team'}) == [
        'create_teams is not a permission of this server (did you mean create_team?)',
        'zzz is not a permission of this server']


def test_exclusive_removal_is_refused_locally():
    assert problems(dict(permissions_exclusive=True, state='absent')) == ['permissions_exclusive needs state=present']
    assert problems(dict(permissions_exclusive=True, state='present')) == []


@pytest.fixture
def mocked():
    with responses.RequestsMock() as mock:
        yield mock


def ensure(params):
    role_permissions = RolePermissions(params, Driver({'url': 'https://chat.example.com', 'token': 't'}), diff=True)
    return role_permissions, role_permissions.ensure


def requests_sent(mocked):
    return [(call.request.method, call.request.url) for call in mocked.calls]


def test_a_permission_already_there_needs_no_name_check(mocked):
    mocked.get(API + '/roles/name/team_user', json=TEAM_USER)
    _role_permissions, run = ensure(options(permissions=['view_team']))
    assert run()['changed'] is False
    assert requests_sent(mocked) == [('GET', API + '/roles/name/team_user')]


def test_an_unknown_permission_is_refused_before_any_write(mocked):
    mocked.get(API + '/roles/name/team_user', json=TEAM_USER)
    mocked.get(API + '/roles/name/system_admin', json=SYSTEM_ADMIN)
    _role_permissions, run = ensure(options(permissions=['manage_public_chanel_properties'], state='absent'))
    with pytest.raises(RoleError, match=r'manage_public_chanel_properties is not a permission of this server \(did you mean manage_public_channel_properties'):
        run()
    assert requests_sent(mocked) == [('GET', API + '/roles/name/team_user'), ('GET', API + '/roles/name/system_admin')]


def test_a_permission_the_server_keeps_is_refused_before_any_write(mocked):
    mocked.get(API + '/roles/name/team_user', json=TEAM_USER)
    mocked.get(API + '/roles/name/system_admin', json=SYSTEM_ADMIN)
    _role_permissions, run = ensure(options(permissions=['manage_system']))
    with pytest.raises(RoleError, match='does not let these permissions be added to or removed from a role: manage_system'):
        run()
    assert len(mocked.calls) == 2


def test_a_missing_role_is_named(mocked):
    mocked.get(API + '/roles/name/team_usr', status=404, json={'id': 'app.role.get_by_name.app_error', 'message': 'not found',
                                                               'status_code': 404})
    _role_permissions, run = ensure(options(name='team_usr', permissions=['view_team']))
    with pytest.raises(RoleError, match='There is no role named team_usr'):
        run()
    assert len(mocked.calls) == 1


def test_the_licence_refusal_is_the_servers_error(mocked):
    guest = dict(TEAM_USER, name='system_guest')
    mocked.get(API + '/roles/name/system_guest', json=guest)
    mocked.get(API + '/roles/name/system_admin', json=SYSTEM_ADMIN)
    mocked.put(API + '/roles/%s/patch' % ROLE_ID, status=501, json={
        'id': 'api.roles.patch_roles.license.error', 'message': 'Your license does not support advanced permissions.',
        'request_id': 'q1', 'status_code': 501})
    _role_permissions, run = ensure(options(name='system_guest', permissions=['create_team']))
    with pytest.raises(RequestFailed) as error:
        run()
    assert error.value.msg == (
        'Cannot change the permissions of the role system_guest: Your license does not support advanced permissions '
        '(HTTP 501, error id api.roles.patch_roles.license.error, request id q1, PUT /api/v4/roles/%s/patch)' % ROLE_ID)
    assert error.value.result == dict(status=501, error_id='api.roles.patch_roles.license.error', request_id='q1')
    assert requests_sent(mocked)[-1] == ('PUT', API + '/roles/%s/patch' % ROLE_ID)
    assert mocked.calls[-1].request.body == b'{"permissions": ["create_team", "join_public_channels", "view_team"]}'


def test_a_change_the_server_did_not_take_fails(mocked):
    mocked.get(API + '/roles/name/team_user', json=TEAM_USER)
    mocked.put(API + '/roles/%s/patch' % ROLE_ID, json=TEAM_USER)
    _role_permissions, run = ensure(options(permissions=['join_public_channels'], permissions_exclusive=True))
    with pytest.raises(RoleError, match='did not take these changes of the permissions of role team_user: view_team'):
        run()


# mattermost_role's work, run with a Task whose driver sends to a mocked API (conftest.py).

def test_ensure_role_refuses_exclusive_removal_before_any_request(make_task, sent):
    with pytest.raises(InvalidInput, match='permissions_exclusive needs state=present'):
        ensure_role(make_task(options(permissions=['view_team'], permissions_exclusive=True, state='absent')))
    assert sent() == []


def test_ensure_role_adds_a_permission_checked_against_the_servers(api, make_task, sent):
    api.get(API + '/roles/name/team_user', json=TEAM_USER)
    api.get(API + '/roles/name/system_admin', json=SYSTEM_ADMIN)
    api.put(API + '/roles/%s/patch' % ROLE_ID, json=dict(TEAM_USER, permissions=TEAM_USER['permissions'] + ['create_team']))
    result = ensure_role(make_task(options(permissions=['create_team']), diff=True))
    assert result['changed'] is True
    assert sent() == [('GET', '/roles/name/team_user', None), ('GET', '/roles/name/system_admin', None),
                      ('PUT', '/roles/%s/patch' % ROLE_ID, {'permissions': ['create_team', 'join_public_channels', 'view_team']})]


def test_ensure_role_in_check_mode_writes_nothing(api, make_task, sent):
    api.get(API + '/roles/name/team_user', json=TEAM_USER)
    result = ensure_role(make_task(options(permissions=['view_team'], state='absent'), check_mode=True))
    assert result['changed'] is True
    assert sent() == [('GET', '/roles/name/team_user', None)]
