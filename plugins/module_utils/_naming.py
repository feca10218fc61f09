# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""The server's rules for names, lengths and URLs, checked before any request.

From the server's model (server/public/model/team.go, channel.go, user.go, role.go, bot.go,
command.go, incoming_webhook.go, outgoing_webhook.go, utils.go) and its database columns,
Mattermost 11.4. Every check returns a list of problems (empty when there is none), each naming the
value by `where`, its path in the task: the option name for a module ('name'), or the path of the
option in a list of objects for a module that manages many ('teams[1].channels[3].name').
"""

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import difflib
import re

from urllib.parse import urlsplit

from ansible_collections.chatops.mattermost.plugins.module_utils._errors import path_of

# A Mattermost id: 26 lowercase letters and digits. A team or channel *name* can look like one,
# so a lookup by "name or id" tries the id first and then the name.
ID = re.compile(r'^[a-z0-9]{26}$')
WHITESPACE = re.compile(r'\s')

TEAM_NAME = re.compile(r'^[a-z0-9]+([a-z\-0-9]+|(__)?)[a-z0-9]+$')
TEAM_NAME_LENGTH = (2, 64)
RESERVED_TEAM_NAME_PREFIXES = (
    'admin', 'api', 'channel', 'claim', 'error', 'files', 'help', 'landing', 'login', 'mfa', 'oauth', 'plug',
    'plugins', 'post', 'signup', 'boards', 'playbooks',
)

CHANNEL_NAME = re.compile(r'^[a-z0-9]+([a-z\-_0-9]+|(__)?)[a-z0-9]*$')
CHANNEL_NAME_MAX_LENGTH = 64
# Names of direct (two user ids) and group message channels (40 hex digits), refused for others.
DIRECT_CHANNEL_NAME = re.compile(r'^[a-z0-9]{26}__[a-z0-9]{26}$')
GROUP_CHANNEL_NAME = re.compile(r'^[a-f0-9]{40}$')

USERNAME = re.compile(r'^[a-z0-9.\-_]+$')
USERNAME_MAX_LENGTH = 64
RESTRICTED_USERNAMES = ('all', 'channel', 'matterbot', 'system')

ROLE_NAME = re.compile(r'^[a-z0-9_]{1,64}$')
ROLES_MAX_LENGTH = 256
# Every account has one of these: system_user is added when neither is listed.
BASE_ROLES = ('system_user', 'system_guest')

PASSWORD_BYTES = (5, 72)  # the server's minimum is configurable, but never below 5
LOCALE = re.compile(r'^[a-zA-Z]{2,3}([-_][a-zA-Z0-9]{2,3})?$')
LOCALE_MAX_LENGTH = 5
# A plain address (what Go's net/mail accepts and the server keeps: no name, no angle brackets, no quotes).
ATOM = r"[a-z0-9!#$%&'*+/=?^_`{|}~-]+"
EMAIL = re.compile(r'^{atom}(\.{atom})*@{atom}(\.{atom})*$'.format(atom=ATOM))

# Length limits of each kind's options: in bytes (the model's checks count a Go string's bytes) or
# in characters (the database columns).
TEAM_MAX_BYTES = dict(description=255, company_name=64, allowed_domains=500)
TEAM_DISPLAY_NAME_CHARACTERS = (1, 64)
CHANNEL_MAX_CHARACTERS = dict(display_name=64, purpose=250, header=1024)
USER_MAX_CHARACTERS = dict(first_name=64, last_name=64, nickname=64, position=128, email=128, auth_data=128)
BOT_MAX_CHARACTERS = dict(display_name=64, description=1024)
ACCESS_TOKEN_DESCRIPTION_BYTES = (1, 255)
WEBHOOK_MAX_BYTES = dict(display_name=64, description=500, username=64, icon_url=1024)
# Trigger words and callback URLs are each checked as Go prints a list of strings: "[a b c]".
WEBHOOK_MAX_LIST_BYTES = 1024
COMMAND_TRIGGER_BYTES = (1, 128)
COMMAND_MAX_BYTES = dict(request_url=1024, display_name=64, description=128)
COMMAND_MAX_CHARACTERS = dict(username=64, icon_url=1024, autocomplete_hint=1024, autocomplete_description=1024)


def to_text(value):
    """A value as text: bytes decoded as UTF-8 (undecodable bytes kept as surrogates), anything else
    as str() makes it. Ansible's converter does the same; this module imports nothing from Ansible,
    so that _lookup (and the callback plugin and event sources through it) can do without."""
    if isinstance(value, bytes):
        return value.decode('utf-8', 'surrogateescape')
    return value if isinstance(value, str) else str(value)


def is_id(value):
    return bool(value) and bool(ID.match(value))


def byte_length(value):
    """Length as the server's Go code counts it (len of a string: bytes)."""
    return len(to_text(value).encode('utf-8', 'surrogateescape'))


