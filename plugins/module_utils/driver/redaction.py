# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""What is kept out of logs, traces and error messages: secret values of JSON bodies and headers,
and the ids of incoming webhooks in URLs (anyone who knows one can post to its channel)."""

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import json
import re

REDACTED = '********'
# Redacted JSON keys: any *password, *token or *secret (config's SMTPPassword too), and one-time codes.
SECRET_KEY_SUFFIXES = ('password', 'token', 'secret')
SECRET_CODE_KEYS = frozenset(('code', 'mfa_code', 'login_code', 'code_verifier'))
SECRET_HEADERS = frozenset(('authorization', 'cookie', 'set-cookie', 'token'))
# /hooks/<id> (posting through the webhook) and /api/v4/hooks/incoming/<id> (managing it).
INCOMING_WEBHOOK_ID = re.compile(r'(/hooks/(?:incoming/)?)[a-z0-9]{26}(?=[/?#]|$)')


def is_secret_key(key):
    key = str(key).lower()
    return key.endswith(SECRET_KEY_SUFFIXES) or key in SECRET_CODE_KEYS


def redact(value):
    """A copy of decoded JSON (or a form) with the values of secret keys replaced."""
    if isinstance(value, dict):
        return {key: REDACTED if is_secret_key(key) else redact(item) for key, item in value.items()}
    if isinstance(value, list):
        return [redact(item) for item in value]
    return value


def redact_headers(headers):
    return {name: REDACTED if name.lower() in SECRET_HEADERS else value for name, value in headers.items()}


def redact_url(url):
    """The URL (or path) with the id of an incoming webhook replaced."""
    return INCOMING_WEBHOOK_ID.sub(lambda match: match.group(1) + REDACTED, url) if url else url


# A webhook id anywhere in a text (an exception's message names the URL it failed on), and the
# credentials that an Authorization header or a URL's user:password part would show.
INCOMING_WEBHOOK_ID_IN_TEXT = re.compile(r'(/hooks/(?:incoming/)?)[a-z0-9]{26}(?![a-z0-9])')
BEARER = re.compile(r'(Bearer|Basic)(\s|\\x20|%20)+[^\s\'",)]+', re.IGNORECASE)
URL_CREDENTIALS = re.compile(r'(\b[a-z][a-z0-9+.-]*://)[^/\s@\'"]+@', re.IGNORECASE)


def redact_text(text, secrets=()):
    """A message (an exception's text) with webhook ids, Authorization values, the credentials of
    URLs and each of `secrets` (as written, and as repr() escapes it) replaced."""
    text = str(text)
    for secret in secrets:
        if secret:
            for form in (secret, repr(secret)[1:-1], secret.strip()):
                if form:
                    text = text.replace(form, REDACTED)
    text = BEARER.sub(lambda match: match.group(1) + ' ' + REDACTED, text)
    text = URL_CREDENTIALS.sub(lambda match: match.group(1) + REDACTED + '@', text)
    return INCOMING_WEBHOOK_ID_IN_TEXT.sub(lambda match: match.group(1) + REDACTED, text)


def secret_values(value, under_secret_key=False):
    """The values (as strings) that redact() would replace in decoded JSON: every scalar under a secret
    key, at any depth, for callers that mask by value (Ansible's no_log_values)."""
    found = set()
    if isinstance(value, dict):
        for key, item in value.items():
            found |= secret_values(item, under_secret_key or is_secret_key(key))
    elif isinstance(value, list):
        for item in value:
            found |= secret_values(item, under_secret_key)
    elif under_secret_key and value not in (None, '') and not isinstance(value, bool):
        found.add(str(value))
    return found


def request_secrets(body, path=''):
    """What a raw request (mattermost_api) must keep out of its output: the secret_values() of its body
    (JSON, or a string holding JSON) and the id of an incoming webhook in its path."""
    if isinstance(body, str):
        try:
            body = json.loads(body)
        except ValueError:
            body = None
    found = secret_values(body)
    found.update(match.group(0).rsplit('/', 1)[1] for match in INCOMING_WEBHOOK_ID_IN_TEXT.finditer(path or ''))
    return found
