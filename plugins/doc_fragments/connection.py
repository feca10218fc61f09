# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type


class ModuleDocFragment(object):
    # The connection options of every module. Their argument spec is ARGUMENT_SPEC in
    # plugins/module_utils/_connection.py: change both together.
    DOCUMENTATION = r'''
requirements:
  - requests
options:
  url:
    description:
      - The address of the Mattermost server, with its scheme, for example V(https://chat.example.com) or V(http://127.0.0.1:8065).
      - A server below a sub-path is given with it, for example V(https://example.com/mattermost); the API is at C(/api/v4) below it.
      - If not set, the value of the E(MATTERMOST_URL) environment variable is used.
      - >-
        No redirect is followed: a server that answers with one (HTTP 301, 302, 307, 308, for instance from V(http://) to
        V(https://)) fails the task with "the server redirected to X"; give the address the server answers at. Following it
        would send the token, the session cookie or O(login_password) to wherever the redirect points.
      - A user name or password in the URL (V(https://user:password@...)) is refused; log in with O(token) or O(login_id).
      - >-
        To give the connection options once for every module of the collection, set them for the action group:
        C(module_defaults: {group/chatops.mattermost.mattermost: {url: https://chat.example.com, token: "{{ mattermost_token }}"}}).
      - One of O(url) and O(local_socket) is required; they are mutually exclusive.
    type: str
  token:
    description:
      - A personal access token, a bot account's token or a session token.
      - If not set, the value of the E(MATTERMOST_TOKEN) environment variable is used.
      - >-
        White space around it is dropped (a C(token: |) block or a vault value ends with a newline); any other space,
        control character or character outside ASCII fails the task before any request, without showing the token.
      - One of O(token) and O(login_id) is required; they are mutually exclusive (a value from the environment counts as given).
    type: str
  login_id:
    description:
      - Log in with this username or e-mail address and O(login_password) instead of a token.
      - If not set, the value of the E(MATTERMOST_LOGIN_ID) environment variable is used.
    type: str
  login_password:
    description:
      - The password of O(login_id).
      - The session this login opens is logged out when the task ends.
      - If not set, the value of the E(MATTERMOST_PASSWORD) environment variable is used.
      - Named like the C(login_password) of other collections' modules, so that C(password) can be the password of the
        account a module manages (M(chatops.mattermost.mattermost_user)).
    type: str
  mfa_token:
    description:
      - The current multi-factor authentication code of O(login_id), when its account uses MFA.
    type: str
  validate_certs:
    description:
      - Check the server's TLS certificate. Set to V(false) only for a test server with a self-signed certificate.
      - If not set, the value of the E(MATTERMOST_VALIDATE_CERTS) environment variable is used.
    type: bool
    default: true
  ca_path:
    description:
      - A file with the certificate authorities to check the server's certificate with, instead of the system's.
      - If not set, the value of the E(MATTERMOST_CA_PATH) environment variable is used.
    type: path
  client_cert:
    description:
      - A TLS client certificate (PEM) to present to the server, with its key unless O(client_key) is set.
      - If not set, the value of the E(MATTERMOST_CLIENT_CERT) environment variable is used.
    type: path
  client_key:
    description:
      - The private key (PEM) of O(client_cert).
      - If not set, the value of the E(MATTERMOST_CLIENT_KEY) environment variable is used.
    type: path
  proxy:
    description:
      - >-
        The URL of an HTTP(S) or SOCKS proxy, for example V(http://proxy.example.com:3128) or V(socks5h://proxy:1080)
        (SOCKS needs the C(PySocks) Python library).
      - A user name and password in it (V(http://user:password@proxy:3128)) are kept out of the task's output.
      - If not set, the value of the E(MATTERMOST_PROXY) environment variable is used; without it, the E(HTTPS_PROXY) and
        E(HTTP_PROXY) environment variables apply.
    type: str
  request_timeout:
    description:
      - Seconds to wait for each answer of the server, more than V(0) and at most V(86400).
    type: float
    default: 30
  retries:
    description:
      - How many times a request is resent when the server is rate limiting (HTTP 429) or briefly unavailable (HTTP 502, 503, 504,
        or no connection). A request that creates something (POST) is only resent after HTTP 429.
      - V(0) disables retries; at most V(100).
    type: int
    default: 3
  local_socket:
    description:
      - >-
        The path of the server's local-mode socket, to reach the server without a URL or a credential, on the host of the
        server (run the task there, with the server in C(hosts) or with C(delegate_to)). For a server just installed, which
        has no user yet, the first admin and its token are made this way (see the bootstrap play in the collection's README).
      - >-
        The server listens there when local mode is enabled (C(ServiceSettings.EnableLocalMode), or the environment
        variable E(MM_SERVICESETTINGS_ENABLELOCALMODE=true)); the path is C(ServiceSettings.LocalModeSocketLocation),
        V(/var/tmp/mattermost_local.socket) by default. The socket is only for the user the server runs as (file mode
        0600); run the task as that user (C(become_user)) or as root.
      - >-
        Over the socket the server acts as a system admin with no user, and what needs a logged in user is refused before
        any request (posting through the API, waiting for events, paths with C(me)), and so is a route the server does
        not serve over the socket (custom emoji, posts, the teams of a user...), with a message saying to use O(url) with
        a token instead.
      - >-
        Mutually exclusive with O(url), O(token) and O(login_id). O(validate_certs), O(ca_path), O(client_cert),
        O(client_key) and O(proxy) do not apply.
      - If not set, the value of the E(MATTERMOST_LOCAL_SOCKET) environment variable is used.
    type: path
attributes:
  action_group:
    description: Use C(group/chatops.mattermost.mattermost) in C(module_defaults) to set the connection options of the modules.
    support: full
    membership:
      - chatops.mattermost.mattermost
notes:
  - >-
    The connection options (O(url), O(token), ...) can be set for every module of the collection at once with
    C(module_defaults) and the action group C(group/chatops.mattermost.mattermost), or with the E(MATTERMOST_URL),
    E(MATTERMOST_TOKEN), E(MATTERMOST_LOGIN_ID), E(MATTERMOST_PASSWORD) and E(MATTERMOST_LOCAL_SOCKET) environment variables,
    and the TLS and proxy options with E(MATTERMOST_VALIDATE_CERTS), E(MATTERMOST_CA_PATH), E(MATTERMOST_CLIENT_CERT),
    E(MATTERMOST_CLIENT_KEY) and E(MATTERMOST_PROXY) (the notify callback's too).
    An empty variable counts as not set, as an AWX credential sets them (the collection's docs/awx.md).
  - >-
    A connection option written under a name other modules use for it (such as C(password), C(login_user), C(api_key),
    C(validate_cert) or C(ca_cert)), where the module has no option of that name, fails with the name to write instead,
    and without showing the value given.
  - >-
    Secrets given in options are kept out of the task's output, but a value a module returns by design is not masked:
    use C(no_log: true) on tasks that create a personal access token (M(chatops.mattermost.mattermost_access_token)),
    a webhook or slash command whose result holds its token or hook URL, and on M(chatops.mattermost.mattermost_api)
    requests whose answer holds a secret (a token created, a config read with secrets shown).
  - >-
    Names and ids that go into a request's path are checked first: an empty name, V(.), V(..), or a name with C(/),
    C(\), C(%), C(?), C(#) or a control character fails the task before any request, and so does an id that is not
    26 letters and digits.
  - >-
    The modules run where the task runs (usually C(localhost), with C(delegate_to) or C(connection: local)) and need
    the C(requests) Python library there.
  - >-
    Supports Mattermost 9.9 and newer: every option is tested against Mattermost 9.9.0 and 11.4, and none needs a newer
    server than 9.9 unless this page says so.
'''

    # The same connection options for plugins (the lookup chatops.mattermost.mattermost), which take
    # their environment variables and variables from `env:` and `vars:` entries rather than from a
    # spec's fallback: chatops.mattermost.connection.plugin. Names, types and defaults are those of
    # ARGUMENT_SPEC too (tests/unit checks both fragments against it).
    PLUGIN = r'''
requirements:
  - requests
options:
  url:
    description:
      - The address of the Mattermost server, with its scheme, for example V(https://chat.example.com).
      - One of O(url) and O(local_socket) is required.
    type: str
    env:
      - name: MATTERMOST_URL
    vars:
      - name: ansible_mattermost_url
  token:
    description:
      - A personal access token, a bot account's token or a session token.
      - One of O(token) and O(login_id) is required; they are mutually exclusive.
    type: str
    env:
      - name: MATTERMOST_TOKEN
    vars:
      - name: ansible_mattermost_token
  login_id:
    description:
      - Log in with this username or e-mail address and O(login_password) instead of a token.
    type: str
    env:
      - name: MATTERMOST_LOGIN_ID
    vars:
      - name: ansible_mattermost_login_id
  login_password:
    description:
      - The password of O(login_id).
      - The session this login opens is logged out when the task ends.
    type: str
    env:
      - name: MATTERMOST_PASSWORD
    vars:
      - name: ansible_mattermost_login_password
  mfa_token:
    description:
      - The current multi-factor authentication code of O(login_id), when its account uses MFA.
    type: str
  validate_certs:
    description:
      - Check the server's TLS certificate. Set to V(false) only for a test server with a self-signed certificate.
    type: bool
    default: true
    env:
      - name: MATTERMOST_VALIDATE_CERTS
    vars:
      - name: ansible_mattermost_validate_certs
  ca_path:
    description:
      - A file with the certificate authorities to check the server's certificate with, instead of the system's.
    type: path
    env:
      - name: MATTERMOST_CA_PATH
    vars:
      - name: ansible_mattermost_ca_path
  client_cert:
    description:
      - A TLS client certificate (PEM) to present to the server, with its key unless O(client_key) is set.
    type: path
    env:
      - name: MATTERMOST_CLIENT_CERT
  client_key:
    description:
      - The private key (PEM) of O(client_cert).
    type: path
    env:
      - name: MATTERMOST_CLIENT_KEY
  proxy:
    description:
      - The URL of an HTTP(S) proxy. If neither it nor E(MATTERMOST_PROXY) is set, the E(HTTPS_PROXY) and E(HTTP_PROXY)
        environment variables apply.
    type: str
    env:
      - name: MATTERMOST_PROXY
  request_timeout:
    description:
      - Seconds to wait for each answer of the server, more than V(0) and at most V(86400).
    type: float
    default: 30
  retries:
    description:
      - How many times a request is resent when the server is rate limiting (HTTP 429) or briefly unavailable.
      - V(0) disables retries; at most V(100).
    type: int
    default: 3
  local_socket:
    description:
      - The path of the server's local-mode socket, on the host of the server, instead of O(url) and a credential (see the
        modules' O(local_socket)).
    type: path
    env:
      - name: MATTERMOST_LOCAL_SOCKET
    vars:
      - name: ansible_mattermost_local_socket
notes:
  - >-
    The connection options can be given as the lookup's keyword arguments, as the variables
    C(ansible_mattermost_url), C(ansible_mattermost_token), ... (inventory or play variables), or as the E(MATTERMOST_URL),
    E(MATTERMOST_TOKEN), E(MATTERMOST_LOGIN_ID), E(MATTERMOST_PASSWORD), E(MATTERMOST_VALIDATE_CERTS), E(MATTERMOST_CA_PATH),
    E(MATTERMOST_CLIENT_CERT), E(MATTERMOST_CLIENT_KEY), E(MATTERMOST_PROXY) and E(MATTERMOST_LOCAL_SOCKET) environment
    variables of the controller, the same as the modules'. An empty variable counts as not set.
  - >-
    Supports Mattermost 9.9 and newer: every option is tested against Mattermost 9.9.0 and 11.4, and none needs a newer
    server than 9.9 unless this page says so.
'''
