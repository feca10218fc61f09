# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""The ensure-state layer with a resource kept in memory: what is compared, what is written when."""

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import pytest

from ansible_collections.chatops.mattermost.plugins.module_utils.driver import NotEnoughPermissions
from ansible_collections.chatops.mattermost.plugins.module_utils._resource import (
    Changes, Codes, Field, Resource, ensure, lowercase_set, string_set,
)


class Failed(Exception):
    pass


class FakeModule:
    def __init__(self, check_mode=False, diff=False, **params):
        self.check_mode = check_mode
        self._diff = diff
        self.params = dict(state='present', permanent=False)
        self.params.update(params)

    def fail_json(self, **result):
        raise Failed(result)


TYPES = Codes({'O': 'public', 'P': 'private'})


class Thing(Resource):
    """A resource in memory that records the writes."""

    name = 'thing'
    fields = (
        Field('title', key='title'),
        Field('type', key='type', normalise=TYPES.normalise, to_api=TYPES.to_api),
        Field('domains', key='domains', normalise=lowercase_set, to_api=', '.join),
        Field('secret', key='secret', secret=True),
    )

    def __init__(self, module, current=None, refuse=False):
        super(Thing, self).__init__(module, driver=None)
        self.current = current
        self.refuse = refuse
        self.writes = []

    def find(self):
        return self.current

    def create(self, changes):
        self.writes.append(('create', changes.api(changed_only=False)))
        return dict(changes.api(changed_only=False), id='new', delete_at=0)

    def update(self, obj, changes):
        if self.refuse:
            self.doing = 'update thing'
            raise NotEnoughPermissions('You do not have the appropriate permissions.', status_code=403,
                                       error_id='api.context.permissions.app_error', request_id='req1',
                                       method='PUT', url='http://mm/api/v4/things/1?x=1')
        self.writes.append(('update', changes.api()))
        return dict(obj, **changes.api())

    def restore(self, obj):
        self.writes.append(('restore', obj['id']))
        return dict(obj, delete_at=0)

    def archive(self, obj):
        self.writes.append(('archive', obj['id']))
        self.current = dict(obj, delete_at=123)

    def delete(self, obj):
        self.writes.append(('delete', obj['id']))


EXISTING = {'id': '1', 'title': 'Title', 'type': 'O', 'domains': 'b.com, A.com', 'secret': 's1', 'delete_at': 0}


def test_normalisers_ignore_order_separators_and_case():
    assert string_set('b.com, a.com  a.com') == ['a.com', 'b.com']
    assert string_set(None) == []
    assert lowercase_set(['B.com', 'a.com']) == lowercase_set('a.com,b.com')
    assert TYPES.normalise('P') == TYPES.normalise('private') == 'private'
    assert TYPES.to_api('private') == 'P'


def test_only_the_fields_given_are_compared():
    changes = Changes(Thing.fields, {'title': 'Title', 'domains': ['a.com', 'B.com'], 'type': None}, EXISTING)
    assert not changes.changed()
    assert 'type' not in changes
    assert changes.api(changed_only=False) == {'title': 'Title', 'domains': 'a.com, b.com'}


def test_no_change_writes_nothing():
    resource = Thing(FakeModule(title='Title', type='public'), current=dict(EXISTING))
    result = ensure(resource.module, resource)
    assert result == {'changed': False, 'thing': EXISTING}
    assert resource.writes == []


def test_check_mode_writes_nothing_and_shows_the_object_as_it_would_be():
    resource = Thing(FakeModule(check_mode=True, title='New', type='private'), current=dict(EXISTING))
    result = ensure(resource.module, resource)
    assert result['changed']
    assert result['thing'] == dict(EXISTING, title='New', type='P')
    assert resource.writes == []


def test_update_sends_only_what_differs():
    resource = Thing(FakeModule(title='New', type='public'), current=dict(EXISTING))
    result = ensure(resource.module, resource)
    assert result['changed']
    assert resource.writes == [('update', {'title': 'New'})]


def test_diff_has_the_state_and_the_compared_fields_without_secrets():
    resource = Thing(FakeModule(diff=True, title='New', secret='s2'), current=dict(EXISTING))
    result = ensure(resource.module, resource)
    # A secret being set shows as such, never with its value (before or after).
    assert result['diff'] == {'before': {'state': 'present', 'title': 'Title'},
                              'after': {'state': 'present', 'title': 'New', 'secret': '(not shown)'}}
    assert resource.writes == [('update', {'title': 'New', 'secret': 's2'})]


def test_create():
    resource = Thing(FakeModule(diff=True, title='T', type='private'))
    result = ensure(resource.module, resource)
    assert result['changed']
    assert resource.writes == [('create', {'title': 'T', 'type': 'P'})]
    assert result['diff'] == {'before': {'state': 'absent'}, 'after': {'state': 'present', 'title': 'T', 'type': 'private'}}


def test_present_restores_an_archived_object():
    resource = Thing(FakeModule(title='Title'), current=dict(EXISTING, delete_at=5))
    result = ensure(resource.module, resource)
    assert result['changed']
    assert resource.writes == [('restore', '1')]
    assert result['thing']['delete_at'] == 0


@pytest.mark.parametrize('current, permanent, writes, changed', [
    (dict(EXISTING), False, [('archive', '1')], True),
    (dict(EXISTING, delete_at=5), False, [], False),
    (dict(EXISTING, delete_at=5), True, [('delete', '1')], True),
    (None, True, [], False),
])
def test_absent(current, permanent, writes, changed):
    resource = Thing(FakeModule(state='absent', permanent=permanent), current=current)
    result = ensure(resource.module, resource)
    assert resource.writes == writes
    assert result['changed'] == changed


def test_the_archived_state_has_the_modules_word_in_the_diff():
    class Account(Thing):
        archived_state = 'deactivated'

    deactivating = Account(FakeModule(diff=True, state='absent'), current=dict(EXISTING))
    assert ensure(deactivating.module, deactivating)['diff']['after'] == {'state': 'deactivated'}
    reactivating = Account(FakeModule(diff=True, title='Title'), current=dict(EXISTING, delete_at=5))
    result = ensure(reactivating.module, reactivating)
    assert result['diff']['before']['state'] == 'deactivated'
    assert reactivating.writes == [('restore', '1')]


def test_absent_in_check_mode_writes_nothing():
    resource = Thing(FakeModule(check_mode=True, state='absent'), current=dict(EXISTING))
    result = ensure(resource.module, resource)
    assert result['changed'] and result['thing']['delete_at'] > 0
    assert resource.writes == []


def test_a_refused_request_fails_with_the_servers_message_and_ids():
    resource = Thing(FakeModule(title='New'), current=dict(EXISTING), refuse=True)
    with pytest.raises(Failed) as failed:
        ensure(resource.module, resource)
    result = failed.value.args[0]
    assert result['msg'] == ('Cannot update thing: You do not have the appropriate permissions (HTTP 403, error id '
                             'api.context.permissions.app_error, request id req1, PUT /api/v4/things/1)')
    assert (result['status'], result['error_id'], result['request_id']) == (403, 'api.context.permissions.app_error', 'req1')
