# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Which Mattermost events match what a listener waits for, and the waiting itself.

`EventFilter` decides over decoded websocket events (as the driver's EventStream gives them) and over
posts and reactions read through the API; it makes no request. `resolve_filter` builds one from
names (a channel by name, usernames, a post id for `since`) through the driver, `catch_up` reads what
happened before listening, `wait_for_event` listens; `wait_for_event_result` is the work of the
mattermost_wait_for_event module. Nothing here imports Ansible, so that the module and an
Event-Driven Ansible event source share the matching.
"""

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import json
import re
import time

from collections import OrderedDict

from ansible_collections.chatops.mattermost.plugins.module_utils.driver import (
    RESUME_FAILED, WEBSOCKETS_IMPORT_ERROR, MattermostError, ResourceNotFound,
)
from ansible_collections.chatops.mattermost.plugins.module_utils._errors import Failure, RequestFailed, check
from ansible_collections.chatops.mattermost.plugins.module_utils._lookup import NotFound, find_channel, is_id, user_ids
from ansible_collections.chatops.mattermost.plugins.module_utils._chat.posts import emoji_name

POSTED = 'posted'
REACTION_ADDED = 'reaction_added'
REACTION_EVENTS = (REACTION_ADDED, 'reaction_removed')
# The fields of an event's data the server sends as JSON text inside the JSON.
JSON_DATA_FIELDS = ('post', 'reaction', 'mentions')


def decoded(event):
    """The event with the JSON text fields of its data (post, reaction, mentions) decoded, in place."""
    data = event.get('data')
    if isinstance(data, dict):
        for field in JSON_DATA_FIELDS:
            if isinstance(data.get(field), str):
                try:
                    data[field] = json.loads(data[field])
                except ValueError:
                    pass
    return event


def described(kind, source, event=None, post=None, reaction=None):
    """A matched event as listeners return it: its kind, where it was read (`websocket` or `api`), the
    post or reaction, who made it and where, and the raw data and broadcast. `username` is added by
    `name_event`."""
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


def mention_pattern(username):
    """@username as Mattermost sees a mention: not inside a word or an e-mail address, any case."""
    return re.compile(r'(?<![\w.\-])@%s(?![\w\-]|\.\w)' % re.escape(username), re.IGNORECASE)


def mention_text(message, username):
    """What a message asks of `username`: the text after its first @mention (without the punctuation that
    follows the name), else the whole message (a direct message needs no mention), stripped."""
    message = message or ''
    found = mention_pattern(username).search(message) if username else None
    text = message[found.end():] if found else message
    return re.sub(r'^[\s:,;]+', '', text).strip()


class EventFilter:
    """What an event must be to match, in ids.

    events: the event types that can match; `reactions` adds reaction_added.
    channel_ids: only events in these channels (None: any channel).
    user_ids: only events of these users (None: anyone but `me`, unless include_own).
    match: a regular expression (text or compiled) the message of a post must contain.
    root_id: only posts in the thread of this post.
    reactions: only these emoji (any name or alias); reaction_post_id: only reactions to this post.
    mentions: only posts that mention `me` (@my_username, or the server's list of mentioned users).
    since, since_post_id: what `catch_up` reads from (ms), and the post it leaves out (the question).
    """

    def __init__(self, events=(POSTED,), channel_ids=None, user_ids=None, me=None, my_username=None, include_own=False,
                 match=None, root_id=None, reactions=None, reaction_post_id=None, mentions=False, since=None,
                 since_post_id=None):
        self.events = set(events or [])
        self.reactions = set(emoji_name(name) for name in reactions or [])
        if self.reactions:
            self.events.add(REACTION_ADDED)
        self.channel_ids = set(channel_ids) if channel_ids else None
        self.user_ids = set(user_ids) if user_ids is not None else None
        self.me = me
        self.my_username = my_username
        self.include_own = include_own
        self.pattern = re.compile(match) if isinstance(match, str) else match
        self.root_id = root_id
        self.reaction_post_id = reaction_post_id
        self.mentions = mentions
        self.since = since
        self.since_post_id = since_post_id

    def in_channel(self, channel_id):
        return self.channel_ids is None or channel_id in self.channel_ids

    def counts_user(self, user_id):
        if self.user_ids is not None:
            return user_id in self.user_ids
        return self.include_own or user_id != self.me

    def mentions_me(self, post, mentioned_ids=None):
        if self.me and self.me in (mentioned_ids or []):
            return True
        if not self.my_username:
            return False
        return bool(mention_pattern(self.my_username).search(post.get('message') or ''))

    def post_matches(self, post, mentioned_ids=None):
        """Whether a post (as the API returns it) matches; system messages and deleted posts never do."""
        if post.get('delete_at') or (post.get('type') or '').startswith('system_'):
            return False
        if not self.in_channel(post.get('channel_id')):
            return False
        if self.root_id and post.get('root_id') != self.root_id:
            return False
        if not self.counts_user(post.get('user_id')):
            return False
        if self.mentions and not self.mentions_me(post, mentioned_ids):
            return False
        return self.pattern is None or bool(self.pattern.search(post.get('message') or ''))

    def reaction_matches(self, reaction, channel_id=None):
        """Whether a reaction matches; `channel_id` is the channel of its post when the reaction lacks it."""
        # Older servers leave channel_id out of the reactions they list: the post tells then.
        reaction_channel = reaction.get('channel_id') or channel_id
        if self.channel_ids is not None and reaction_channel and reaction_channel not in self.channel_ids:
            return False
        if self.reaction_post_id and reaction.get('post_id') != self.reaction_post_id:
            return False
        if self.reactions and emoji_name(reaction.get('emoji_name')) not in self.reactions:
            return False
        return self.counts_user(reaction.get('user_id'))

    def matches(self, event):
        """The `described` event when the websocket event matches, else None."""
        kind = event.get('event')
        if kind not in self.events:
            return None
        data = decoded(event).get('data') or {}
        broadcast = event.get('broadcast') or {}
        if isinstance(data.get('post'), dict):
            post = data['post']
            mentioned = data.get('mentions') if isinstance(data.get('mentions'), list) else None
            return described(kind, 'websocket', event, post=post) if self.post_matches(post, mentioned) else None
        if kind in REACTION_EVENTS:
            reaction = data.get('reaction')
            if isinstance(reaction, dict) and self.reaction_matches(reaction, broadcast.get('channel_id')):
                return described(kind, 'websocket', event, reaction=reaction)
            return None
        # Any other event: only its channel and its user can be checked.
        if not self.in_channel(broadcast.get('channel_id') or data.get('channel_id')):
            return None
        if not self.counts_user(data.get('user_id') or broadcast.get('user_id')):
            return None
        return described(kind, 'websocket', event)


def get_post(driver, post_id):
    """The post with this id; NotFound when there is none (or the user cannot read it)."""
    try:
        return driver.posts.get_post(post_id)
    except ResourceNotFound:
        raise NotFound('No post has the id %s (or the user cannot read it)' % post_id)


def parse_since(since):
    """(post id, None) or (None, milliseconds) for a `since` given as a post id or a time; ValueError otherwise."""
    if is_id(since):
        return since, None
    try:
        return None, int(since)
    except (TypeError, ValueError):
        raise ValueError('since must be a post id or a time in milliseconds, not %r' % (since,))


def filter_problems(options):
    """What is wrong with the options of resolve_filter() that a module or an event source was given
    (`match`, `root_id`, `reaction_post_id`), before any request."""
    found = []
    if options['match']:
        try:
            re.compile(options['match'])
        except re.error as exc:
            found.append('match is not a regular expression: %s' % exc)
    for option in ('root_id', 'reaction_post_id'):
        if options[option] and not is_id(options[option]):
            found.append('%s %r is not a Mattermost id (26 lowercase letters and digits)' % (option, options[option]))
    return found


def resolve_filter(driver, events=(POSTED,), channel=None, team=None, users=None, include_own=False, match=None,
                   root_id=None, reactions=None, reaction_post_id=None, mentions=False, since=None, channels=None):
    """An EventFilter for names as people give them, resolved through the logged in driver.

    channel: a name with team, or an id; channels: several of them (any of them matches). Without it, the channel of root_id, else of the post `since`.
    users: usernames. since: a post id (its time; it also sets the channel and the post of the reactions
    when not given) or a time in ms. Raises NotFound, or ValueError for a bad `since`; NotFound too when
    the user is not a member of the channel, as the server would send it no event of it.
    """
    event_filter = EventFilter(events=events, me=driver.client.userid, my_username=driver.client.username,
                               include_own=include_own, match=match, root_id=root_id, reactions=reactions,
                               reaction_post_id=reaction_post_id, mentions=mentions)
    channel_id = find_channel(driver, team, channel, direct_too=True)['id'] if channel else None
    other_channel_ids = [find_channel(driver, team, name, direct_too=True)['id'] for name in channels or []]
    if users:
        event_filter.user_ids = set(user_ids(driver, users).values())
    root = get_post(driver, root_id) if root_id else None
    if root is not None:
        if channel_id and root['channel_id'] != channel_id:
            raise NotFound('Post %s (root_id) is not in channel %s' % (root['id'], channel))
        channel_id = root['channel_id']
    if since:
        since_post_id, event_filter.since = parse_since(since)
        if since_post_id:
            since_post = root if root is not None and root['id'] == since_post_id else get_post(driver, since_post_id)
            event_filter.since, event_filter.since_post_id = since_post['create_at'], since_post['id']
            channel_id = channel_id or since_post['channel_id']
            event_filter.reaction_post_id = event_filter.reaction_post_id or root_id or since_post['id']
    event_filter.reaction_post_id = event_filter.reaction_post_id or root_id
    listened = ([channel_id] if channel_id else []) + other_channel_ids
    if listened:
        event_filter.channel_ids = set(listened)
    for channel_id in listened:
        try:
            driver.channels.get_channel_member(channel_id, driver.client.userid)
        except ResourceNotFound:
            raise NotFound("The user '%s' is not a member of channel %s, so the server sends it no event of that channel: "
                           "add it to the channel first (chatops.mattermost.mattermost_channel)"
                           % (driver.client.username, channel_id))
    return event_filter


def events_since(driver, event_filter, since, channel_ids=None):
    """The matching events made since `since` (ms), read through the API, oldest first.

    Posts: GET /channels/{id}/posts?since= (posts changed since then, at most 1000, replies included),
    for each channel of the filter, or of `channel_ids` when the filter has none. Reactions: GET
    /posts/{id}/reactions of the filter's reaction post; without one, the reactions the listed posts carry.
    """
    found = []
    wants_reactions = REACTION_ADDED in event_filter.events
    reactions_of_posts = wants_reactions and not event_filter.reaction_post_id
    read_posts = POSTED in event_filter.events or reactions_of_posts
    for channel_id in sorted((event_filter.channel_ids or channel_ids or []) if read_posts else []):
        listing = driver.posts.get_posts_for_channel(channel_id, params={'since': since})
        for post in (listing.get('posts') or {}).values():
            if (POSTED in event_filter.events and post.get('create_at', 0) >= since
                    and post.get('id') != event_filter.since_post_id and event_filter.post_matches(post)):
                found.append((post['create_at'], described(POSTED, 'api', post=post)))
            if reactions_of_posts:
                for reaction in (post.get('metadata') or {}).get('reactions') or []:
                    if reaction.get('create_at', 0) >= since and event_filter.reaction_matches(reaction, channel_id):
                        found.append((reaction['create_at'], described(REACTION_ADDED, 'api', reaction=reaction)))
    if wants_reactions and event_filter.reaction_post_id:
        for reaction in driver.reactions.get_reactions(event_filter.reaction_post_id) or []:
            if reaction.get('create_at', 0) >= since and event_filter.reaction_matches(reaction):
                found.append((reaction['create_at'], described(REACTION_ADDED, 'api', reaction=reaction)))
    return [event for _created, event in sorted(found, key=lambda item: item[0])]


def catch_up(driver, event_filter, since):
    """The first matching event made since `since` (ms), read through the API (see events_since); None if none."""
    found = events_since(driver, event_filter, since)
    return found[0] if found else None


def name_event(driver, event):
    """Add the username and the channel name to a described event (in place); return it."""
    event['username'] = ''
    if event['user_id']:
        try:
            event['username'] = driver.users.get_user(event['user_id'])['username']
        except ResourceNotFound:
            pass
    if event['channel_id'] and not event['channel_name']:
        try:
            event['channel_name'] = driver.channels.get_channel(event['channel_id'])['name']
        except ResourceNotFound:
            pass
    return event


class Names:
    """Users, channels, teams and posts read through the driver and remembered for `ttl` seconds (at most
    `size` of each kind), so that a burst of events in one channel costs no request per event."""

    def __init__(self, driver, ttl=300, size=2000, clock=time.monotonic):
        self.driver = driver
        self.ttl = ttl
        self.size = size
        self.clock = clock
        self.requests = 0
        self._known = {'user': OrderedDict(), 'channel': OrderedDict(), 'team': OrderedDict(), 'post': OrderedDict()}

    def remember(self, kind, item):
        known = self._known[kind]
        known.pop(item['id'], None)
        known[item['id']] = (self.clock() + self.ttl, item)
        while len(known) > self.size:
            known.popitem(last=False)
        return item

    def _get(self, kind, item_id, read):
        """The item with this id, {} when there is none or the user cannot read it."""
        if not item_id:
            return {}
        entry = self._known[kind].get(item_id)
        if entry is not None and entry[0] > self.clock():
            return entry[1]
        self.requests += 1
        try:
            item = read(item_id)
        except ResourceNotFound:
            return {}
        return self.remember(kind, item)

    def user(self, user_id):
        return self._get('user', user_id, self.driver.users.get_user)

    def channel(self, channel_id):
        return self._get('channel', channel_id, self.driver.channels.get_channel)

    def team(self, team_id):
        return self._get('team', team_id, self.driver.teams.get_team)

    def post(self, post_id):
        return self._get('post', post_id, self.driver.posts.get_post)


def for_rules(event, names, my_username=None):
    """A described event with what a rule or a playbook needs, without another request (the names come from
    `names`, a Names): the ids of the post, of its thread (`thread_id`: the id to reply to), the username,
    the channel and team names, the text after the mention of `my_username` and its words; for a reaction,
    the emoji and the post reacted to. Raw websocket data is kept only for events without a post or reaction."""
    post = event['post']
    reaction = event['reaction']
    if post.get('id'):
        names.remember('post', post)
    elif reaction.get('post_id'):
        post = names.post(reaction['post_id'])
        event['post'] = post
        event['message'] = post.get('message', '')
    user = names.user(event['user_id'])
    channel = names.channel(event['channel_id'] or post.get('channel_id'))
    team = names.team(channel.get('team_id'))
    text = mention_text(event['message'], my_username)
    event.update({
        'username': user.get('username', ''),
        'channel_id': event['channel_id'] or channel.get('id', ''),
        'channel_name': channel.get('name', event['channel_name']),
        'channel_display_name': channel.get('display_name', ''),
        'channel_type': channel.get('type', ''),
        'team_id': team.get('id', ''),
        'team_name': team.get('name', ''),
        'post_id': post.get('id', ''),
        'root_id': post.get('root_id', ''),
        'thread_id': post.get('root_id') or post.get('id', ''),
        'text': text,
        'words': text.split(),
        'emoji': reaction.get('emoji_name', ''),
    })
    if post or reaction:
        event.pop('data', None)
        event.pop('broadcast', None)
    return event


def event_key(event):
    """What tells one event from another whether it came from the websocket or the API; None: no key."""
    post, reaction = event.get('post') or {}, event.get('reaction') or {}
    if reaction:
        return (event['event'], reaction.get('post_id'), reaction.get('user_id'), emoji_name(reaction.get('emoji_name')))
    if post.get('id'):
        return (event['event'], post['id'], post.get('edit_at') if event['event'] != POSTED else None)
    return None


def wait_for_event(driver, event_filter, timeout):
    """Listen until an event matches or `timeout` seconds pass: the described event, or None.

    After the first `hello`, matching events made since `event_filter.since` are read through the API
    first; after a resumption the server could not do, those since the wait started (or since `since`).
    """
    started_ms = int(time.time() * 1000)
    hellos = 0
    with driver.events(timeout=timeout) as stream:
        for event in stream:
            kind = event.get('event')
            if kind == 'hello':
                hellos += 1
                if hellos == 1 and event_filter.since is not None:
                    found = catch_up(driver, event_filter, event_filter.since)
                    if found:
                        return found
                continue
            if kind == RESUME_FAILED:
                # The events since the connection dropped are lost: read them through the API.
                since = event_filter.since if event_filter.since is not None else started_ms
                found = catch_up(driver, event_filter, since)
                if found:
                    return found
                continue
            found = event_filter.matches(event)
            if found:
                return found
    return None


# mattermost_wait_for_event's work: its options and a function of its Task (_connection.Task).

WAIT_FOR_EVENT_ARGUMENT_SPEC = dict(
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
)
MAX_TIMEOUT = 366 * 86400


def wait_problems(params):
    """What is wrong with mattermost_wait_for_event's options, before any request."""
    found = filter_problems(params)
    # Not NaN, not infinite, and within what the clock can add to now (1e308 overflowed time_t).
    if not 0 < params['timeout'] <= MAX_TIMEOUT:
        found.append('timeout must be more than 0 and at most %d seconds (a year)' % MAX_TIMEOUT)
    if params['since'] and not is_id(params['since']):
        if 'posted' in params['events'] and not (params['channel'] or params['root_id']):
            found.append('since as a time needs channel or root_id: the channel to read the posts of')
        if params['reaction'] and not (params['reaction_post_id'] or params['root_id']):
            found.append('since as a time needs reaction_post_id or root_id: the post to read the reactions of')
    if not params['events'] and not params['reaction']:
        found.append('events cannot be empty')
    return found


def listen(driver, params, started):
    """The event the options of mattermost_wait_for_event describe, named, or None when none came
    before `timeout` seconds since `started` (a time.monotonic())."""
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


def wait_for_event_result(task):
    """mattermost_wait_for_event's result: the event, or a time-out (a failure unless fail_on_timeout
    is false), with the seconds waited (`elapsed`)."""
    params = task.params
    started = time.monotonic()

    def elapsed():
        return round(time.monotonic() - started, 3)

    task.require('websockets', WEBSOCKETS_IMPORT_ERROR)
    check(wait_problems(params))
    driver = task.driver(needs_user='waiting for events')
    try:
        event = listen(driver, params, started)
    except Failure as exc:
        exc.result['elapsed'] = elapsed()
        raise
    if event is None:
        if params['fail_on_timeout']:
            raise Failure('No matching event within %g seconds' % params['timeout'], timed_out=True, event={},
                          elapsed=elapsed())
        return dict(changed=False, timed_out=True, event={}, elapsed=elapsed())
    return dict(changed=False, timed_out=False, event=event, elapsed=elapsed())
