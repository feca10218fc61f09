# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""What the integration kinds (webhooks in webhook.py, slash commands in slash_command.py) share.

- rotating a token after `ensure()` (`regenerate_token`), with its place in the diff;
- warning when the server did not keep a value it was sent (a setting of the server drops it),
  since every later run would then report a change again.

Finding their team and channel is in _lookup.py, the server's rules for URLs and lengths in _naming.py.
"""

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

# What the diff shows for a rotated token: never its value.
TOKEN_BEFORE = '(current token)'
TOKEN_AFTER = '(new token)'


def rotate_token(resource, result):
    """After ensure(): rotate the token of the object the task found (a new object has a new token
    already). Changed; nothing is sent in check mode; the diff shows that the token changes, not
    its value. `resource.regenerate(obj)` sends the request and returns the object with its new token."""
    if resource.current is None:
        return result
    result['changed'] = True
    if not resource.check_mode:
        result[resource.name] = resource.regenerate(result[resource.name])
    if 'diff' in result:
        result['diff']['before']['token'] = TOKEN_BEFORE
        result['diff']['after']['token'] = TOKEN_AFTER
    return result


def warn_when_not_kept(resource, changes, obj, hints=None):
    """Warn about each compared field whose value the server did not keep in `obj` (the answer of a
    create or update request): every later run would report a change again."""
    hints = hints or {}
    for name, wanted in sorted(changes.after.items()):
        field = changes.fields[name]
        if field.key is None or field.secret or not changes.changed(name):
            continue
        kept = field.current(obj)
        if kept != wanted:
            resource.warn('The server did not keep %s = %r (it has %r)%s' % (
                name, wanted, kept, ': ' + hints[name] if name in hints else ''))
