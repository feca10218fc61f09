# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import pytest

from ansible_collections.chatops.mattermost.plugins.module_utils.driver.exceptions import ResourceNotFound
from ansible_collections.chatops.mattermost.plugins.module_utils.driver.redaction import redact_url

HOOK_ID = 'k5yt9ky1ojrqzm5ep4k7pkyyra'


@pytest.mark.parametrize('url, expected', [
    ('https://chat.example.com/hooks/' + HOOK_ID, 'https://chat.example.com/hooks/********'),
    ('/api/v4/hooks/incoming/' + HOOK_ID, '/api/v4/hooks/incoming/********'),
    ('/api/v4/hooks/incoming/%s?x=1' % HOOK_ID, '/api/v4/hooks/incoming/********?x=1'),
    # An outgoing webhook's id is no secret (its token is), and other ids stay.
    ('/api/v4/hooks/outgoing/' + HOOK_ID, '/api/v4/hooks/outgoing/' + HOOK_ID),
    ('/api/v4/users/' + HOOK_ID, '/api/v4/users/' + HOOK_ID),
    ('/api/v4/hooks/incoming', '/api/v4/hooks/incoming'),
    (None, None),
])
def test_redact_url_hides_incoming_webhook_ids(url, expected):
    assert redact_url(url) == expected


def test_an_error_message_does_not_show_the_webhook_id():
    error = ResourceNotFound('gone', status_code=404, method='POST', url='https://chat.example.com/hooks/' + HOOK_ID)
    assert HOOK_ID not in str(error)
    assert error.url.endswith(HOOK_ID)  # the caller can still see where it went


def test_request_secrets_are_the_values_under_secret_keys_and_webhook_ids():
    from ansible_collections.chatops.mattermost.plugins.module_utils.driver.redaction import request_secrets
    body = {'current_password': 'old-one', 'new_password': 'new-one', 'user': {'password': 'p', 'props': {'x': 1}},
            'list': [{'token': 12345}], 'name': 'not secret', 'secret': {'nested': ['a', 'b']}, 'mfa_token': None}
    assert request_secrets(body) == {'old-one', 'new-one', 'p', '12345', 'a', 'b'}
    assert request_secrets('{"password": "x"}') == {'x'}
    assert request_secrets('not json') == set()
    assert request_secrets(None, '/hooks/incoming/' + 'a' * 26) == {'a' * 26}


def test_redact_text_hides_bearer_values_credentials_and_webhook_ids():
    from ansible_collections.chatops.mattermost.plugins.module_utils.driver.redaction import redact_text
    text = redact_text("Invalid header value b'Bearer tok\\\\n' at http://u:pw@h/hooks/%s: secret-x" % ('a' * 26), ['secret-x'])
    assert 'tok' not in text and 'pw' not in text and 'a' * 26 not in text and 'secret-x' not in text
