# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type


class ModuleDocFragment(object):
    # What every module that ensures a state supports: check mode, diff mode, any platform. Used with
    # ansible.builtin.action_common_attributes (which describes the attributes); a module adds its
    # own `details` under `attributes:`, which are merged with these.
    DOCUMENTATION = r'''
attributes:
  check_mode:
    support: full
  diff_mode:
    support: full
  platform:
    platforms: all
'''

    # What every info module supports: it only reads, so check mode runs it the same and there is no
    # diff. Used instead of DOCUMENTATION (chatops.mattermost.attributes.info_module), with
    # ansible.builtin.action_common_attributes; as community.general.attributes.info_module.
    INFO_MODULE = r'''
attributes:
  check_mode:
    support: full
    details:
      - The module only reads; it runs the same in check mode.
  diff_mode:
    support: N/A
    details:
      - The module changes nothing.
  platform:
    platforms: all
'''
