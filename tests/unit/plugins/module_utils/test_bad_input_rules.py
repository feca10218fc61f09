# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""The rules issue 20 added: values compared as the server stores them, and bad input refused (not a traceback)."""

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import pytest

from ansible_collections.chatops.mattermost.plugins.module_utils._kinds.plugin import checked_options
from ansible_collections.chatops.mattermost.plugins.module_utils._kinds.team import allowed_domains_problems
from ansible_collections.chatops.mattermost.plugins.module_utils._naming import as_stored
from ansible_collections.chatops.mattermost.plugins.module_utils._resource import text, trimmed
from ansible_collections.chatops.mattermost.plugins.module_utils._workspace.reconcile import Workspace
from ansible_collections.chatops.mattermost.plugins.module_utils._chat.events import MAX_TIMEOUT


def test_text_is_compared_without_the_characters_the_server_drops():
    assert as_stored('Ops\u202e \ufeffteam\u2028') == 'Ops team'
    assert text('Ops\u202e') == text('Ops') == 'Ops'
    assert text(None) == ''
    assert trimmed('  Ops\u202d ') == 'Ops'


@pytest.mark.parametrize('domain, refused', [
    ('example.com', False), (' example.com ', False), ('*.example.com', False),
    ("{'a': 1}", True), ('a b.com', True), ('a.com,b.com', True), ('', True),
])
def test_allowed_domains_must_be_domains(domain, refused):
    assert bool(allowed_domains_problems([domain])) == refused


def test_an_empty_plugin_src_is_refused():
    assert checked_options(dict(src='', id=None))[1] == [
        'src must not be empty: give the path of the plugin bundle, or leave src out and give id']


@pytest.mark.parametrize('channel', ['no-slash', '', None, '/', 'team/', 7])
def test_a_workspace_account_channel_that_is_no_channel_is_a_problem_not_a_crash(channel):
    problems = Workspace(dict(users=[dict(username='alice', channels=[channel])], bots=None, teams=None, prune=[],
                              workers=1)).problems
    assert any('users[0].channels' in problem for problem in problems)


def test_the_longest_wait_fits_the_clock():
    import time
    assert time.localtime(time.time() + MAX_TIMEOUT)


class RolesDriver:
    """A driver whose server knows the roles system_user and system_admin, recording the names asked."""

    def __init__(self):
        self.asked = []
        self.roles = self

    def get_roles_by_names(self, options):
        self.asked.append(options)
        return [{'name': name} for name in options if name in ('system_user', 'system_admin')]


def test_roles_are_checked_before_anything_is_written():
    from ansible_collections.chatops.mattermost.plugins.module_utils._errors import Failure
    from ansible_collections.chatops.mattermost.plugins.module_utils._kinds.account import require_roles_exist
    driver = RolesDriver()
    require_roles_exist(driver, ['system_user', 'system_admin'], "user 'a'")
    with pytest.raises(Failure, match=r"^roles: no role is named 'bogus' \(user 'a'\)\. Nothing was written\.$"):
        require_roles_exist(driver, ['system_user', 'bogus'], "user 'a'")
    require_roles_exist(driver, [], "user 'a'")
    assert driver.asked == [['system_admin', 'system_user'], ['bogus', 'system_user']]
