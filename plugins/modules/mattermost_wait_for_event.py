#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

DOCUMENTATION = r'''
module: mattermost_wait_for_event
short_description: Wait for a message, a reply or a reaction in Mattermost
version_added: 0.1.0
description:
  - Listens to the Mattermost websocket until an event matches the filters, or until O(timeout) seconds have passed,
    so that a pipeline stops there until a person answers, for example C(approve) in the thread of a question, or a
    V(+1) reaction on it.
  - No answer is lost. An answer made after O(since) but before the module started listening counts too. Right after
    the websocket connects, the module reads the posts of the channel since then (and the reactions of the post of
    O(reaction)) through the API and matches those first. A connection that drops is resumed within the timeout,
    and the server replays the events missed meanwhile; when it cannot, the module reads them through the API again.
  - The user the module logs in as only receives the events of the channels it is a member of; the task fails at once
    when it is not a member of the channel it should listen to.
  - Never reports a change.
author:
  - chatops.mattermost maintainers (@chatops)
extends_documentation_fragment:
  - chatops.mattermost.connection
  - ansible.builtin.action_common_attributes
requirements:
  - websockets >= 11
attributes:
  check_mode:
    support: full
    details: The module only reads; it waits in check mode as well.
  diff_mode:
    support: none
  platform:
    platforms: all
options:
  events:
    description:
      - The types of websocket events that can match, such as V(posted) (a new post), V(post_edited), V(reaction_added),
        V(user_added) or V(channel_viewed).
      - With O(reaction), V(reaction_added) is added.
    type: list
    elements: str
    default: [posted]
  channel:
    description:
      - Only events in this channel, given by name with O(team), or by id.
      - Without it, the channel of O(root_id), else the channel of the post O(since), else any channel of the user.
    type: str
  team:
    description:
      - The name or the id of the team of O(channel) when O(channel) is a name.
    type: str
  users:
    description:
      - Only events of these users (usernames), for example the people allowed to approve.
      - Without it, the events of any user but the one the module logs in as (see O(include_own)).
    type: list
    elements: str
  include_own:
    description:
      - Whether the events of the user the module logs in as count, for example a post the pipeline makes itself.
        Without it, they count only when that user is in O(users).
    type: bool
    default: false
  match:
    description:
      - A regular expression (Python) the message of a post must contain (C(re.search)); use C((?i)) to ignore case,
        C(^) and C($) to match the whole message, for example V((?i)^\\s*(approve|deny\)\\b).
      - Applies to the events with a post (V(posted), V(post_edited)).
    type: str
  root_id:
    description:
      - Only posts in the thread of this post (replies to it), given by its id.
    type: str
  reaction:
    description:
      - Also match the reaction with one of these emoji names (without colons, for example V(+1) or V(white_check_mark))
        added to the post O(reaction_post_id). V(thumbsup) and V(+1), V(thumbsdown) and V(-1) are the same.
      - Events V(reaction_added) are listened to as well.
    type: list
    elements: str
  reaction_post_id:
    description:
      - The post the reaction must be added to.
      - Default O(root_id), else O(since) when it is a post id; without any, a reaction to any post matches.
    type: str
  since:
    description:
      - An answer made after this counts even when it was made before the module started listening. Either the id of a
        post (usually the question the previous task posted, so that the answers after it count) or a time in milliseconds since
        the epoch, as the server's C(create_at).
      - A post id also sets the channel (when neither O(channel) nor O(root_id) is given, only events in the
        channel of that post count) and the post of O(reaction) (when neither O(reaction_post_id) nor O(root_id) is given).
      - A time needs a channel to read the posts of (O(channel) or O(root_id)) and, with O(reaction), the post to read
        the reactions of (O(reaction_post_id) or O(root_id)).
      - Without it, only the events after the websocket connected count.
    type: str
  timeout:
    description:
      - Seconds to wait for a matching event.
    type: float
    default: 300
  fail_on_timeout:
    description:
      - Whether the task fails when no event matched within O(timeout). With V(false), it succeeds with RV(timed_out=true).
    type: bool
    default: true
notes:
  - The module keeps the task's connection open while it waits; use C(async) with a long O(timeout) so that SSH
    timeouts do not end it, or run it on the controller (C(delegate_to) localhost).
  - System messages (someone joined the channel, ...) never match.
seealso:
  - module: chatops.mattermost.mattermost_post
  - name: WebSocket events in the Mattermost API reference
    description: The events and what they carry.
    link: https://developers.mattermost.com/api-documentation/#/#websocket
'''

EXAMPLES = r'''
- name: Ask for approval
  chatops.mattermost.mattermost_post:
    url: https://chat.example.com
    token: "{{ mattermost_token }}"
    team: ops
    channel: deployments
    text: "Deploy {{ app_version }} to production? Answer **approve** or **deny** in the thread, or react with :+1:"
  register: question

- name: Wait for an answer from a release manager
  chatops.mattermost.mattermost_wait_for_event:
    url: https://chat.example.com
    token: "{{ mattermost_token }}"
    root_id: "{{ question.post.id }}"
    since: "{{ question.post.id }}"
    users: [alice, bob]
    match: '(?i)^\s*(approve|deny)\b'
    reaction: ["+1"]
    timeout: 3600
  register: answer

- name: Stop unless approved
  ansible.builtin.fail:
    msg: "Denied by {{ answer.event.username }}"
  when: answer.event.message is match('(?i)\s*deny')

- name: Wait up to a minute for anything in a channel, without failing
  chatops.mattermost.mattermost_wait_for_event:
    url: https://chat.example.com
    token: "{{ mattermost_token }}"
    team: ops
    channel: deployments
    timeout: 60
    fail_on_timeout: false
  register: anything
'''

