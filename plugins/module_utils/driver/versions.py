# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""What the API reference says of each operation, for the endpoint groups: docstrings with its
summary, minimum server version and link, and the error of an operation newer than the server.

endpoints.optional_module loads this (and reference.py) on first use, by a name that Ansible's
module packaging does not follow: the modules' payload does not carry it (there, the methods' docstrings
are the routes alone and a 404 is the server's own).
"""

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

REFERENCE_URL = 'https://developers.mattermost.com/api-documentation/#/operations/'


def reference():
    """{group: {name: (summary, minimum server version, operationId)}} from the API reference
    (reference.py, loaded on first use)."""
    from .reference import REFERENCE
    return REFERENCE


def docstring(route_doc, description):
    """A built method's docstring: the reference's summary, `route_doc` (the route and what help()
    should add), the minimum server version and a link to the reference."""
    summary, min_version, operation_id = description
    lines = [summary.rstrip('.') + '.', '', route_doc] if summary else [route_doc]
    if min_version:
        lines.append('Minimum server version: %s' % min_version)
    if operation_id:
        lines.append(REFERENCE_URL + operation_id)
    return '\n'.join(lines)


def version_tuple(version):
    """'5.35' -> (5, 35); the parts that are not numbers end it."""
    numbers = []
    for part in str(version).split('.'):
        if not part.isdigit():
            break
        numbers.append(int(part))
    return tuple(numbers)


def server_version(client):
    """The server's version as the client last saw it (X-Version-Id), None when it has seen none.
    No request is sent to learn it: login() or any earlier answer gave it (the 404 of a route the
    server does not have carries no X-Version-Id)."""
    return getattr(client, 'server_version', None)


def explain_refusal(error, client, function):
    """The error to raise for a 404 or 501 answer to `function`: the same one, or, when the operation
    is newer than the server, one of the same class that says so."""
    needed = getattr(function, 'min_server_version', None)
    if not needed:
        return error
    version = server_version(client)
    if not version or version_tuple(version) >= version_tuple(needed):
        return error
    method, path = function.route
    explained = type(error)(
        f'{function.__name__} ({method} {path}) needs Mattermost server {needed} or newer; this server is {version}: '
        f'{error.message}',
        status_code=error.status_code, error_id=error.error_id, request_id=error.request_id, method=error.method,
        url=error.url, response=error.response)
    explained.min_server_version = needed
    explained.server_version = version
    return explained
