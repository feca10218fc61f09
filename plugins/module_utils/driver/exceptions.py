# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Errors raised by the driver.

Every error is a `MattermostError`. When requests is installed it is also a `requests.HTTPError`,
so code written for mattermostdriver (`except HTTPError`) keeps working.
"""

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import re

from .redaction import redact_url

try:
    from requests import ConnectionError as _ConnectionError, HTTPError as _HTTPError
except ImportError:  # reported by client.REQUESTS_IMPORT_ERROR
    _ConnectionError = _HTTPError = Exception


def excerpt(text, limit=200):
    """Shorten a response body to one line that fits in an error message."""
    text = re.sub(r'\s+', ' ', text or '').strip()
    return text if len(text) <= limit else text[:limit] + '...'


class MattermostError(_HTTPError):
    """An error answer of the Mattermost API, or a failure to get an answer at all.

    The server's error body is `{"id": ..., "message": ..., "request_id": ..., "status_code": ...}`.
    """

    def __init__(self, message, status_code=None, error_id=None, request_id=None, method=None, url=None,
                 response=None):
        super().__init__(message)
        self.message = message
        self.status_code = status_code
        self.error_id = error_id
        self.request_id = request_id
        self.method = method
        self.url = url
        # The attributes requests.HTTPError has, for code written against mattermostdriver.
        self.response = response
        self.request = getattr(response, 'request', None)

    def __str__(self):
        text = f'{type(self).__name__}: {self.message}'
        if self.status_code:
            text = f'{self.status_code} {text}'
        named_ids = (('error_id', self.error_id), ('request_id', self.request_id))
        ids = ' '.join(f'{name}={value}' for name, value in named_ids if value)
        if ids:
            text += f' [{ids}]'
        if self.method:
            text += f' ({self.method} {redact_url(self.url)})'
        return text


class InvalidOrMissingParameters(MattermostError):
    """400: invalid or missing parameters in the URL or the request body."""


class NoAccessTokenProvided(MattermostError):
    """401: no access token provided, or it is not valid (any more)."""


class NotEnoughPermissions(MattermostError):
    """403: the user does not have the permissions the request needs."""


class ResourceNotFound(MattermostError):
    """404: resource not found."""


class MethodNotAllowed(MattermostError):
    """405: method not allowed."""


class ContentTooLarge(MattermostError):
    """413: content too large."""


class TooManyRequests(MattermostError):
    """429: rate limited, still after the configured retries."""


class FeatureDisabled(MattermostError):
    """501: the feature is disabled on this server."""


class ServerError(MattermostError):
    """Any other 5xx answer (after the configured retries for 502, 503 and 504)."""


class UnexpectedResponse(MattermostError):
    """The answer is not what the API sends: an HTML page where JSON was expected, for instance
    from a proxy or a wrong base path."""


class InvalidPathParameter(MattermostError, ValueError):
    """A path parameter refused before any request: it would not stay one segment of its path (`..`,
    a `/`, a `%` escape), or a parameter for an id holds no id. No status: nothing was sent."""


class ConnectionFailure(MattermostError, _ConnectionError):
    """The server could not be reached (after the configured retries).

    Also a `requests.ConnectionError`, which is what mattermostdriver let through in this case.
    """


_ERROR_CLASSES = {
    400: InvalidOrMissingParameters,
    401: NoAccessTokenProvided,
    403: NotEnoughPermissions,
    404: ResourceNotFound,
    405: MethodNotAllowed,
    413: ContentTooLarge,
    429: TooManyRequests,
    501: FeatureDisabled,
}


def error_class(status_code):
    """The exception class for an HTTP error status."""
    return _ERROR_CLASSES.get(status_code) or (ServerError if status_code >= 500 else MattermostError)


def error_for_response(response):
    """Build (not raise) the exception for an error `requests.Response`."""
    try:
        body = response.json()
    except ValueError:
        body = None
    if not isinstance(body, dict):  # a proxy's HTML page, the plain text "limit exceeded" of a 429...
        body = {}
    request = response.request
    return error_class(response.status_code)(
        body.get('message') or excerpt(response.text) or response.reason,
        status_code=response.status_code,
        error_id=body.get('id') or None,
        request_id=body.get('request_id') or response.headers.get('X-Request-Id') or None,
        method=getattr(request, 'method', None),
        url=getattr(request, 'url', None),
        response=response,
    )
