# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Webhooks (_kinds/webhook.py): what is refused before any request, and the URL of an incoming webhook."""

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import pytest

from ansible_collections.chatops.mattermost.plugins.module_utils._chat.posts import hook_url, webhook_parts
from ansible_collections.chatops.mattermost.plugins.module_utils._kinds.webhook import Webhook

HOOK_ID = 'a' * 26


def params(**given):
    return Webhook.complete(dict(dict(kind='incoming'), **given))


def problems(params):
    return Webhook.problems(params)


def test_a_complete_incoming_webhook_passes():
    assert problems(params(team='dev', channel='builds', display_name='CI', username='ci-bot')) == []


def test_a_complete_outgoing_webhook_passes():
    assert problems(params(kind='outgoing', team='dev', display_name='Deployer', trigger_words=['deploy'],
                           callback_urls=['https://deployer.example.com/'])) == []


def test_by_id_needs_nothing_else():
    assert problems(params(id=HOOK_ID)) == []
    assert problems(params(kind='outgoing', id=HOOK_ID, regenerate_token=True)) == []


@pytest.mark.parametrize('given, message', [
    (dict(team='dev', channel='builds'), 'display_name is required (it identifies the webhook) unless id is given'),
    (dict(team='dev', display_name='CI'), 'channel is required for an incoming webhook unless id is given'),
    (dict(kind='outgoing', display_name='CI', callback_urls=['http://x/']), 'team is required for an outgoing webhook'),
    (dict(channel='builds', display_name='CI'), "team is required to find channel 'builds' by name"),
    (dict(id='ABC'), 'id is not a Mattermost id'),
    (dict(id=HOOK_ID, trigger_when='first_word'), 'trigger_when cannot be used with kind=incoming'),
    (dict(kind='outgoing', id=HOOK_ID, channel_locked=True), 'channel_locked cannot be used with kind=outgoing'),
    (dict(kind='outgoing', id=HOOK_ID, channel_locked=False), 'channel_locked cannot be used with kind=outgoing'),
    (dict(id=HOOK_ID, regenerate_token=True), 'an incoming webhook has no token'),
    (dict(kind='outgoing', id=HOOK_ID, regenerate_token=True, state='absent'), 'regenerate_token needs state=present'),
    (dict(id=HOOK_ID, username='CI'), "username 'CI' is not valid for an incoming webhook"),
    (dict(id=HOOK_ID, username='all'), "username 'all' is not valid for an incoming webhook"),
    (dict(id=HOOK_ID, description='x' * 501), 'description must have at most 500 bytes'),
    (dict(kind='outgoing', id=HOOK_ID, trigger_words=['']), 'trigger_words cannot be empty or contain spaces'),
    (dict(kind='outgoing', id=HOOK_ID, trigger_words=['a\tb']), 'trigger_words cannot be empty or contain spaces'),
    (dict(kind='outgoing', id=HOOK_ID, trigger_words=['w%d' % n for n in range(300)]), 'trigger_words must have at most'),
    (dict(kind='outgoing', id=HOOK_ID, callback_urls=[]), 'callback_urls needs at least one URL'),
    (dict(kind='outgoing', id=HOOK_ID, callback_urls=['/relative']), 'callback_urls must be http:// or https:// URLs'),
])
def test_refused(given, message):
    assert any(message in problem for problem in problems(params(**given))), problems(params(**given))


def test_an_outgoing_webhook_username_is_free_text():
    assert problems(params(kind='outgoing', id=HOOK_ID, username='Deploy Bot')) == []


@pytest.mark.parametrize('server, url', [
    ('https://chat.example.com', 'https://chat.example.com/hooks/' + HOOK_ID),
    ('https://chat.example.com/', 'https://chat.example.com/hooks/' + HOOK_ID),
    ('https://example.com:8443/mattermost/?x=1', 'https://example.com:8443/mattermost/hooks/' + HOOK_ID),
])
def test_hook_url(server, url):
    assert hook_url(server, HOOK_ID) == url
    assert webhook_parts(url)[1] == HOOK_ID


def test_problems_name_options_by_their_path():
    assert Webhook.problems(params(id='ABC', description='x' * 501), prefix='hooks[2]') == [
        'hooks[2].id is not a Mattermost id (26 lowercase letters and digits)',
        'hooks[2].description must have at most 500 bytes']
