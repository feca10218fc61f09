# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type


class ModuleDocFragment(object):
    # The members of a team or a channel. Their argument spec is MEMBERS_ARGUMENT_SPEC in
    # plugins/module_utils/_kinds/membership.py: change both together (tests/unit checks that they agree).
    DOCUMENTATION = r'''
options:
  members:
    description:
      - Usernames of users that must be members. The members of a channel must be members of its team.
      - Compared without regard to order or case. Users not listed stay members unless O(members_exclusive=true).
    type: list
    elements: str
  admins:
    description:
      - Usernames of users that must be admins (team admins of a team, channel admins of a channel), and members.
      - Admins not listed keep their role unless O(members_exclusive=true).
    type: list
    elements: str
  members_exclusive:
    description:
      - With V(true), members not in O(members) or O(admins) are removed when O(members) is given, and admins not in
        O(admins) become plain members when O(admins) is given.
      - The user running the task is never removed or demoted.
    type: bool
    default: false
'''
