# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Custom emoji: the server's name rules, reading images, what they compare by; a refusing server."""

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import hashlib
import os

import pytest
import responses

from ansible_collections.chatops.mattermost.plugins.module_utils._kinds.emoji import (
    Emoji, EmojiError, Image, fitted_size, image_header, name_problems,
)
from ansible_collections.chatops.mattermost.plugins.module_utils.driver import Driver

FILES = os.path.join(os.path.dirname(__file__), '..', '..', '..', '..', 'integration', 'targets', 'mattermost_emoji', 'files')
URL = 'https://chat.example.com:443'  # the driver's URL names the port


def image_file(name):
    return os.path.join(FILES, name)


@pytest.mark.parametrize('name', ['x1', 'shipit', 'ship-it_2+', 'Party', 'x' * 64])
def test_valid_names(name):
    assert name_problems(name) == []


@pytest.mark.parametrize('name', ['', 'has space', 'caf\u00e9', 'a:b', 'a.b', 'x' * 65])
def test_invalid_names(name):
    assert name_problems(name) == [
        "name %r is not a valid emoji name: 1 to 64 letters, digits, '-', '_' or '+'" % name]


@pytest.mark.parametrize('name', ['smile', '+1', '-1', '100', 'thumbsup'])
def test_system_emoji_names_are_refused_for_present_only(name):
    assert name_problems(name) == ["name %r is the name of one of the server's system emoji" % name]
    assert name_problems(name, present=False) == []


@pytest.mark.parametrize('name, header', [
    ('red.png', ('png', 32, 32)),
    ('wide.png', ('png', 300, 150)),
    ('tall.gif', ('gif', 100, 400)),
    ('green.jpg', ('jpeg', 24, 40)),
    ('huge.png', ('png', 1100, 20)),
])
def test_image_header(name, header):
    with open(image_file(name), 'rb') as image:
        assert image_header(image.read()) == header


@pytest.mark.parametrize('data', [b'', b'not an image', b'\x89PNG\r\n\x1a\n', b'\xff\xd8\xff\xd9', b'GIF8'])
def test_image_header_of_anything_else(data):
    assert image_header(data) == (None, 0, 0)


@pytest.mark.parametrize('size, fitted', [
    ((32, 32), (32, 32)), ((128, 128), (128, 128)), ((300, 150), (128, 64)), ((100, 400), (32, 128)),
    ((129, 129), (128, 128)), ((1028, 3), (128, 1)), ((200, 300), (85, 128)),
])
def test_fitted_size_is_the_servers(size, fitted):
    assert fitted_size(*size) == fitted


def test_a_small_image_compares_by_its_bytes_a_large_one_by_what_the_server_makes_of_it():
    red = Image.from_file(image_file('red.png'))
    with open(image_file('red.png'), 'rb') as image:
        assert red.fingerprint() == 'sha256:' + hashlib.sha256(image.read()).hexdigest()
    assert red.served_fingerprint(Image(b'served')) == 'sha256:' + hashlib.sha256(b'served').hexdigest()
    wide = Image.from_file(image_file('wide.png'))
    assert wide.fingerprint() == 'png 128x64'
    with open(image_file('blue.png'), 'rb') as image:
        assert wide.served_fingerprint(Image(image.read())) == 'png 32x32'
    assert Image.from_file(image_file('tall.gif')).fingerprint() == 'gif 32x128'


def params(**given):
    return dict(dict(name='shipit', src=image_file('red.png'), state='present'), **given)


def problems(**given):
    return Emoji.problems(Emoji.complete(params(**given)))


def test_problems():
    assert problems() == []
    assert problems(state='absent', src=None) == []
    assert problems(name='smile', src=image_file('huge.png')) == [
        "name 'smile' is the name of one of the server's system emoji",
        'src %s is 1100x20 pixels: the server takes emoji images up to 1028x1028' % image_file('huge.png')]
    assert problems(src=None) == ['src is required with state=present']


def test_problems_name_the_options_by_their_path():
    assert Emoji.problems(Emoji.complete(dict(name='smile', src=None)), 'emoji[2]') == [
        "emoji[2].name 'smile' is the name of one of the server's system emoji",
        'emoji[2].src is required with emoji[2].state=present']
    assert Emoji.problems(Emoji.complete(dict(name='shipit', src=image_file('huge.png'))), 'emoji[0]') == [
        'emoji[0].src %s is 1100x20 pixels: the server takes emoji images up to 1028x1028' % image_file('huge.png')]


def test_files_the_server_refuses(tmp_path):
    big = tmp_path / 'big.png'
    with open(image_file('red.png'), 'rb') as image:
        big.write_bytes(image.read() + b'\0' * (1 << 19))
    text = tmp_path / 'text.png'
    text.write_bytes(b'hello')
    assert problems(src=str(big)) == [
        'src %s has %d bytes: the server takes emoji images under 512 KiB' % (big, big.stat().st_size)]
    assert problems(src=str(text)) == ['src %s is not a PNG, GIF or JPEG image' % text]
    assert problems(src=str(tmp_path)) == ['src %s is not a file' % tmp_path]


@responses.activate
def test_custom_emoji_turned_off_says_what_to_turn_on():
    responses.add(responses.GET, URL + '/api/v4/emoji/name/shipit', status=501, json={
        'id': 'api.emoji.disabled.app_error', 'message': 'Custom emoji have been disabled by the system admin.',
        'request_id': 'r' * 26, 'status_code': 501})
    emoji = Emoji(params(), Driver({'url': URL, 'token': 't'}))
    with pytest.raises(EmojiError) as refused:
        emoji.ensure()
    assert refused.value.msg == (
        'custom emoji are turned off on the server: an admin can turn on ServiceSettings.EnableCustomEmoji '
        '(System Console > Site Configuration > Emoji) (HTTP 501, request id %s)' % ('r' * 26))
    assert refused.value.result == dict(status=501, error_id='api.emoji.disabled.app_error', request_id='r' * 26)
    assert [(call.request.method, call.request.url) for call in responses.calls] == [
        ('GET', URL + '/api/v4/emoji/name/shipit')]
