# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""What users, bots and access tokens (_kinds: user.py, bot.py, access_token.py) refuse before any request."""

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import pytest

from ansible_collections.chatops.mattermost.plugins.module_utils._kinds.access_token import AccessTokens
from ansible_collections.chatops.mattermost.plugins.module_utils._kinds.bot import Bot
from ansible_collections.chatops.mattermost.plugins.module_utils._kinds.user import User


def user_problems(**params):
    return User.problems(User.complete(dict(dict(username='alice'), **params)))


def test_user_without_problems():
    assert user_problems(email='alice@example.com', password='Secret-1!', locale='pt-BR', teams=['ops'],
                         roles=['system_user']) == []
    assert user_problems(auth_service='gitlab', auth_data='42') == []


@pytest.mark.parametrize('email', ['alice@example.com', "o'hara+tag@mail.example.co.uk", 'a@b'])
def test_valid_emails(email):
    assert user_problems(email=email) == []


@pytest.mark.parametrize('email', ['not-an-email', 'a@b@c', 'Alice <alice@example.com>', '<alice@example.com>',
                                   'al ice@example.com', '@example.com', 'alice@', 'a..b@example.com'])
def test_invalid_emails(email):
    assert user_problems(email=email) == ['email %r is not an e-mail address (such as alice@example.com)' % email.lower()]


def test_lengths_locale_and_password():
    assert user_problems(first_name='x' * 65, position='x' * 129) == [
        'first_name must have at most 64 characters', 'position must have at most 128 characters']
    assert user_problems(locale='english') == ["locale 'english' is not a language code such as en, de or pt-BR"]
    assert user_problems(password='abcd') == ['password must have 5 to 72 bytes']
    assert user_problems(password='\u00e9' * 37) == ['password must have 5 to 72 bytes']  # 74 bytes


def test_auth_rules():
    assert user_problems(auth_service='ldap') == ['auth_data is required with auth_service=ldap']
    assert user_problems(auth_service='email', auth_data='x') == ['auth_data cannot be given with auth_service=email']
    assert user_problems(auth_service='saml', auth_data='x', password='Secret-1!') == [
        'password only applies to auth_service=email']


def bot_problems(**params):
    return Bot.problems(Bot.complete(dict(dict(username='deploy-bot'), **params)))


def test_bot_problems():
    assert bot_problems(channels=['ops/deploys'], roles=['system_post_all']) == []
    assert bot_problems(username='bad bot', owner='system', description='x' * 1025) == [
        "username 'bad bot' is not a valid username: 1 to 64 lowercase letters, digits, dots, hyphens and underscores",
        "owner 'system' is a name the server reserves (all, channel, matterbot, system)",
        'description must have at most 1024 characters']


def test_access_token_problems():
    assert AccessTokens.problems(AccessTokens.complete(dict(user='alice', description='CI'))) == []
    assert AccessTokens.problems(AccessTokens.complete(dict(user='alice', description=''))) == ['description must have 1 to 255 bytes']
    assert AccessTokens.problems(AccessTokens.complete(dict(user='alice', description='\u00e9' * 128))) == [
        'description must have 1 to 255 bytes']


def test_usernames_are_lowercased_before_they_are_checked():
    assert User.complete(dict(username='Alice', email='Alice@Example.com'))['username'] == 'alice'
    assert user_problems(username='Alice') == []


def test_problems_name_options_by_their_path():
    assert Bot.problems(Bot.complete(dict(username='system', teams=[''])), prefix='bots[0]') == [
        "bots[0].username 'system' is a name the server reserves (all, channel, matterbot, system)",
        'bots[0].teams cannot have an empty name']
    assert User.problems(User.complete(dict(username='alice', auth_service='ldap')), prefix='users[3]') == [
        'users[3].auth_data is required with users[3].auth_service=ldap']
