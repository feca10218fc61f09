# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""The driver's options for the collection's connection options, in one place.

The modules, the lookup, the notify callback and the event source all take the same connection
options (plugins/doc_fragments/connection.py); this maps them onto the driver's, which keeps
mattermostdriver's names (`password`, `verify`). No Ansible import: the event source runs under
ansible-rulebook.
"""

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import os

# The environment variable of each connection option, for the modules, the lookup and the event source (the TLS and
# proxy ones are the notify callback's names too; its documentation declares them for Ansible's configuration).
ENVIRONMENT = dict(
    url='MATTERMOST_URL',
    token='MATTERMOST_TOKEN',
    login_id='MATTERMOST_LOGIN_ID',
    login_password='MATTERMOST_PASSWORD',
    validate_certs='MATTERMOST_VALIDATE_CERTS',
    ca_path='MATTERMOST_CA_PATH',
    client_cert='MATTERMOST_CLIENT_CERT',
    client_key='MATTERMOST_CLIENT_KEY',
    proxy='MATTERMOST_PROXY',
    local_socket='MATTERMOST_LOCAL_SOCKET',
)


def from_environment(variable):
    """The value of the environment variable, None when it is not set or empty: a credential of AWX or of EDA
    controller (docs/awx.md) sets every variable its injectors name, empty for an input left blank."""
    return os.environ.get(variable) or None


# The driver's option for each connection option of a password login.
PASSWORD_LOGIN = (('login_id', 'login_id'), ('password', 'login_password'), ('mfa_token', 'mfa_token'))


def driver_options(params, **extra):
    """The driver's options for the connection options in `params`, plus `extra` driver options. A
    plugin that logs in with a token only (the notify callback) leaves out login_id, login_password
    and mfa_token, and the driver keeps its defaults for them."""
    options = dict(
        (option, params[name]) for option, name in PASSWORD_LOGIN if name in params
    )
    options.update(
        # Over the local-mode socket the URL is not used (the driver's default host name stands in).
        url=params['url'] or 'localhost',
        token=params['token'],
        # A CA file is also a yes: the driver hands `verify` to requests as it is.
        verify=(params['ca_path'] or True) if params['validate_certs'] else False,
        client_cert=params['client_cert'],
        client_key=params['client_key'],
        proxy=params['proxy'],
        request_timeout=params['request_timeout'],
        retries=params['retries'],
    )
    if params.get('local_socket'):
        options['local_socket'] = params['local_socket']
    options.update(extra)
    return options
