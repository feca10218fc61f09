# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""The server's version, and what each server version can do: the one home of the version rules.

The version is the driver's: its client keeps the X-Version-Id header of the server's answers
('9.9.0..<hash>.false' -> client.server_version '9.9.0'), which every API answer carries, so a task
knows its server's version from its login on, with no request of its own. Versions are compared as
(major, minor).

The collection supports Mattermost 9.9 and newer (tested on 9.9.0 and 11.4); FEATURES lists what
needs a newer server than 9.9, with the release that brought it. The releases were found from the
server's public module (github.com/mattermost/mattermost/server/public): its model/version.go names
the release in development, and its Client4 the endpoints of that moment.
"""

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import re

OLDEST_SUPPORTED = (9, 9)
VERSION = re.compile(r'^(\d+)\.(\d+)')

# name -> (the first release that has it, what it is, said in a message)
FEATURES = dict(
    # POST /channels/{id}/members with user_ids (9.9 takes one user_id a request). Absent from
    # server/public v0.1.4 (9.10 in development), present in v0.1.5 (9.11 in development).
    channel_members_batch=((9, 11), 'adding several members to a channel in one request'),
)


def parse(header):
    """(major, minor) of an X-Version-Id header or of the driver's server_version ('9.9.0'), or None
    when it names no version."""
    match = VERSION.match(header or '')
    return (int(match.group(1)), int(match.group(2))) if match else None


def text(version):
    return '%d.%d' % version


def version(driver):
    """(major, minor) of the server `driver` talks to, or None before any answer named it."""
    return parse(driver.client.server_version)


def supports(driver, feature):
    """Whether the server has `feature` (a FEATURES name). An unknown version counts as new enough:
    a server (or a proxy) that hides the header gets the newest behaviour."""
    current = version(driver)
    return current is None or current >= FEATURES[feature][0]


def share(driver, other):
    """Give `other` (a driver of a worker thread, logged in without a request) the version `driver` read."""
    other.client.server_version = other.client.server_version or driver.client.server_version
