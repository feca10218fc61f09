# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""The documentation fragments of options agree with the argument specs beside them."""

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import pytest
import yaml

from ansible_collections.chatops.mattermost.plugins.doc_fragments import account_memberships, connection, members
from ansible_collections.chatops.mattermost.plugins.module_utils._account import ACCOUNT_MEMBERSHIPS_ARGUMENT_SPEC
from ansible_collections.chatops.mattermost.plugins.module_utils._connection import ARGUMENT_SPEC
from ansible_collections.chatops.mattermost.plugins.module_utils._membership import MEMBERS_ARGUMENT_SPEC


def documented(fragment):
    return yaml.safe_load(fragment.ModuleDocFragment.DOCUMENTATION)['options']


@pytest.mark.parametrize('fragment, spec', [
    (members, MEMBERS_ARGUMENT_SPEC), (connection, ARGUMENT_SPEC), (account_memberships, ACCOUNT_MEMBERSHIPS_ARGUMENT_SPEC),
])
def test_fragment_and_spec_agree(fragment, spec):
    docs = documented(fragment)
    assert sorted(docs) == sorted(spec)
    for option, doc in docs.items():
        for key in ('type', 'elements', 'default', 'choices', 'required'):
            assert doc.get(key) == spec[option].get(key), (option, key)
