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
from ansible_collections.chatops.mattermost.plugins.module_utils._kinds.account import ACCOUNT_MEMBERSHIPS_ARGUMENT_SPEC
from ansible_collections.chatops.mattermost.plugins.module_utils._connection import ARGUMENT_SPEC
from ansible_collections.chatops.mattermost.plugins.module_utils._kinds.membership import MEMBERS_ARGUMENT_SPEC


def documented(fragment, attribute='DOCUMENTATION'):
    return yaml.safe_load(getattr(fragment.ModuleDocFragment, attribute))['options']


@pytest.mark.parametrize('fragment, attribute, spec', [
    (members, 'DOCUMENTATION', MEMBERS_ARGUMENT_SPEC),
    (connection, 'DOCUMENTATION', ARGUMENT_SPEC),
    # The lookup's connection options: the same names, types and defaults as the modules'.
    (connection, 'PLUGIN', ARGUMENT_SPEC),
    (account_memberships, 'DOCUMENTATION', ACCOUNT_MEMBERSHIPS_ARGUMENT_SPEC),
])
def test_fragment_and_spec_agree(fragment, attribute, spec):
    docs = documented(fragment, attribute)
    assert sorted(docs) == sorted(spec)
    for option, doc in docs.items():
        for key in ('type', 'elements', 'default', 'choices', 'required'):
            assert doc.get(key) == spec[option].get(key), (option, key)


def test_plugin_fragment_reads_the_environment_variables_of_the_modules():
    docs = documented(connection, 'PLUGIN')
    for option, spec in ARGUMENT_SPEC.items():
        fallback = spec.get('fallback')
        expected = list(fallback[1]) if fallback else []
        assert [entry['name'] for entry in docs[option].get('env') or []] == expected, option