RETURN = r'''
event:
  description:
    - The event that matched, decoded. Empty when none did.
  returned: success
  type: dict
  contains:
    event:
      description: The type of the event (V(posted), V(reaction_added), ...).
      type: str
      sample: posted
    source:
      description: V(websocket), or V(api) for an event made before the websocket connected (see O(since)).
      type: str
      sample: websocket
    post:
      description: The post, as the API returns it, for the events with a post.
      type: dict
      sample: {id: 9j1ejpwm67dn3bnjx5x3mfhe3r, message: approve, root_id: u3kw8pqgcpnk5ndzbezg344n5e}
    message:
      description: The message of the post (empty for other events).
      type: str
      sample: approve
    reaction:
      description: The reaction (C(user_id), C(post_id), C(emoji_name), C(create_at)) for a reaction event.
      type: dict
      sample: {emoji_name: "+1", post_id: u3kw8pqgcpnk5ndzbezg344n5e, user_id: ddd9ic11u38sdjzh6oz39ijo9c}
    user_id:
      description: The id of the user who made the event.
      type: str
    username:
      description: The username of the user who made the event.
      type: str
      sample: alice
    channel_id:
      description: The id of the channel of the event.
      type: str
    channel_name:
      description: The name of the channel of the event.
      type: str
      sample: deployments
    data:
      description: The C(data) of the websocket event, with C(post) and C(reaction) decoded. Empty for V(api) events.
      type: dict
    broadcast:
      description: The C(broadcast) of the websocket event. Empty for V(api) events.
      type: dict
timed_out:
  description: Whether no event matched within O(timeout).
  returned: success
  type: bool
  sample: false
elapsed:
  description: Seconds the module waited.
  returned: always
  type: float
  sample: 12.5
'''

import time

from ansible.module_utils.basic import missing_required_lib

from ansible_collections.chatops.mattermost.plugins.module_utils._connection import login, mattermost_module
from ansible_collections.chatops.mattermost.plugins.module_utils._errors import (
    Failure, RequestFailed, check, run_module,
)
from ansible_collections.chatops.mattermost.plugins.module_utils.driver import WEBSOCKETS_IMPORT_ERROR, MattermostError
from ansible_collections.chatops.mattermost.plugins.module_utils._chat.events import (
    filter_problems, name_event, resolve_filter, wait_for_event,
)
from ansible_collections.chatops.mattermost.plugins.module_utils._lookup import is_id


def problems(params):
    """What is wrong with the options, before any request."""
    found = filter_problems(params)
    if params['timeout'] <= 0:
        found.append('timeout must be more than 0')
    if params['since'] and not is_id(params['since']):
        if 'posted' in params['events'] and not (params['channel'] or params['root_id']):
            found.append('since as a time needs channel or root_id: the channel to read the posts of')
        if params['reaction'] and not (params['reaction_post_id'] or params['root_id']):
            found.append('since as a time needs reaction_post_id or root_id: the post to read the reactions of')
    if not params['events'] and not params['reaction']:
        found.append('events cannot be empty')
    return found


def main():
    module = mattermost_module(
        dict(
            events=dict(type='list', elements='str', default=['posted']),
            channel=dict(type='str'),
            team=dict(type='str'),
            users=dict(type='list', elements='str'),
            include_own=dict(type='bool', default=False),
            match=dict(type='str'),
            root_id=dict(type='str'),
            reaction=dict(type='list', elements='str'),
            reaction_post_id=dict(type='str'),
            since=dict(type='str'),
            timeout=dict(type='float', default=300),
            fail_on_timeout=dict(type='bool', default=True),
        ),
        supports_check_mode=True,
    )
    params = module.params
    started = time.monotonic()

    def elapsed():
        return round(time.monotonic() - started, 3)

    def listen(driver):
        """The event, or None when none came in time."""
        doing = 'look up what to wait for'
        try:
            event_filter = resolve_filter(
                driver, events=params['events'], channel=params['channel'], team=params['team'], users=params['users'],
                include_own=params['include_own'], match=params['match'], root_id=params['root_id'],
                reactions=params['reaction'], reaction_post_id=params['reaction_post_id'], since=params['since'])
            doing = 'wait for an event'
            event = wait_for_event(driver, event_filter, max(params['timeout'] - (time.monotonic() - started), 0.001))
            doing = 'look up the user and the channel of the event'
            return name_event(driver, event) if event else None
        except ValueError as exc:
            raise Failure(str(exc))
        except MattermostError as exc:
            raise RequestFailed(exc, doing)

    def work():
        if WEBSOCKETS_IMPORT_ERROR:
            raise Failure(missing_required_lib('websockets'), exception=WEBSOCKETS_IMPORT_ERROR)
        check(problems(params))
        driver = login(params, needs_user='waiting for events')
        try:
            event = listen(driver)
        except Failure as exc:
            exc.result['elapsed'] = elapsed()
            raise
        if event is None:
            if params['fail_on_timeout']:
                raise Failure('No matching event within %g seconds' % params['timeout'], timed_out=True, event={},
                              elapsed=elapsed())
            return dict(changed=False, timed_out=True, event={}, elapsed=elapsed())
        return dict(changed=False, timed_out=False, event=event, elapsed=elapsed())
    run_module(module, work)


if __name__ == '__main__':
    main()
