# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""One request to the API as a task writes it: the work of the mattermost_api module.

The request goes through the driver (its login, retries and error messages); the answer is returned
decoded. Any method but GET is a change, and is not sent in check mode.
"""

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

from ansible_collections.chatops.mattermost.plugins.module_utils._errors import Failure, RequestFailed
from ansible_collections.chatops.mattermost.plugins.module_utils.driver import MattermostError
from ansible_collections.chatops.mattermost.plugins.module_utils.driver.client import decode_json
from ansible_collections.chatops.mattermost.plugins.module_utils.driver.redaction import request_secrets

BASE_PATH = '/api/v4'

API_ARGUMENT_SPEC = dict(
    method=dict(type='str', choices=['GET', 'POST', 'PUT', 'PATCH', 'DELETE'], default='GET'),
    path=dict(type='str', required=True),
    params=dict(type='dict'),
    body=dict(type='raw'),
    status_code=dict(type='list', elements='int'),
)


def decoded(response):
    try:
        answer = decode_json(response)
    except MattermostError:  # an HTML page or broken JSON: there is no JSON to return
        return None
    return answer if isinstance(answer, (dict, list)) else None


def send(task):
    """mattermost_api's result: the answer of the request the options of `task` (a _connection.Task) describe."""
    params = task.params
    # The body's passwords and tokens, and a webhook id in the path, masked as no_log values are.
    task.no_log_values.update(request_secrets(params['body'], params['path']))
    method = params['method']
    path = params['path']
    if path.startswith(BASE_PATH + '/'):
        path = path[len(BASE_PATH):]
    if not path.startswith('/') or '?' in path:
        raise Failure('path must start with / and have no query string (give it as params), not %r' % path)
    changed = method != 'GET'
    if task.check_mode and changed:
        return dict(changed=True)

    driver = task.driver()
    accepted = params['status_code']
    try:
        response = driver.client.make_request(method, path, options=params['body'], params=params['params'])
    except MattermostError as exc:
        if exc.response is None or not accepted or exc.status_code not in accepted:
            raise RequestFailed(exc, 'send %s %s' % (method, path))
        response = exc.response
    if accepted and response.status_code not in accepted:
        raise Failure('%s %s answered HTTP %s, not one of %s' % (method, path, response.status_code, accepted),
                      changed=changed, status=response.status_code, json=decoded(response))
    return dict(changed=changed, status=response.status_code, json=decoded(response))
