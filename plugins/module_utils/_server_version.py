# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""The server's version, and what each server version can do: the one home of the version rules.

The version is read from the X-Version-Id header of the server's answers ('9.9.0..<hash>.false'),
which every API answer carries: `watch(driver)` (done by _connection.login, before it logs in)
records the first one, so a task knows its server's version from its login on, with no request of
its own. Versions are compared as (major, minor).

The collection supports Mattermost 9.9 and newer (tested on 9.9.0 and 11.4); FEATURES lists what
needs a newer server than 9.9, with the release that brought it. The releases were found from the
server's public module (github.com/mattermost/mattermost/server/public): its model/version.go names
the release in development, and its Client4 the endpoints of that moment.
"""

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import re
import weakref
HEADER = 'X-Version-Id'
OLDEST_SUPPORTED = (9, 9)
VERSION = re.compile(r'^(\d+)\.(\d+)')

# name -> (the first release that has it, what it is, said in a message)
FEATURES = dict(
    # POST /channels/{id}/members with user_ids (9.9 takes one user_id a request). Absent from
    # server/public v0.1.4 (9.10 in development), present in v0.1.5 (9.11 in development).
    channel_members_batch=((9, 11), 'adding several members to a channel in one request'),
)

_versions = weakref.WeakKeyDictionary()  # driver -> (major, minor), once an answer said it


def parse(header):
    """(major, minor) of an X-Version-Id header, or None when it names no version."""
    match = VERSION.match(header or '')
    return (int(match.group(1)), int(match.group(2))) if match else None


def text(version):
    return '%d.%d' % version


def watch(driver):
    """Record the server's version from the first answer to `driver` that names it."""
    def seen(response, *args, **kwargs):
        if driver not in _versions:
            version = parse(response.headers.get(HEADER))
            if version:
                _versions[driver] = version
        return response
    driver.client.session.hooks['response'].append(seen)


def version(driver):
    """(major, minor) of the server `driver` talks to, or None before any answer named it."""
    return _versions.get(driver)


def supports(driver, feature):
    """Whether the server has `feature` (a FEATURES name). An unknown version counts as new enough:
    a server (or a proxy) that hides the header gets the newest behaviour."""
    current = version(driver)
    return current is None or current >= FEATURES[feature][0]


def share(driver, other):
    """Give `other` (a driver of a worker thread, logged in without a request) the version `driver` read."""
    if driver in _versions:
        _versions[other] = _versions[driver]
