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
