# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""The ensure-state layer with a resource kept in memory: what is compared, what is written when."""

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import pytest

from ansible_collections.chatops.mattermost.plugins.module_utils.driver import NotEnoughPermissions
from ansible_collections.chatops.mattermost.plugins.module_utils._errors import RequestFailed
from ansible_collections.chatops.mattermost.plugins.module_utils._resource import (
    Changes, Codes, Field, Resource, lowercase_set, state_argument_spec, string_set,
)


TYPES = Codes({'O': 'public', 'P': 'private'})


class Thing(Resource):
    """A resource in memory that records the writes."""

    name = 'thing'
    argument_spec = dict(title=dict(type='str'), type=dict(type='str'), domains=dict(type='list'),
                         secret=dict(type='str', no_log=True), **state_argument_spec())
    fields = (
        Field('title', key='title'),
        Field('type', key='type', normalise=TYPES.normalise, to_api=TYPES.to_api),
        Field('domains', key='domains', normalise=lowercase_set, to_api=', '.join),
        Field('secret', key='secret', secret=True),
    )

    def __init__(self, current=None, refuse=False, check_mode=False, diff=False, **params):
        super(Thing, self).__init__(params, driver=None, check_mode=check_mode, diff=diff)
        self.stored = current
        self.refuse = refuse
        self.writes = []
        self.finds = 0

    def find(self):
        self.finds += 1
        return self.stored

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
        self.stored = dict(obj, delete_at=123)

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
    resource = Thing(title='Title', type='public', current=dict(EXISTING))
    result = resource.ensure()
    assert result == {'changed': False, 'thing': EXISTING}
    assert resource.writes == []


def test_check_mode_writes_nothing_and_shows_the_object_as_it_would_be():
    resource = Thing(check_mode=True, title='New', type='private', current=dict(EXISTING))
    result = resource.ensure()
    assert result['changed']
    assert result['thing'] == dict(EXISTING, title='New', type='P')
    assert resource.writes == []


def test_update_sends_only_what_differs():
    resource = Thing(title='New', type='public', current=dict(EXISTING))
    result = resource.ensure()
    assert result['changed']
    assert resource.writes == [('update', {'title': 'New'})]


def test_diff_has_the_state_and_the_compared_fields_without_secrets():
    resource = Thing(diff=True, title='New', secret='s2', current=dict(EXISTING))
    result = resource.ensure()
    # A secret being set shows as such, never with its value (before or after).
    assert result['diff'] == {'before': {'state': 'present', 'title': 'Title'},
                              'after': {'state': 'present', 'title': 'New', 'secret': '(not shown)'}}
    assert resource.writes == [('update', {'title': 'New', 'secret': 's2'})]


def test_create():
    resource = Thing(diff=True, title='T', type='private')
    result = resource.ensure()
    assert result['changed']
    assert resource.writes == [('create', {'title': 'T', 'type': 'P'})]
    assert result['diff'] == {'before': {'state': 'absent'}, 'after': {'state': 'present', 'title': 'T', 'type': 'private'}}


def test_present_restores_an_archived_object():
    resource = Thing(title='Title', current=dict(EXISTING, delete_at=5))
    result = resource.ensure()
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
    resource = Thing(state='absent', permanent=permanent, current=current)
    result = resource.ensure()
    assert resource.writes == writes
    assert result['changed'] == changed


def test_the_archived_state_has_the_modules_word_in_the_diff():
    class Account(Thing):
        archived_state = 'deactivated'

    deactivating = Account(diff=True, state='absent', current=dict(EXISTING))
    assert deactivating.ensure()['diff']['after'] == {'state': 'deactivated'}
    reactivating = Account(diff=True, title='Title', current=dict(EXISTING, delete_at=5))
    result = reactivating.ensure()
    assert result['diff']['before']['state'] == 'deactivated'
    assert reactivating.writes == [('restore', '1')]


def test_absent_in_check_mode_writes_nothing():
    resource = Thing(check_mode=True, state='absent', current=dict(EXISTING))
    result = resource.ensure()
    assert result['changed'] and result['thing']['delete_at'] > 0
    assert resource.writes == []


def test_a_refused_request_raises_the_servers_message_and_ids():
    resource = Thing(title='New', current=dict(EXISTING), refuse=True)
    with pytest.raises(RequestFailed) as failed:
        resource.ensure()
    assert failed.value.msg == ('Cannot update thing: You do not have the appropriate permissions (HTTP 403, error id '
                                'api.context.permissions.app_error, request id req1, PUT /api/v4/things/1)')
    assert failed.value.result == dict(status=403, error_id='api.context.permissions.app_error', request_id='req1')


def test_params_take_the_defaults_of_the_argument_spec():
    resource = Thing(title='T')
    assert resource.params == dict(title='T', type=None, domains=None, secret=None, state='present', permanent=False)


def test_a_seeded_object_is_not_read_again():
    resource = Thing(title='New', current={'id': 'other'})
    resource.seed(dict(EXISTING))
    result = resource.ensure()
    assert resource.finds == 0
    assert resource.writes == [('update', {'title': 'New'})]
    assert result['thing']['id'] == '1'


def test_seeded_as_absent_creates_without_reading():
    resource = Thing(title='New', current=dict(EXISTING))
    resource.seed(None)
    resource.ensure()
    assert resource.finds == 0 and resource.writes[0][0] == 'create'


def test_warnings_are_returned_with_the_result():
    resource = Thing(title='Title', current=dict(EXISTING))
    resource.warn('careful')
    assert resource.ensure()['warnings'] == ['careful']