def is_http_url(value):
    """The server's model.IsValidHTTPURL: http:// or https://, then a host; no space in it."""
    if not (value.startswith('http://') or value.startswith('https://')) or WHITESPACE.search(value):
        return False
    try:
        parts = urlsplit(value)
    except ValueError:  # an invalid IPv6 address
        return False
    return bool(parts.hostname)


def unique_sorted(value):
    """A list compared without regard to order or duplicates (trigger words, callback URLs)."""
    return sorted(set(to_text(item) for item in value or []))


def length_problems(params, prefix='', byte_limits=None, character_limits=None):
    """The options of `params` that are longer than the server allows: in bytes (the model's
    checks) or in characters (the database columns). A list is counted as its items joined by ', '."""
    problems = []
    for limits, length, unit in ((byte_limits, byte_length, 'bytes'), (character_limits, len, 'characters')):
        for option, limit in sorted((limits or {}).items()):
            value = params.get(option)
            if isinstance(value, list):
                value = ', '.join(value)
            if value is not None and length(to_text(value)) > limit:
                problems.append('%s must have at most %d %s' % (path_of(prefix, option), limit, unit))
    return problems


def id_problems(value, where='id'):
    if value is not None and not is_id(value):
        return ['%s %r is not a Mattermost id (26 lowercase letters and digits)' % (where, value)]
    return []


def not_empty_problems(value, where):
    """For an option that names something: given as '', it names nothing."""
    return ['%s cannot be empty' % where] if value == '' else []


def team_name_problems(name, where='name', reserved=True):
    """The server's rules for a team name; `reserved=False` leaves out the reserved words, for a team
    named before a word was reserved (which can still be archived)."""
    if not TEAM_NAME_LENGTH[0] <= len(name) <= TEAM_NAME_LENGTH[1] or not TEAM_NAME.match(name):
        return ["%s %r is not a valid team name: 2 to 64 lowercase letters, digits and hyphens, starting and ending "
                "with a letter or a digit" % (where, name)]
    if reserved and name.startswith(RESERVED_TEAM_NAME_PREFIXES):
        return ["%s %r starts with a word the server reserves (%s)" % (
            where, name, ', '.join(prefix for prefix in RESERVED_TEAM_NAME_PREFIXES if name.startswith(prefix)))]
    return []


def team_display_name_problems(display_name, where='display_name'):
    low, high = TEAM_DISPLAY_NAME_CHARACTERS
    if display_name is not None and not low <= len(display_name) <= high:
        return ['%s must have %d to %d characters' % (where, low, high)]
    return []


def channel_name_problems(name, where='name'):
    if len(name) > CHANNEL_NAME_MAX_LENGTH or not CHANNEL_NAME.match(name):
        return ["%s %r is not a valid channel name: 1 to 64 lowercase letters, digits, hyphens and underscores, "
                "starting with a letter or a digit" % (where, name)]
    if DIRECT_CHANNEL_NAME.match(name) or GROUP_CHANNEL_NAME.match(name):
        return ["%s %r is the name of a direct or group message channel" % (where, name)]
    return []


def username_problems(username, where='username'):
    """The server's rules for a username (lowercased already: the server lowercases them)."""
    if username is None:
        return []
    if not 1 <= len(username) <= USERNAME_MAX_LENGTH or not USERNAME.match(username):
        return ["%s %r is not a valid username: 1 to %d lowercase letters, digits, dots, hyphens and underscores"
                % (where, username, USERNAME_MAX_LENGTH)]
    if username in RESTRICTED_USERNAMES:
        return ["%s %r is a name the server reserves (%s)" % (where, username, ', '.join(RESTRICTED_USERNAMES))]
    return []


