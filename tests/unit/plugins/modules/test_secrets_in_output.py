# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Secrets given to mattermost_api and mattermost_config stay out of the module's whole output."""

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import json

import pytest
import responses

from ansible_collections.chatops.mattermost.plugins.modules import mattermost_api, mattermost_config
from ansible_collections.chatops.mattermost.tests.unit.plugins.module_utils.test_connection import (
    INVOCATION, patch_module_args,
)

API = 'https://chat.example.com:443/api/v4'
SECRET = 'Hidden-Value-42'
HOOK_ID = 'h' * 26


def run(capsys, module, **args):
    with patch_module_args(dict(args, url='https://chat.example.com', token='t' * 26, **INVOCATION)):
        with pytest.raises(SystemExit):
            module.main()
    output = capsys.readouterr().out
    return json.loads(output), output


def test_mattermost_api_masks_the_secrets_of_its_body_and_a_webhook_id(capsys):
    with responses.RequestsMock() as mock:
        mock.get(API + '/users/me', json={'id': 'u' * 26, 'username': 'admin'})
        mock.put(API + '/users/me/password', json={'status': 'OK'})
        result, output = run(capsys, mattermost_api, method='PUT', path='/users/me/password',
                             body={'current_password': SECRET + '-old', 'new_password': SECRET})
    assert result['status'] == 200
    assert SECRET not in output
    with responses.RequestsMock() as mock:
        mock.get(API + '/users/me', json={'id': 'u' * 26, 'username': 'admin'})
        mock.get(API + '/hooks/incoming/' + HOOK_ID, status=404, json={'message': 'not found ' + HOOK_ID})
        result, output = run(capsys, mattermost_api, path='/hooks/incoming/' + HOOK_ID)
    assert result['failed'] is True
    assert HOOK_ID not in output


def test_mattermost_config_shows_no_given_value_when_login_fails(capsys):
    settings = {'EmailSettings.SMTPPasword': SECRET, 'PluginSettings.Plugins': {'com.example.x': {'apikey': SECRET + '2'}}}
    with responses.RequestsMock() as mock:
        mock.get(API + '/users/me', status=401, json={'message': 'Invalid or expired session', 'id': 'x'})
        result, output = run(capsys, mattermost_config, settings=settings)
    assert result['failed'] is True and result['msg'].startswith('Cannot log in')
    assert SECRET not in output
