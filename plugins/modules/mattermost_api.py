#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

DOCUMENTATION = r'''
module: mattermost_api
short_description: Send one request to the Mattermost API
version_added: 0.1.0
description:
  - Sends one request to the Mattermost API v4 through the collection's driver (with its login, retries and
    error messages) and returns the decoded answer.
  - An escape hatch for what no module of the collection does, and a way to read the server's state in tests.
    Prefer the modules where there is one, as they change only what differs and support check and diff mode.
author:
  - chatops.mattermost maintainers (@chatops)
extends_documentation_fragment:
  - chatops.mattermost.connection
  - ansible.builtin.action_common_attributes
attributes:
  check_mode:
    support: partial
    details: A V(GET) request is sent in check mode; any other method is not sent, and the task reports a change.
  diff_mode:
    support: none
  platform:
    platforms: all
options:
  method:
    description:
      - The HTTP method.
      - Any method but V(GET) reports a change.
    type: str
    choices: [GET, POST, PUT, PATCH, DELETE]
    default: GET
  path:
    description:
      - The path of the request below the API's base path, for example V(/teams/name/ops) for C(/api/v4/teams/name/ops).
        A leading C(/api/v4) is accepted too.
      - Without the query string, which is O(params).
    type: str
    required: true
  params:
    description:
      - The query string parameters.
    type: dict
  body:
    description:
      - The JSON body of the request, usually a dictionary or a list.
    type: raw
  status_code:
    description:
      - The HTTP statuses that are a success. An error status in this list returns the server's error body in RV(json)
        instead of failing, to check for example that something does not exist (V(404)).
      - By default, any status below 400.
    type: list
    elements: int
seealso:
  - name: Mattermost API reference
    description: The paths, parameters and bodies of the API.
    link: https://developers.mattermost.com/api-documentation/
'''

EXAMPLES = r'''
- name: Read the account the task logs in as, with a username and a password instead of a token
  chatops.mattermost.mattermost_api:
    url: https://chat.example.com
    login_id: deploy-admin
    login_password: "{{ vault_mattermost_password }}"
    path: /users/me
  register: me

- name: Read a team
  chatops.mattermost.mattermost_api:
    url: https://chat.example.com
    token: "{{ mattermost_token }}"
    path: /teams/name/ops
  register: ops

- name: Check that a channel does not exist
  chatops.mattermost.mattermost_api:
    url: https://chat.example.com
    token: "{{ mattermost_token }}"
    path: "/teams/{{ ops.json.id }}/channels/name/old-stuff"
    params:
      include_deleted: true
    status_code: [404]

- name: Post a message
  chatops.mattermost.mattermost_api:
    url: https://chat.example.com
    token: "{{ mattermost_token }}"
    method: POST
    path: /posts
    body:
      channel_id: "{{ channel_id }}"
      message: Deployment finished
'''

RETURN = r'''
status:
  description: The HTTP status of the answer.
  returned: when the request was sent
  type: int
  sample: 200
json:
  description:
    - The decoded JSON answer (with an accepted error status, the server's error).
    - None for an empty or non-JSON answer.
  returned: when the request was sent
  type: raw
  sample: {id: 4xp9fdt77pncbef59f4k1qe83o, name: ops}
'''

from ansible_collections.chatops.mattermost.plugins.module_utils._connection import login, mattermost_module
from ansible_collections.chatops.mattermost.plugins.module_utils._errors import Failure, RequestFailed, run_module
from ansible_collections.chatops.mattermost.plugins.module_utils.driver import MattermostError
from ansible_collections.chatops.mattermost.plugins.module_utils.driver.client import decode_json
from ansible_collections.chatops.mattermost.plugins.module_utils.driver.redaction import request_secrets

BASE_PATH = '/api/v4'


def decoded(response):
    try:
        answer = decode_json(response)
    except MattermostError:  # an HTML page or broken JSON: there is no JSON to return
        return None
    return answer if isinstance(answer, (dict, list)) else None


def main():
    module = mattermost_module(
        dict(
            method=dict(type='str', choices=['GET', 'POST', 'PUT', 'PATCH', 'DELETE'], default='GET'),
            path=dict(type='str', required=True),
            params=dict(type='dict'),
            body=dict(type='raw'),
            status_code=dict(type='list', elements='int'),
        ),
        supports_check_mode=True,
    )
    # The body's passwords and tokens, and a webhook id in the path, masked as no_log values are.
    module.no_log_values.update(request_secrets(module.params['body'], module.params['path']))
    run_module(module, lambda: send(module.params, module.check_mode))


def send(params, check_mode):
    """The module's result: the answer of the request the options describe."""
    method = params['method']
    path = params['path']
    if path.startswith(BASE_PATH + '/'):
        path = path[len(BASE_PATH):]
    if not path.startswith('/') or '?' in path:
        raise Failure('path must start with / and have no query string (give it as params), not %r' % path)
    changed = method != 'GET'
    if check_mode and changed:
        return dict(changed=True)

    driver = login(params)
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


if __name__ == '__main__':
    main()
