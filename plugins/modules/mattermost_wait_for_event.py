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

import json
import re
import time

from ansible.module_utils.basic import missing_required_lib

from ansible_collections.chatops.mattermost.plugins.module_utils._connection import (
    connect, fail_for_error, mattermost_module,
)
from ansible_collections.chatops.mattermost.plugins.module_utils.driver import (
    RESUME_FAILED, WEBSOCKETS_IMPORT_ERROR, MattermostError, ResourceNotFound,
)
from ansible_collections.chatops.mattermost.plugins.module_utils._lookup import NotFound, is_id
from ansible_collections.chatops.mattermost.plugins.module_utils._posts import emoji_name, find_channel, user_ids

REACTION_EVENTS = ('reaction_added', 'reaction_removed')


class Filters:
    """What an event must be to match, resolved into ids; `matches(event)` decides."""

    def __init__(self, params, me):
        self.events = set(params['events'] or [])
        self.reactions = set(emoji_name(name) for name in params['reaction'] or [])
        if self.reactions:
            self.events.add('reaction_added')
        self.channel_id = None
        self.user_ids = None  # None: anyone
        self.me = me
        self.include_own = params['include_own']
        self.pattern = re.compile(params['match']) if params['match'] else None
        self.root_id = params['root_id']
        self.reaction_post_id = params['reaction_post_id']
        self.since = None  # milliseconds
        self.since_post_id = None

    def counts_user(self, user_id):
        if self.user_ids is not None:
            return user_id in self.user_ids
        return self.include_own or user_id != self.me

    def post_matches(self, post):
        if post.get('delete_at') or (post.get('type') or '').startswith('system_'):
            return False
        if self.channel_id and post.get('channel_id') != self.channel_id:
            return False
        if self.root_id and post.get('root_id') != self.root_id:
            return False
        if not self.counts_user(post.get('user_id')):
            return False
        return self.pattern is None or bool(self.pattern.search(post.get('message') or ''))

    def reaction_matches(self, reaction, channel_id=None):
        # Older servers leave channel_id out of the reactions they list: the post tells then.
        reaction_channel = reaction.get('channel_id') or channel_id
        if self.channel_id and reaction_channel and reaction_channel != self.channel_id:
            return False
        if self.reaction_post_id and reaction.get('post_id') != self.reaction_post_id:
            return False
        if self.reactions and emoji_name(reaction.get('emoji_name')) not in self.reactions:
            return False
        return self.counts_user(reaction.get('user_id'))

    def matches(self, event):
        """The decoded event as the module returns it when it matches, else None."""
        kind = event.get('event')
        if kind not in self.events:
            return None
        data = event.get('data') or {}
        broadcast = event.get('broadcast') or {}
        if isinstance(data.get('post'), dict):
            post = data['post']
            return described(kind, 'websocket', event, post=post) if self.post_matches(post) else None
        if kind in REACTION_EVENTS:
            reaction = data.get('reaction')
            if isinstance(reaction, str):
                reaction = data['reaction'] = json.loads(reaction)
            if not isinstance(reaction, dict):
                return None
            if self.reaction_matches(reaction, broadcast.get('channel_id')):
                return described(kind, 'websocket', event, reaction=reaction)
            return None
        # Any other event: only its channel and its user can be checked.
        channel_id = broadcast.get('channel_id') or data.get('channel_id')
        if self.channel_id and channel_id != self.channel_id:
            return None
        user_id = data.get('user_id') or broadcast.get('user_id')
        if not self.counts_user(user_id):
            return None
        return described(kind, 'websocket', event)


def described(kind, source, event=None, post=None, reaction=None):
    """The `event` the module returns (the names are filled in by `name_it`)."""
    event = event or {}
    data = event.get('data') or {}
    broadcast = event.get('broadcast') or {}
    subject = post or reaction or {}
    return {
        'event': kind,
        'source': source,
        'post': post or {},
        'message': (post or {}).get('message', ''),
        'reaction': reaction or {},
        'user_id': subject.get('user_id') or data.get('user_id') or broadcast.get('user_id') or '',
        'channel_id': subject.get('channel_id') or broadcast.get('channel_id') or data.get('channel_id') or '',
        'channel_name': data.get('channel_name', ''),
        'data': data,
        'broadcast': broadcast,
    }


def resolve(driver, params):
    """Filters for the options, names resolved into ids; raises NotFound or ValueError."""
    filters = Filters(params, driver.client.userid)
    if params['channel']:
        filters.channel_id = find_channel(driver, params['channel'], params['team'])[0]['id']
    if params['users']:
        filters.user_ids = set(user_ids(driver, params['users']).values())
    posts = {}
    if params['root_id']:
        root = posts[params['root_id']] = get_post(driver, params['root_id'])
        if filters.channel_id and root['channel_id'] != filters.channel_id:
            raise NotFound('Post %s (root_id) is not in channel %s' % (root['id'], params['channel']))
        filters.channel_id = root['channel_id']
    since = params['since']
    if since:
        if is_id(since):
            since_post = posts.get(since) or get_post(driver, since)
            filters.since, filters.since_post_id = since_post['create_at'], since_post['id']
            filters.channel_id = filters.channel_id or since_post['channel_id']
            filters.reaction_post_id = filters.reaction_post_id or filters.root_id or since_post['id']
        else:
            try:
                filters.since = int(since)
            except ValueError:
                raise ValueError('since must be a post id or a time in milliseconds, not %r' % since)
    filters.reaction_post_id = filters.reaction_post_id or filters.root_id
    if filters.channel_id:
        try:
            driver.channels.get_channel_member(filters.channel_id, driver.client.userid)
        except ResourceNotFound:
            raise NotFound("The user '%s' is not a member of channel %s, so the server sends it no event of that channel: "
                           "add it to the channel first (chatops.mattermost.mattermost_channel)"
                           % (driver.client.username, filters.channel_id))
    return filters


