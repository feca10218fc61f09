#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

DOCUMENTATION = r'''
module: mattermost_emoji
short_description: Manage a custom emoji of a Mattermost server
version_added: 0.1.0
description:
  - Create, replace or delete a custom emoji, found by its name, from an image file on the managed node.
  - The server must allow custom emoji (C(ServiceSettings.EnableCustomEmoji)); if it does not, the module fails saying so.
  - >-
    The server has no request that changes an emoji: when the image differs, the module deletes the emoji and creates it
    again with the new image. The emoji gets a new id, and the server removes the reactions made with it.
  - >-
    How the image is compared: the server keeps an image of at most 128x128 pixels byte for byte, so the file's SHA-256
    is compared with that of the image the server serves. A larger image is scaled down by the server to fit 128x128 and
    encoded again (as GIF for a C(.gif) file, as PNG otherwise); such an image is compared by the format and the size in
    pixels the server makes of it, so another picture of the same size is not seen as a change: delete the emoji first
    (O(state=absent)) to replace it with one.
author:
  - chatops.mattermost maintainers (@chatops)
extends_documentation_fragment:
  - chatops.mattermost.connection
  - ansible.builtin.action_common_attributes
  - chatops.mattermost.attributes
options:
  name:
    description:
      - The emoji's name, used as C(:name:) in messages. It identifies the emoji.
      - >-
        The server's rules are checked before any request: 1 to 64 letters, digits, C(-), C(_) or C(+), and with
        O(state=present) not the name of one of the server's system emoji (such as C(smile) or C(+1)).
    type: str
    required: true
  src:
    description:
      - The image file on the managed node, PNG, GIF or JPEG, under 512 KiB and at most 1028x1028 pixels.
      - Required with O(state=present).
    type: path
  state:
    description:
      - V(present) creates the emoji, or replaces it when its image differs from O(src).
      - V(absent) deletes it.
    type: str
    choices: [present, absent]
    default: present
notes:
  - The user of the connection needs the permission to create custom emoji (and to delete them, or the emoji of others,
    to replace or delete an emoji someone else created).
seealso:
  - name: Emoji in the Mattermost API reference
    description: The API requests this module sends.
    link: https://developers.mattermost.com/api-documentation/#/tags/emoji
'''

EXAMPLES = r'''
- name: Make sure the server has the shipit emoji
  chatops.mattermost.mattermost_emoji:
    url: https://chat.example.com
    token: "{{ mattermost_token }}"
    name: shipit
    src: files/shipit.png

- name: Remove an emoji
  chatops.mattermost.mattermost_emoji:
    url: https://chat.example.com
    token: "{{ mattermost_token }}"
    name: old-logo
    state: absent
'''

RETURN = r'''
emoji:
  description:
    - The emoji as the API returns it, after the changes; in check mode, as it would be (without an id when it would be
      created).
    - Empty when there is no emoji (any more).
  returned: success
  type: dict
  sample:
    id: 8b5kkwrn7prwpfyyqz6e8cjb3h
    name: shipit
    creator_id: w7zwwht1z7yy7rjp5pci6wtwsr
    create_at: 1767600000000
    update_at: 1767600000000
    delete_at: 0
diff:
  description:
    - The emoji's state (V(present) or V(absent)), its name, and what its image is compared by (C(sha256:...), or the
      format and size the server stores a larger image in, such as C(png 128x64)).
  returned: in diff mode
  type: dict
  sample:
    before: {state: present, name: shipit, image: "sha256:5d41402abc4b2a76b9719d911017c592..."}
    after: {state: present, name: shipit, image: "sha256:7d793037a0760186574b0282f2f435e7..."}
'''

from ansible_collections.chatops.mattermost.plugins.module_utils._connection import mattermost_module, run_resource
from ansible_collections.chatops.mattermost.plugins.module_utils._kinds.emoji import Emoji


def main():
    module = mattermost_module(Emoji.argument_spec, required_if=[('state', 'present', ['src'])], supports_check_mode=True)
    run_resource(module, Emoji)


if __name__ == '__main__':
    main()
