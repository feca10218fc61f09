# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Mattermost API v4 driver, successor of mattermostdriver 7.3.2. Imports nothing from Ansible.

A module checks REQUESTS_IMPORT_ERROR (and WEBSOCKETS_IMPORT_ERROR for events) and reports it with
missing_required_lib; both are None when the library imports.
"""

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

from .client import REQUESTS_IMPORT_ERROR, Client
from .driver import Driver
from .exceptions import (
    ConnectionFailure, ContentTooLarge, FeatureDisabled, InvalidOrMissingParameters, MattermostError, MethodNotAllowed,
    NoAccessTokenProvided, NotEnoughPermissions, ResourceNotFound, ServerError, TooManyRequests, UnexpectedResponse,
    error_for_response,
)

# The websocket's names load the websockets library and asyncio on first use (PEP 562), which
# would otherwise double the cost of importing the driver for code that never listens to events.
WEBSOCKET_NAMES = frozenset(('RESUME_FAILED', 'WEBSOCKETS_IMPORT_ERROR', 'EventStream', 'Websocket'))


def __getattr__(name):
    if name in WEBSOCKET_NAMES:
        from . import websocket
        return getattr(websocket, name)
    raise AttributeError(f'module {__name__!r} has no attribute {name!r}')


def __dir__():
    return sorted(set(globals()) | WEBSOCKET_NAMES)


# The websocket's names are in __all__ though __getattr__ gives them: `from ... import *` still has them.
# pylint: disable=undefined-all-variable
__all__ = (
    'REQUESTS_IMPORT_ERROR', 'WEBSOCKETS_IMPORT_ERROR', 'RESUME_FAILED', 'Client', 'Driver', 'EventStream', 'Websocket',
    'ConnectionFailure', 'ContentTooLarge', 'FeatureDisabled', 'InvalidOrMissingParameters', 'MattermostError',
    'MethodNotAllowed', 'NoAccessTokenProvided', 'NotEnoughPermissions', 'ResourceNotFound', 'ServerError',
    'TooManyRequests', 'UnexpectedResponse', 'error_for_response',
)
# pylint: enable=undefined-all-variable