def get_post(driver, post_id):
    try:
        return driver.posts.get_post(post_id)
    except ResourceNotFound:
        raise NotFound('No post has the id %s (or the user cannot read it)' % post_id)


def catch_up(driver, filters, since):
    """The first matching event made since `since` (ms), read through the API; None if none.

    Posts: GET /channels/{id}/posts?since= (posts changed since then, at most 1000, replies included).
    Reactions: GET /posts/{id}/reactions of the reaction's post.
    """
    found = []
    if 'posted' in filters.events and filters.channel_id:
        listing = driver.posts.get_posts_for_channel(filters.channel_id, params={'since': since})
        for post in (listing.get('posts') or {}).values():
            if post.get('create_at', 0) >= since and post.get('id') != filters.since_post_id and filters.post_matches(post):
                found.append((post['create_at'], described('posted', 'api', post=post)))
    if 'reaction_added' in filters.events and filters.reaction_post_id:
        for reaction in driver.reactions.get_reactions(filters.reaction_post_id) or []:
            if reaction.get('create_at', 0) >= since and filters.reaction_matches(reaction):
                found.append((reaction['create_at'], described('reaction_added', 'api', reaction=reaction)))
    if not found:
        return None
    return min(found, key=lambda item: item[0])[1]


def name_it(driver, event):
    """Add the username and the channel name to a matched event."""
    if event['user_id']:
        try:
            event['username'] = driver.users.get_user(event['user_id'])['username']
        except ResourceNotFound:
            event['username'] = ''
    else:
        event['username'] = ''
    if event['channel_id'] and not event['channel_name']:
        try:
            event['channel_name'] = driver.channels.get_channel(event['channel_id'])['name']
        except ResourceNotFound:
            pass
    return event


def wait(driver, filters, timeout):
    """Listen until an event matches or `timeout` seconds pass: (event or None, resumed connections).

    After the first `hello` (and after a resumption the server could not do), matching events made since
    `filters.since` (or since the wait started, after a failed resumption) are read through the API first.
    """
    started_ms = int(time.time() * 1000)
    hellos = 0
    with driver.events(timeout=timeout) as stream:
        for event in stream:
            kind = event.get('event')
            if kind == 'hello':
                hellos += 1
                if hellos == 1 and filters.since is not None:
                    found = catch_up(driver, filters, filters.since)
                    if found:
                        return found
                continue
            if kind == RESUME_FAILED:
                # The events since the connection dropped are lost: read them through the API.
                since = filters.since if filters.since is not None else started_ms
                found = catch_up(driver, filters, since)
                if found:
                    return found
                continue
            found = filters.matches(event)
            if found:
                return found
    return None


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
    if WEBSOCKETS_IMPORT_ERROR:
        module.fail_json(msg=missing_required_lib('websockets'), exception=WEBSOCKETS_IMPORT_ERROR)
    problems = []
    if params['match']:
        try:
            re.compile(params['match'])
        except re.error as exc:
            problems.append('match is not a regular expression: %s' % exc)
    for option in ('root_id', 'reaction_post_id'):
        if params[option] and not is_id(params[option]):
            problems.append('%s %r is not a Mattermost id (26 lowercase letters and digits)' % (option, params[option]))
    if params['timeout'] <= 0:
        problems.append('timeout must be more than 0')
    if params['since'] and not is_id(params['since']):
        if 'posted' in params['events'] and not (params['channel'] or params['root_id']):
            problems.append('since as a time needs channel or root_id: the channel to read the posts of')
        if params['reaction'] and not (params['reaction_post_id'] or params['root_id']):
            problems.append('since as a time needs reaction_post_id or root_id: the post to read the reactions of')
    if not params['events'] and not params['reaction']:
        problems.append('events cannot be empty')

    driver = connect(module, problems)
    doing = 'look up what to wait for'
    try:
        filters = resolve(driver, params)
        doing = 'wait for an event'
        remaining = params['timeout'] - (time.monotonic() - started)
        event = wait(driver, filters, max(remaining, 0.001))
        doing = 'look up the user and the channel of the event'
        if event:
            name_it(driver, event)
    except (NotFound, ValueError) as exc:
        module.fail_json(msg=str(exc), elapsed=round(time.monotonic() - started, 3))
    except MattermostError as exc:
        fail_for_error(module, exc, doing, elapsed=round(time.monotonic() - started, 3))
    elapsed = round(time.monotonic() - started, 3)
    if event is None:
        if params['fail_on_timeout']:
            module.fail_json(msg='No matching event within %g seconds' % params['timeout'], timed_out=True, event={},
                             elapsed=elapsed)
        module.exit_json(changed=False, timed_out=True, event={}, elapsed=elapsed)
    module.exit_json(changed=False, timed_out=False, event=event, elapsed=elapsed)


if __name__ == '__main__':
    main()
