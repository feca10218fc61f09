# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Slash commands (_kinds/slash_command.py): what is refused before any request."""

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import pytest

from ansible_collections.chatops.mattermost.plugins.module_utils._kinds.slash_command import SlashCommand


def params(**given):
    return SlashCommand.complete(dict(dict(team='ops', trigger='deploy'), **given))


def problems(params):
    return SlashCommand.problems(params)


def test_a_complete_command_passes():
    assert problems(params(request_url='https://deployer.example.com/command', display_name='Deploy')) == []


def test_a_trigger_may_have_capitals_and_punctuation():
    assert problems(params(trigger='Deploy.now')) == []


@pytest.mark.parametrize('given, message', [
    (dict(trigger='/deploy'), "trigger '/deploy' must be given without its leading '/'"),
    (dict(trigger=''), 'is not a valid trigger'),
    (dict(trigger='two words'), 'is not a valid trigger'),
    (dict(trigger='x' * 129), 'is not a valid trigger'),
    (dict(trigger='é' * 65), 'is not a valid trigger'),  # 130 bytes
    (dict(trigger='deploy\u202e'), "trigger 'deploy\\u202e' holds an invisible or text-reversing character"),
    (dict(trigger='\ufeffdeploy'), 'holds an invisible or text-reversing character'),
    (dict(request_url='deployer.example.com'), 'request_url must be an http:// or https:// URL'),
    (dict(request_url='https://x.example.com/' + 'x' * 1003), 'request_url must have at most 1024 bytes'),
    (dict(description='x' * 129), 'description must have at most 128 bytes'),
    (dict(display_name='x' * 65), 'display_name must have at most 64 bytes'),
    (dict(autocomplete_hint='x' * 1025), 'autocomplete_hint must have at most 1024 characters'),
    (dict(team=''), 'team cannot be empty'),
    (dict(regenerate_token=True, state='absent'), 'regenerate_token needs state=present'),
])
def test_refused(given, message):
    assert any(message in problem for problem in problems(params(**given))), problems(params(**given))
