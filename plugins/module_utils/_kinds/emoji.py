# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Custom emoji: the name rules, the local image, and how it compares with the server's copy.

The server stores an image of at most 128x128 pixels byte for byte, and serves those bytes again
(GET /emoji/{id}/image): such an image compares by its SHA-256. A larger image (up to 1028x1028)
is scaled down to fit 128x128 and encoded again (as GIF if the file name ends in .gif, as PNG
otherwise), which cannot be repeated here: it compares by the format and size the server makes of
it, so a different picture of the same size and format is not seen as a change.
The server has no request that changes an emoji: a different image is deleted and created again.
"""

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import hashlib
import os
import re
import struct

from ansible_collections.chatops.mattermost.plugins.module_utils._errors import Failure, error_result, path_of
from ansible_collections.chatops.mattermost.plugins.module_utils._lookup import found
from ansible_collections.chatops.mattermost.plugins.module_utils._resource import Field, Resource, state_argument_spec
from ansible_collections.chatops.mattermost.plugins.module_utils._kinds.system_emoji_names import SYSTEM_EMOJI_NAMES
from ansible_collections.chatops.mattermost.plugins.module_utils.driver import MattermostError

# The server's rules (server/public/model/emoji.go and utils.go, app/emoji.go and api4/emoji.go).
EMOJI_NAME = re.compile(r'^[a-zA-Z0-9+_-]{1,64}$')
MAX_FILE_BYTES = 1 << 19  # the whole request, so the file itself a little less
STORED_AS_IS = 128  # width and height up to which the image is kept byte for byte
MAX_SIDE = 1028  # the largest width or height the server takes
DISABLED_ERROR_ID = 'api.emoji.disabled.app_error'
DISABLED_MESSAGE = ('custom emoji are turned off on the server: an admin can turn on '
                    'ServiceSettings.EnableCustomEmoji (System Console > Site Configuration > Emoji)')


EMOJI_ARGUMENT_SPEC = dict(
    name=dict(type='str', required=True),
    src=dict(type='path'),
    **state_argument_spec(archivable=False)
)


class EmojiError(Failure):
    """An image the server cannot take, or a server that takes no custom emoji."""


def name_problems(name, present=True, where='name'):
    """What the server would refuse in an emoji name: letters, digits, '-', '_' and '+', 1 to 64 of
    them, and (for a name to create) none of the server's own emoji names."""
    if not EMOJI_NAME.match(name):
        return ["%s %r is not a valid emoji name: 1 to 64 letters, digits, '-', '_' or '+'" % (where, name)]
    if present and name in SYSTEM_EMOJI_NAMES:
        return ["%s %r is the name of one of the server's system emoji" % (where, name)]
    return []


class Image:
    """An image file's bytes, format and size in pixels."""

    def __init__(self, data, filename=None):
        self.data = data
        self.filename = filename
        self.format, self.width, self.height = image_header(data)

    @classmethod
    def from_file(cls, path, where='src'):
        """The image in the file `path`; EmojiError, naming the option by `where`, for one the server refuses."""
        if not os.path.isfile(path):
            raise EmojiError('%s %s is not a file' % (where, path))
        size = os.path.getsize(path)
        if size >= MAX_FILE_BYTES:
            raise EmojiError('%s %s has %d bytes: the server takes emoji images under 512 KiB' % (where, path, size))
        with open(path, 'rb') as image_file:
            data = image_file.read()
        image = cls(data, os.path.basename(path))
        if image.format is None:
            raise EmojiError('%s %s is not a PNG, GIF or JPEG image' % (where, path))
        if image.width > MAX_SIDE or image.height > MAX_SIDE:
            raise EmojiError('%s %s is %dx%d pixels: the server takes emoji images up to %dx%d' % (
                where, path, image.width, image.height, MAX_SIDE, MAX_SIDE))
        return image

    @property
    def stored_as_is(self):
        return self.width <= STORED_AS_IS and self.height <= STORED_AS_IS

    def fingerprint(self):
        """What the server's copy of this image is compared by (see the module's docstring)."""
        if self.stored_as_is:
            return sha256_fingerprint(self.data)
        return size_fingerprint(self.stored_format(), *fitted_size(self.width, self.height))

    def stored_format(self):
        """The server chooses GIF or PNG for a scaled image by the uploaded file's name."""
        return 'gif' if (self.filename or '').lower().endswith('.gif') else 'png'

    def served_fingerprint(self, served):
        """The fingerprint of `served` (an Image of the server's copy) compared with this one's."""
        if self.stored_as_is:
            return sha256_fingerprint(served.data)
        return size_fingerprint(served.format, served.width, served.height)


def sha256_fingerprint(data):
    return 'sha256:%s' % hashlib.sha256(data).hexdigest()


def size_fingerprint(image_format, width, height):
    return '%s %dx%d' % (image_format, width, height)


