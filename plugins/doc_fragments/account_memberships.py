# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type


class ModuleDocFragment(object):
    # The teams and channels of an account (mattermost_user, mattermost_bot). Their argument spec is
    # ACCOUNT_MEMBERSHIPS_ARGUMENT_SPEC in plugins/module_utils/_kinds/account.py: change both together.
    DOCUMENTATION = r'''
options:
  teams:
    description:
      - Names of teams the account must be a member of; it joins those it is not in.
      - Compared without regard to order or case. The account stays in the teams not listed unless O(teams_exclusive=true).
    type: list
    elements: str
  teams_exclusive:
    description:
      - With V(true), the account leaves the teams that are neither in O(teams) nor the team of one of O(channels) (when
        O(teams) is given). Archived teams are left alone.
    type: bool
    default: false
  channels:
    description:
      - Channels the account must be a member of, each as V(team/channel) (team name and channel name) or as a
        dictionary with the keys C(team) and C(name). The account joins those it is not in, and their teams first.
      - Compared without regard to order or case. The account stays in the channels not listed unless
        O(channels_exclusive=true).
    type: list
    elements: raw
  channels_exclusive:
    description:
      - With V(true), the account leaves the public and private channels of its teams that are not in O(channels) (when
        O(channels) is given), except each team's C(town-square), which the server lets no one leave. Archived channels are
        left alone.
    type: bool
    default: false
'''
