# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Finding things by what people call them: an id, or a name.

Through the driver only, so that the modules and the callback plugin share it.
"""

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import re

from ansible_collections.chatops.mattermost.plugins.module_utils.driver import ResourceNotFound

# A Mattermost id: 26 lowercase letters and digits. A team or channel *name* can look like one,
# so a lookup by "name or id" tries the id first and then the name.
ID = re.compile(r'^[a-z0-9]{26}$')


class NotFound(Exception):
    """Something the options name does not exist (or cannot be seen by the user)."""


def is_id(value):
    return bool(value) and bool(ID.match(value))


def found(request, *args, **kwargs):
    """The answer of a GET request, None when the server answers 404."""
    try:
        return request(*args, **kwargs)
    except ResourceNotFound:
        return None


def find_team(driver, team):
    """The team named `team`, or whose id it is (archived teams too); NotFound otherwise."""
    result = found(driver.teams.get_team, team) if is_id(team) else None
    result = result or found(driver.teams.get_team_by_name, team)
    if result is None:
        raise NotFound("No team is named '%s' (or has that id)" % team)
    return result