def override_username_problems(username, where='username'):
    """The name an incoming webhook's posts show: the characters of a username, not a reserved one."""
    if username and (not USERNAME.match(username) or username in RESTRICTED_USERNAMES):
        return ["%s %r is not valid for an incoming webhook: lowercase letters, digits, '.', '-' and '_', "
                "and not one of %s" % (where, username, ', '.join(RESTRICTED_USERNAMES))]
    return []


def system_roles(value):
    """The system roles of an account ('system_user system_admin' or a list) as a sorted list, with
    system_user added when neither system_user nor system_guest is in it."""
    if value is None:
        value = []
    elif not isinstance(value, (list, tuple, set)):
        value = re.split(r'[\s,]+', to_text(value))
    roles = set(to_text(role).strip() for role in value) - {''}
    if not roles & set(BASE_ROLES):
        roles.add('system_user')
    return sorted(roles)


def roles_problems(roles, where='roles'):
    """Why a list of system role names is refused."""
    if roles is None:
        return []
    bad = [role for role in roles if not ROLE_NAME.match(role)]
    if bad:
        return ['%s: %s not a role name (lowercase letters, digits and underscores)' % (
            where, ', '.join(repr(role) for role in bad) + (' is' if len(bad) == 1 else ' are'))]
    if len(' '.join(system_roles(roles))) > ROLES_MAX_LENGTH:
        return ['%s must have at most %d characters together' % (where, ROLES_MAX_LENGTH)]
    return []


def email_problems(email, where='email'):
    if email is not None and not EMAIL.match(email):
        return ['%s %r is not an e-mail address (such as alice@example.com)' % (where, email)]
    return []


def locale_problems(locale, where='locale'):
    if locale is not None and (len(locale) > LOCALE_MAX_LENGTH or not LOCALE.match(locale)):
        return ['%s %r is not a language code such as en, de or pt-BR' % (where, locale)]
    return []


def password_problems(password, where='password'):
    if password is not None and not PASSWORD_BYTES[0] <= byte_length(password) <= PASSWORD_BYTES[1]:
        return ['%s must have %d to %d bytes' % ((where,) + PASSWORD_BYTES)]
    return []


def names_problems(names, where, what='name'):
    """A list of names (teams of an account) with an empty one."""
    if any(not name for name in names or ()):
        return ['%s cannot have an empty %s' % (where, what)]
    return []


def http_urls_problems(urls, where):
    """URLs the server would not call: not http:// or https://, or without a host."""
    bad = [url for url in urls or () if not is_http_url(url)]
    if bad:
        return ['%s must be http:// or https:// URLs with a host, not %s' % (where, ', '.join(repr(url) for url in bad))]
    return []


def http_url_problems(url, where):
    if url is not None and not is_http_url(url):
        return ['%s must be an http:// or https:// URL with a host, not %r' % (where, url)]
    return []


def list_bytes_problems(values, where, limit):
    """A list the server checks as Go prints it ("[a b c]") against `limit` bytes."""
    if values is not None and byte_length('[%s]' % ' '.join(unique_sorted(values))) > limit:
        return ['%s must have at most %d bytes together' % (where, limit - 2)]
    return []


def nearest(name, names, count=3):
    """The names most like `name`, without regard to case."""
    by_lower = dict((candidate.lower(), candidate) for candidate in names)
    return [by_lower[match] for match in difflib.get_close_matches(name.lower(), list(by_lower), n=count, cutoff=0.6)]


def did_you_mean(name, names):
    """' (did you mean A or B?)' with the names most like `name`, or '' when none is close."""
    close = nearest(name, names)
    return ' (did you mean %s?)' % ' or '.join(close) if close else ''


# The characters the server drops from names and display texts before storing them
# (model.SanitizeUnicode, filterBlocklist): a value holding one would differ from the stored one on
# every run.
SERVER_DROPPED_CHARACTERS = re.compile('[\u0340\u0341\u17a3\u17d3\u2028\u2029\u202a-\u202e\u206a-\u206f'
                                       '\ufff9-\ufffc\ufeff]')


def as_stored(value):
    """A text as the server stores it: without SERVER_DROPPED_CHARACTERS."""
    return SERVER_DROPPED_CHARACTERS.sub('', value)