def fitted_size(width, height):
    """The size the server scales an image to (imaging.Fit into 128x128, keeping the aspect ratio)."""
    if width <= STORED_AS_IS and height <= STORED_AS_IS:
        return width, height
    ratio = float(width) / height
    if ratio > 1:
        return STORED_AS_IS, max(1, int(STORED_AS_IS / ratio))
    return max(1, int(STORED_AS_IS * ratio)), STORED_AS_IS


def image_header(data):
    """(format, width, height) of PNG, GIF or JPEG bytes; (None, 0, 0) for anything else."""
    if data[:8] == b'\x89PNG\r\n\x1a\n' and data[12:16] == b'IHDR':
        width, height = struct.unpack('>II', data[16:24])
        return 'png', width, height
    if data[:6] in (b'GIF87a', b'GIF89a') and len(data) >= 10:
        width, height = struct.unpack('<HH', data[6:10])
        return 'gif', width, height
    if data[:2] == b'\xff\xd8':
        return jpeg_header(data)
    return None, 0, 0


# JPEG start-of-frame markers, which hold the size: SOF0 to SOF15 but DHT (C4), JPG (C8) and DAC (CC).
JPEG_FRAME_MARKERS = frozenset(range(0xC0, 0xD0)) - frozenset([0xC4, 0xC8, 0xCC])


def jpeg_header(data):
    position = 2
    while position + 4 <= len(data):
        if data[position] != 0xFF:
            break
        marker = data[position + 1]
        if marker == 0xFF:  # fill byte
            position += 1
            continue
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:  # markers without a length
            position += 2
            continue
        length = struct.unpack('>H', data[position + 2:position + 4])[0]
        if marker in JPEG_FRAME_MARKERS and position + 9 <= len(data):
            height, width = struct.unpack('>HH', data[position + 5:position + 9])
            return 'jpeg', width, height
        position += 2 + length
    return None, 0, 0


class Emoji(Resource):
    """A custom emoji, found by name.

    present: POST /emoji (multipart, the image and the name); a different image: DELETE /emoji/{id}
    then POST /emoji, as the server has no request that changes an emoji.
    absent: DELETE /emoji/{id}.
    """

    name = 'emoji'
    archivable = False
    argument_spec = EMOJI_ARGUMENT_SPEC

    @classmethod
    def problems(cls, params, prefix=''):
        """What the server would refuse in the name and the image file, before any request."""
        present = params['state'] == 'present'
        problems = name_problems(params['name'], present, path_of(prefix, 'name'))
        if present and params['src'] is None:
            problems.append('%s is required with %s=present' % (path_of(prefix, 'src'), path_of(prefix, 'state')))
        elif present:
            try:
                Image.from_file(params['src'], path_of(prefix, 'src'))
            except EmojiError as exc:
                problems.append(exc.msg)
        return problems

    def __init__(self, params, driver, check_mode=False, diff=False):
        super(Emoji, self).__init__(params, driver, check_mode, diff)
        self.emoji_name = self.params['name']
        present = self.params['state'] == 'present'
        self.image = Image.from_file(self.params['src']) if present else None
        self.fields = (
            Field('name', key='name'),
            Field('image', read=self.served_fingerprint),
        )

    def given(self):
        return {'name': self.emoji_name, 'image': self.image.fingerprint() if self.image else None}

    def find(self):
        self.doing = "look up emoji '%s'" % self.emoji_name
        return self.refused_when_disabled(found, self.driver.emoji.get_custom_emoji_by_name, self.emoji_name)

    def served_fingerprint(self, emoji):
        self.doing = "download the image of emoji '%s'" % self.emoji_name
        response = self.refused_when_disabled(self.driver.emoji.get_custom_emoji_image, emoji['id'])
        return self.image.served_fingerprint(Image(response.content))

    def create(self, changes):
        self.doing = "create emoji '%s'" % self.emoji_name
        files = {'image': (self.image.filename, self.image.data)}
        return self.refused_when_disabled(self.driver.emoji.create_custom_emoji, self.emoji_name, files)

    def update(self, emoji, changes):
        self.delete(emoji)
        return self.create(changes)

    def delete(self, emoji):
        self.doing = "delete emoji '%s'" % self.emoji_name
        self.refused_when_disabled(self.driver.emoji.delete_custom_emoji, emoji['id'])

    @staticmethod
    def refused_when_disabled(request, *args):
        """The request's answer; EmojiError instead of the server's terse refusal when custom emoji
        are turned off."""
        try:
            return request(*args)
        except MattermostError as exc:
            if exc.error_id == DISABLED_ERROR_ID:
                raise EmojiError('%s (HTTP %s, request id %s)' % (DISABLED_MESSAGE, exc.status_code, exc.request_id),
                                 **error_result(exc))
            raise
