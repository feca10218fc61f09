# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""What mattermost_user, mattermost_bot and mattermost_access_token refuse before any request."""

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import pytest

from ansible_collections.chatops.mattermost.plugins.modules import mattermost_access_token, mattermost_bot, mattermost_user

USER = dict(username='alice', email=None, user_password=None, first_name=None, last_name=None, nickname=None,
            position=None, locale=None, auth_service=None, auth_data=None, roles=None, teams=None)


def user_problems(**params):
    return mattermost_user.problems(dict(USER, **params))


def test_user_without_problems():
    assert user_problems(email='alice@example.com', user_password='Secret-1!', locale='pt-BR', teams=['ops'],
                         roles=['system_user']) == []
    assert user_problems(auth_service='gitlab', auth_data='42') == []


@pytest.mark.parametrize('email', ['alice@example.com', "o'hara+tag@mail.example.co.uk", 'a@b'])
def test_valid_emails(email):
    assert user_problems(email=email) == []


@pytest.mark.parametrize('email', ['not-an-email', 'a@b@c', 'Alice <alice@example.com>', '<alice@example.com>',
                                   'al ice@example.com', '@example.com', 'alice@', 'a..b@example.com'])
def test_invalid_emails(email):
    assert user_problems(email=email) == ['email %r is not an e-mail address (such as alice@example.com)' % email]


def test_lengths_locale_and_password():
    assert user_problems(first_name='x' * 65, position='x' * 129) == [
        'first_name must have at most 64 characters', 'position must have at most 128 characters']
    assert user_problems(locale='english') == ["locale 'english' is not a language code such as en, de or pt-BR"]
    assert user_problems(user_password='abcd') == ['user_password must have 5 to 72 bytes']
    assert user_problems(user_password='\u00e9' * 37) == ['user_password must have 5 to 72 bytes']  # 74 bytes


def test_auth_rules():
    assert user_problems(auth_service='ldap') == ['auth_data is required with auth_service=ldap']
    assert user_problems(auth_service='email', auth_data='x') == ['auth_data cannot be given with auth_service=email']
    assert user_problems(auth_service='saml', auth_data='x', user_password='Secret-1!') == [
        'user_password only applies to auth_service=email']


BOT = dict(username='deploy-bot', owner=None, display_name=None, description=None, roles=None, channels=None, teams=None)


def test_bot_problems():
    assert mattermost_bot.problems(dict(BOT, channels=['ops/deploys'], roles=['system_post_all'])) == []
    assert mattermost_bot.problems(dict(BOT, username='bad bot', owner='system', description='x' * 1025)) == [
        "username 'bad bot' is not a valid username: 1 to 64 lowercase letters, digits, dots, hyphens and underscores",
        "owner 'system' is a name the server reserves (all, channel, matterbot, system)",
        'description must have at most 1024 characters']


def test_access_token_problems():
    assert mattermost_access_token.problems(dict(user='alice', description='CI')) == []
    assert mattermost_access_token.problems(dict(user='alice', description='')) == ['description must have 1 to 255 bytes']
    assert mattermost_access_token.problems(dict(user='alice', description='\u00e9' * 128)) == [
        'description must have 1 to 255 bytes']
