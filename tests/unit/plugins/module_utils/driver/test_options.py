# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type


import pytest


from ansible_collections.chatops.mattermost.plugins.module_utils.driver import options as options_module
from ansible_collections.chatops.mattermost.plugins.module_utils.driver.options import (
    DEFAULT_OPTIONS, backoff_delay, build_options, server_url,
)


def test_defaults_keep_every_mattermostdriver_option():
    import mattermostdriver  # a test requirement: missing, this test fails
    original = mattermostdriver.Driver.default_options
    assert {key: DEFAULT_OPTIONS[key] for key in original} == original
    assert {key: DEFAULT_OPTIONS[key] for key in set(DEFAULT_OPTIONS) - set(original)} == {
        'proxy': None, 'client_cert': None, 'client_key': None, 'retries': 3, 'retry_backoff': 0.5,
        'retry_max_wait': 30, 'local_socket': None,
    }


def test_host_name_keeps_scheme_port_and_basepath_options():
    options = build_options({'url': 'chat.example.com', 'scheme': 'http', 'port': 8080})
    assert (options['scheme'], options['url'], options['port'], options['basepath']) == (
        'http', 'chat.example.com', 8080, '/api/v4')
    assert server_url(options) == 'http://chat.example.com:8080'


def test_full_url_sets_scheme_host_port_and_sub_path():
    options = build_options({'url': 'https://chat.example.com:8443/mattermost/', 'scheme': 'http', 'port': 1})
    assert (options['scheme'], options['url'], options['port'], options['basepath']) == (
        'https', 'chat.example.com', 8443, '/mattermost/api/v4')


@pytest.mark.parametrize('url, scheme, port', [
    ('https://chat.example.com', 'https', 443),
    ('http://chat.example.com/', 'http', 80),
])
def test_full_url_without_port_takes_the_scheme_default_port(url, scheme, port):
    options = build_options({'url': url, 'port': 8065})
    assert (options['scheme'], options['url'], options['port'], options['basepath']) == (
        scheme, 'chat.example.com', port, '/api/v4')


def test_ipv6_url():
    options = build_options({'url': 'http://[::1]:8065'})
    assert options['url'] == '::1'
    assert server_url(options) == 'http://[::1]:8065'


@pytest.mark.parametrize('url', ['ftp://chat.example.com', 'https://', 'https:///path'])
def test_invalid_url(url):
    with pytest.raises(ValueError, match='url must be'):
        build_options({'url': url})


def test_build_options_is_idempotent_and_copies():
    options = build_options({'url': 'https://chat.example.com/mm'})
    assert build_options(options) == options
    assert build_options(options) is not options
    assert DEFAULT_OPTIONS['url'] == 'localhost'


def test_backoff_delay_is_full_jitter_under_the_cap(monkeypatch):
    bounds = []
    monkeypatch.setattr(options_module.random, 'uniform', lambda low, high: bounds.append((low, high)) or high)
    assert [backoff_delay(attempt, 0.5, 3) for attempt in range(5)] == [0.5, 1, 2, 3, 3]
    assert all(low == 0 for low, high in bounds)


SECRET = 'abcdefghijklmnopqrstuvwxyz'


@pytest.mark.parametrize('options, message', [
    ({'token': SECRET + '\x00'}, 'token holds a space, a control character'),
    ({'token': 'abc' + SECRET + '\u00e9'}, 'token holds a space, a control character'),
    ({'token': 'ab c' + SECRET}, 'token holds a space'),
    ({'url': 'https://bob:' + SECRET + '@chat.example.com'}, 'url must not hold a user name or password'),
    ({'url': 'https://chat.example.com:99999'}, 'url is not a URL'),
    ({'url': 'https://chat.example.com/\n' + SECRET}, 'url holds a space or a control character'),
    ({'url': 'ftp://chat.example.com'}, 'url must be a host name or an http(s)://host[:port][/path] URL'),
    ({'proxy': 'proxy.example.com:' + SECRET}, 'proxy must be an http, https, socks4 or socks5(h)'),
    ({'proxy': 'gopher://u:' + SECRET + '@proxy'}, 'proxy must be an http, https, socks4 or socks5(h)'),
    ({'client_cert': '/nowhere/' + SECRET}, 'client_cert names no readable file'),
    ({'client_key': '/nowhere/' + SECRET}, 'client_key names no readable file'),
    ({'verify': '/nowhere/' + SECRET}, 'the CA bundle (ca_path, verify) names no file or directory'),
    ({'request_timeout': 0}, 'request_timeout must be a number of seconds greater than 0 and at most 86400'),
    ({'request_timeout': -1}, 'request_timeout must be a number of seconds greater than 0'),
    ({'request_timeout': float('nan')}, 'request_timeout must be a number of seconds greater than 0'),
    ({'request_timeout': float('inf')}, 'request_timeout must be a number of seconds greater than 0'),
    ({'request_timeout': 1e308}, 'request_timeout must be a number of seconds greater than 0'),
    ({'request_timeout': '30'}, 'request_timeout must be a number of seconds'),
    ({'retry_backoff': -0.5}, 'retry_backoff must be a number of seconds at least 0'),
    ({'retries': -1}, 'retries must be a whole number from 0 to 100'),
])
def test_bad_options_are_refused_by_name_without_their_value(options, message):
    with pytest.raises(ValueError) as raised:
        build_options(dict({'url': 'https://chat.example.com'}, **options))
    assert message in str(raised.value)
    assert SECRET not in str(raised.value)


def test_surrounding_white_space_of_the_token_and_urls_is_dropped():
    options = build_options({'url': ' https://chat.example.com\n', 'token': SECRET + '\n', 'proxy': ' socks5h://proxy:1080 '})
    assert (options['url'], options['token'], options['proxy']) == ('chat.example.com', SECRET, 'socks5h://proxy:1080')


def test_proxy_credentials_are_allowed(tmp_path):
    cert = tmp_path / 'client.pem'
    cert.write_text('cert')
    options = build_options({'url': 'https://chat.example.com', 'proxy': 'http://u:p@proxy:3128', 'client_cert': str(cert),
                             'request_timeout': 0.5, 'retries': 0})
    assert options['proxy'] == 'http://u:p@proxy:3128'


def test_safe_url_shows_no_credentials_query_or_fragment():
    assert options_module.safe_url('https://u:p@evil.example.com:8443/api/v4/users/me?token=x#y') == (
        'https://evil.example.com:8443/api/v4/users/me')
