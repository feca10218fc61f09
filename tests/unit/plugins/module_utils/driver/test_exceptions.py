# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import json

import pytest
import requests


from ansible_collections.chatops.mattermost.plugins.module_utils.driver.exceptions import (
    ConnectionFailure, ContentTooLarge, FeatureDisabled, InvalidOrMissingParameters, MattermostError, MethodNotAllowed,
    NoAccessTokenProvided, NotEnoughPermissions, ResourceNotFound, ServerError, TooManyRequests, UnexpectedResponse,
    error_for_response,
)

URL = 'http://mm.example.com:8065/api/v4/teams'


def make_response(status, body=b'', headers=None, method='POST', url=URL):
    response = requests.Response()
    response.status_code = status
    response.reason = 'Reason'
    response._content = json.dumps(body).encode() if isinstance(body, dict) else body
    response.headers.update(headers or {})
    response.request = requests.Request(method, url).prepare()
    return response


@pytest.mark.parametrize('status, error_cls', [
    (400, InvalidOrMissingParameters),
    (401, NoAccessTokenProvided),
    (403, NotEnoughPermissions),
    (404, ResourceNotFound),
    (405, MethodNotAllowed),
    (409, MattermostError),
    (413, ContentTooLarge),
    (429, TooManyRequests),
    (500, ServerError),
    (501, FeatureDisabled),
    (502, ServerError),
    (503, ServerError),
    (504, ServerError),
])
def test_error_class_by_status(status, error_cls):
    error = error_for_response(make_response(status, {'id': 'some.id', 'message': 'boom'}))
    assert error.__class__ is error_cls
    assert error.status_code == status
    assert isinstance(error, MattermostError)
    assert isinstance(error, requests.HTTPError)  # mattermostdriver code catches HTTPError


def test_error_fields_and_text_from_the_server_body():
    response = make_response(400, {
        'id': 'api.team.is_team_creation_allowed.disabled.app_error', 'message': 'Team creation is disabled.',
        'request_id': 'req123', 'status_code': 400, 'is_oauth': False,
    }, headers={'X-Request-Id': 'header-id'})
    error = error_for_response(response)
    assert (error.error_id, error.message, error.request_id, error.method, error.url) == (
        'api.team.is_team_creation_allowed.disabled.app_error', 'Team creation is disabled.', 'req123', 'POST', URL)
    assert error.response is response
    assert str(error) == (
        '400 InvalidOrMissingParameters: Team creation is disabled. '
        '[error_id=api.team.is_team_creation_allowed.disabled.app_error request_id=req123] (POST %s)' % URL)


def test_request_id_falls_back_to_the_header_and_message_to_the_text():
    error = error_for_response(make_response(429, b'limit exceeded\n', headers={'X-Request-Id': 'hdr9'}, method='GET'))
    assert (error.error_id, error.message, error.request_id) == (None, 'limit exceeded', 'hdr9')
    assert str(error) == '429 TooManyRequests: limit exceeded [request_id=hdr9] (GET %s)' % URL


def test_long_html_error_page_is_shortened_to_one_line():
    page = b'<html>\n<body>' + b'x' * 500 + b'</body></html>'
    error = error_for_response(make_response(502, page))
    assert error.message.startswith('<html> <body>xxx') and error.message.endswith('...')
    assert len(error.message) == 203


def test_empty_error_body_uses_the_reason():
    assert error_for_response(make_response(500)).message == 'Reason'


def test_errors_without_status_or_request():
    assert str(UnexpectedResponse('not JSON')) == 'UnexpectedResponse: not JSON'
    failure = ConnectionFailure('refused', method='GET', url=URL)
    assert str(failure) == 'ConnectionFailure: refused (GET %s)' % URL
    assert isinstance(failure, requests.ConnectionError)  # what mattermostdriver let through
    assert isinstance(failure, MattermostError)
