#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

DOCUMENTATION = r'''
module: mattermost_post
short_description: Post a message to a Mattermost channel, a user or an incoming webhook
version_added: 0.1.0
description:
  - Posts a message, with attachments, files, a priority and properties, to a channel, to a user (a direct message),
    or through an incoming webhook. Replies in a thread with O(root_id).
  - Without O(post_id) or O(key), every run posts a new message and reports a change, as a notification should.
  - With O(key), the post is found again by that identifier, which the module stores in the post's properties
    (C(props.chatops_key)); a rerun updates that post when O(text), O(props), O(attachments), O(files) or O(pinned)
    differ, and changes nothing otherwise. With O(post_id), the post with that id is updated. Either can be deleted
    with O(state=absent).
  - Through an incoming webhook (O(webhook_url), or O(url) and O(api_key)) no token is needed, as with
    M(community.general.mattermost), whose options this module also takes (O(text), O(channel), O(username),
    O(icon_url), O(attachments), O(priority)); the server tells nothing back, so there is no O(key), O(post_id),
    O(root_id), O(files) or O(pinned) there.
author:
  - chatops.mattermost maintainers (@chatops)
extends_documentation_fragment:
  - chatops.mattermost.connection
  - ansible.builtin.action_common_attributes
attributes:
  check_mode:
    support: full
    details: Nothing is posted, uploaded or changed; the task reports what would change.
  diff_mode:
    support: full
    details: With O(key) or O(post_id), the compared options before and after.
  platform:
    platforms: all
options:
  url:
    required: false
    description:
      - The address of the Mattermost server, with its scheme, for example V(https://chat.example.com) or V(http://127.0.0.1:8065).
      - A server below a sub-path is given with it, for example V(https://example.com/mattermost); the API is at C(/api/v4) below it.
      - If not set, the value of the E(MATTERMOST_URL) environment variable is used.
      - Required, with O(token) or O(login_id), unless O(webhook_url) is given.
      - With O(api_key), the server of the incoming webhook.
    type: str
  channel:
    description:
      - The channel to post in, by name with O(team), or by id.
      - With an incoming webhook, the name of a channel to post in instead of the webhook's own channel (the webhook must
        not be locked to its channel), or V(@username) for a direct message.
      - One of O(channel), O(user) and O(post_id) is needed when posting through the API.
    type: str
  team:
    description:
      - The name or the id of the team of O(channel) when O(channel) is a name.
      - For a direct message, the team used in RV(permalink) (by default the first team of the user).
    type: str
  user:
    description:
      - Send a direct message to the user with this username, creating the direct message channel when there is none yet.
      - With an incoming webhook, the same as O(channel=@username).
    type: str
  webhook_url:
    description:
      - Post through the incoming webhook with this URL, such as V(https://chat.example.com/hooks/xxxxxxxxxxxxxxxxxxxxxxxxxx),
        instead of the API. No token is needed. The URL is a secret, as anyone who has it can post.
    type: str
  api_key:
    description:
      - The id of an incoming webhook, the last part of its URL; with O(url), the same as O(webhook_url=<url>/hooks/<api_key>).
      - For playbooks written for M(community.general.mattermost).
    type: str
  text:
    description:
      - The message of the post (Markdown).
      - When posting, one of O(text), O(attachments) and O(files) is needed.
      - (The option is not named C(message), a name Ansible keeps for itself.)
    type: str
  props:
    description:
      - Properties stored with the post (C(props)), for integrations and for finding the post again.
      - Compared key by key with those of an existing post; keys not given are left as they are.
      - C(attachments) and C(chatops_key) are set from O(attachments) and O(key).
    type: dict
  attachments:
    description:
      - Message attachments (Slack-style), stored in the post's C(props.attachments). Each is a dictionary with C(text),
        C(title), C(color), C(fields), C(pretext), C(author_name), C(image_url), C(footer), ...
      - Compared with those of an existing post without the keys left empty (the server fills them).
      - See U(https://developers.mattermost.com/integrate/reference/message-attachments/).
    type: list
    elements: dict
  files:
    description:
      - Paths of files (on the host running the task) to upload and attach to the post, up to the server's maximum
        (usually 10 files).
      - Compared by file name and size with the files of an existing post; when they differ, the files are uploaded again
        and replace the post's files.
    type: list
    elements: path
  root_id:
    description:
      - Post as a reply in the thread of this post (the id of the thread's first post).
      - Applies when the post is made; an existing post found by O(key) or O(post_id) stays where it is.
    type: str
  priority:
    description:
      - Mark the post as V(important) or V(urgent) (message priority; the server's C(PostPriority) setting must be on).
      - Applies when the post is made; the server cannot change the priority of an existing post.
      - Only for the first post of a thread, not with O(root_id).
    type: str
    choices: [important, urgent]
  requested_ack:
    description:
      - Ask the recipients to acknowledge the post.
      - Needs a licensed server (Professional or Enterprise) through the API. When the server refuses it for its license,
        the post is made without it and the task warns.
    type: bool
    default: false
  pinned:
    description:
      - Whether the post is pinned to its channel. Not given, a new post is not pinned and an existing one is left as it is.
    type: bool
  post_id:
    description:
      - The id of an existing post to update (O(state=present)) or delete (O(state=absent)).
    type: str
  key:
    description:
      - An identifier of your choice for the post in its channel, stored in its C(props.chatops_key). A run with the
        same key (and channel) finds the post again and updates it instead of posting again.
      - >-
        The post is found first through an index the module keeps in the preferences of the user it posts as
        (category C(chatops_post_keys), one entry per channel and key, written when the post is made), then, when the
        index has no entry (the post was made by another user, or by hand), among the O(key_search_limit) newest
        posts of the channel, replies included. Only posts of the user the module logs in as are found.
    type: str
  key_search_limit:
    description:
      - How many of the newest posts of the channel are searched for O(key) when the index does not know it (see O(key)).
    type: int
    default: 1000
  username:
    description:
      - With an incoming webhook, the name shown as the sender (the server's C(EnablePostUsernameOverride) must be on).
    type: str
  icon_url:
    description:
      - With an incoming webhook, the URL of the picture shown as the sender's (the server's C(EnablePostIconOverride) must be on).
    type: str
  icon_emoji:
    description:
      - With an incoming webhook, an emoji shown as the sender's picture, instead of O(icon_url).
    type: str
  state:
    description:
      - V(present) posts, or updates the post given by O(post_id) or O(key).
      - V(absent) deletes the post given by O(post_id) or O(key), if it exists.
    type: str
    choices: [present, absent]
    default: present
notes:
  - The user the module logs in as must be allowed to post in the channel (usually, be a member of it).
  - Unlike M(community.general.mattermost), no sender name or icon is set by default with a webhook; the webhook's own are used.
seealso:
  - module: chatops.mattermost.mattermost_wait_for_event
  - module: community.general.mattermost
  - name: Posts in the Mattermost API reference
    description: The API requests this module sends.
    link: https://developers.mattermost.com/api-documentation/#/tags/posts
  - name: Incoming webhooks
    description: How to make one, and what it accepts.
    link: https://developers.mattermost.com/integrate/webhooks/incoming/
'''

EXAMPLES = r'''
- name: Tell the deployments channel what is deployed
  chatops.mattermost.mattermost_post:
    url: https://chat.example.com
    token: "{{ mattermost_token }}"
    team: ops
    channel: deployments
    text: "Deploying **{{ app_version }}** to production"
    priority: important
  register: announcement

- name: Reply in its thread
  chatops.mattermost.mattermost_post:
    url: https://chat.example.com
    token: "{{ mattermost_token }}"
    channel: "{{ announcement.post.channel_id }}"
    root_id: "{{ announcement.post.id }}"
    text: Database migrated

- name: Keep one status post per release up to date (a rerun updates it instead of posting again)
  chatops.mattermost.mattermost_post:
    url: https://chat.example.com
    token: "{{ mattermost_token }}"
    team: ops
    channel: deployments
    key: release-{{ app_version }}
    text: "Release {{ app_version }}: {{ release_status }}"
    attachments:
      - color: "{{ '#2eb886' if release_status == 'done' else '#daa038' }}"
        fields:
          - {title: Version, value: "{{ app_version }}", short: true}
          - {title: Status, value: "{{ release_status }}", short: true}
    pinned: true

- name: Send a direct message with the report attached
  chatops.mattermost.mattermost_post:
    url: https://chat.example.com
    token: "{{ mattermost_token }}"
    user: alice
    text: The nightly report
    files:
      - /tmp/report.html

- name: Post through an incoming webhook (no token)
  chatops.mattermost.mattermost_post:
    webhook_url: "{{ mattermost_webhook_url }}"
    text: "{{ inventory_hostname }} completed"
    username: Ansible
    icon_emoji: robot

- name: The same, as written for community.general.mattermost
  chatops.mattermost.mattermost_post:
    url: https://chat.example.com
    api_key: "{{ mattermost_webhook_id }}"
    text: "{{ inventory_hostname }} completed"
    channel: notifications

- name: Remove the status post
  chatops.mattermost.mattermost_post:
    url: https://chat.example.com
    token: "{{ mattermost_token }}"
    team: ops
    channel: deployments
    key: release-{{ app_version }}
    state: absent
'''

RETURN = r'''
post:
  description:
    - The post as the server returns it, after the changes (in check mode, as it would be; a new post has no C(id) then).
    - Empty when it was deleted or does not exist, and with an incoming webhook (the server does not return the post).
  returned: success
  type: dict
  sample:
    id: 9j1ejpwm67dn3bnjx5x3mfhe3r
    channel_id: wtpo5r8qofbbfpc76inw7fjj3y
    root_id: ""
    user_id: ddd9ic11u38sdjzh6oz39ijo9c
    message: Deploying **1.2.3** to production
    props: {chatops_key: release-1.2.3}
    is_pinned: false
    create_at: 1767600000000
    update_at: 1767600000000
    metadata: {priority: {priority: important}}
permalink:
  description: The link to the post in the web app, C(<url>/<team>/pl/<post id>).
  returned: when there is a post with an id
  type: str
  sample: https://chat.example.com/ops/pl/9j1ejpwm67dn3bnjx5x3mfhe3r
diff:
  description: With O(key) or O(post_id), the compared options before and after, and the post's state.
  returned: in diff mode
  type: dict
  sample:
    before: {state: present, text: "Release 1.2.3: running"}
    after: {state: present, text: "Release 1.2.3: done"}
'''

import copy
import hashlib
import os

from ansible.module_utils.basic import missing_required_lib

from ansible_collections.chatops.mattermost.plugins.module_utils._connection import (
    connect, driver_options, error_message, fail_for_error, fail_on_problems, mattermost_module,
)
from ansible_collections.chatops.mattermost.plugins.module_utils.driver import (
    REQUESTS_IMPORT_ERROR, Driver, FeatureDisabled, MattermostError, ResourceNotFound,
)
from ansible_collections.chatops.mattermost.plugins.module_utils._lookup import NotFound, find_team, is_id
from ansible_collections.chatops.mattermost.plugins.module_utils._posts import (
    comparable, direct_channel, find_channel, permalink, webhook_parts,
)

KEY_PROP = 'chatops_key'
# The index of keys in the user's preferences: one entry per (channel, key), named by a hash as
# preference names have at most 32 characters.
INDEX_CATEGORY = 'chatops_post_keys'
PAGE_SIZE = 200
API_ONLY = ('key', 'post_id', 'root_id', 'files', 'pinned', 'team')
WEBHOOK_ONLY = ('username', 'icon_url', 'icon_emoji')


def index_name(channel_id, key):
    return hashlib.sha256(('%s/%s' % (channel_id, key)).encode('utf-8')).hexdigest()[:32]


def file_signature(paths):
    """[(file name, size)] of local files, sorted: what an existing post's files are compared by."""
    return sorted((os.path.basename(path), os.path.getsize(path)) for path in paths)


def post_file_signature(post):
    files = (post.get('metadata') or {}).get('files') or []
    return sorted((info.get('name'), info.get('size')) for info in files)


class Poster:
    """Posts through the API: find the channel and the post, compare, create, update or delete."""

    def __init__(self, module, driver):
        self.module = module
        self.params = module.params
        self.driver = driver
        self.check_mode = module.check_mode
        self.channel = None
        self.team = None
        self.doing = None
        self.warnings = []
        self.indexed = False  # whether the post of `key` was found through the index

    # Finding things

    def find_channel(self):
        params = self.params
        if params['user']:
            self.doing = "open the direct message channel with '%s'" % params['user']
            # In check mode the channel is looked up, not created.
            self.channel = direct_channel(self.driver, params['user'], create=not self.check_mode)[0]
        elif params['channel']:
            self.doing = "look up channel '%s'" % params['channel']
            self.channel, self.team = find_channel(self.driver, params['channel'], params['team'])

    def find_post(self):
        """The post given by post_id or key; None when there is none."""
        params = self.params
        if params['post_id']:
            self.doing = 'look up post %s' % params['post_id']
            post = self.get_post(params['post_id'])
            if post is not None and self.channel is not None and post['channel_id'] != self.channel['id']:
                raise NotFound('Post %s is in channel %s, not in %s' % (post['id'], post['channel_id'], self.channel['id']))
            if post is not None and self.channel is None:
                self.doing = 'look up channel %s' % post['channel_id']
                self.channel = self.driver.channels.get_channel(post['channel_id'])
            return post
        if params['key'] and self.channel is not None:
            return self.find_by_key(params['key'])
        return None

    def get_post(self, post_id):
        try:
            post = self.driver.posts.get_post(post_id)
        except ResourceNotFound:
            return None
        return None if post.get('delete_at') else post

    def is_keyed(self, post, key):
        return (post.get('channel_id') == self.channel['id'] and (post.get('props') or {}).get(KEY_PROP) == key
                and post.get('user_id') == self.driver.client.userid and not post.get('delete_at'))

    def find_by_key(self, key):
        self.doing = "look up the post with key '%s'" % key
        post_id = self.read_index(key)
        if post_id:
            post = self.get_post(post_id)
            if post is not None and self.is_keyed(post, key):
                self.indexed = True
                return post
        # Not indexed (posted by another user, or by hand), or the index is stale: search the channel.
        limit = self.params['key_search_limit']
        page = 0
        while page * PAGE_SIZE < limit:
            per_page = min(PAGE_SIZE, limit - page * PAGE_SIZE)
            listing = self.driver.posts.get_posts_for_channel(self.channel['id'], params={'page': page, 'per_page': per_page})
            order = listing.get('order') or []
            for found_id in order:
                post = listing['posts'][found_id]
                if self.is_keyed(post, key):
                    return post
            if len(order) < per_page:
                break
            page += 1
        return None

    def read_index(self, key):
        try:
            entry = self.driver.preferences.get_preferences_by_category_by_name(
                self.driver.client.userid, INDEX_CATEGORY, index_name(self.channel['id'], key))
        except MattermostError as exc:
            # The server answers 400 (app.preference.get.app_error) for an entry it does not have.
            if exc.status_code in (400, 403, 404):
                return None
            raise
        return (entry or {}).get('value')

    def index_entry(self, key, post_id):
        return [{'user_id': self.driver.client.userid, 'category': INDEX_CATEGORY,
                 'name': index_name(self.channel['id'], key), 'value': post_id}]

    def write_index(self, key, post_id, delete=False):
        try:
            if delete:
                self.driver.preferences.delete_preferences(self.driver.client.userid, options=self.index_entry(key, post_id))
            else:
                self.driver.preferences.update_preferences(self.driver.client.userid, options=self.index_entry(key, post_id))
        except MattermostError as exc:
            self.warnings.append('The index of keys in the preferences of the user could not be %s (a rerun finds the '
                                 'post by searching the channel): %s' % ('cleaned' if delete else 'written', error_message(exc)))

    # Comparing

    def wanted_props(self, current_props):
        """The complete props the post must have: the current ones updated with what was given."""
        params = self.params
        props = dict(current_props or {})
        props.update(params['props'] or {})
        if params['attachments'] is not None:
            props['attachments'] = params['attachments']
        if params['key']:
            props[KEY_PROP] = params['key']
        return props

    def compared(self, post):
        """{option: comparable value} of the post for the options given."""
        params = self.params
        props = post.get('props') or {}
        values = {}
        if params['text'] is not None:
            values['text'] = post.get('message', '')
        if params['props'] is not None:
            values['props'] = dict((name, props.get(name)) for name in params['props'])
        if params['attachments'] is not None:
            values['attachments'] = comparable(props.get('attachments') or [])
        if params['files'] is not None:
            values['files'] = [list(item) for item in post_file_signature(post)]
        if params['pinned'] is not None:
            values['pinned'] = bool(post.get('is_pinned'))
        return values

    def wanted(self):
        params = self.params
        values = {}
        if params['text'] is not None:
            values['text'] = params['text']
        if params['props'] is not None:
            values['props'] = dict(params['props'])
        if params['attachments'] is not None:
            values['attachments'] = comparable(params['attachments'])
        if params['files'] is not None:
            values['files'] = [list(item) for item in file_signature(params['files'])]
        if params['pinned'] is not None:
            values['pinned'] = params['pinned']
        return values

    # Writing

    def upload(self):
        """The ids of the uploaded files of the `files` option (none in check mode)."""
        paths = self.params['files'] or []
        if not paths or self.check_mode:
            return []
        self.doing = 'upload %d file(s)' % len(paths)
        handles = [open(path, 'rb') for path in paths]
        try:
            answer = self.driver.files.upload_file(
                self.channel['id'], [('files', (os.path.basename(path), handle)) for path, handle in zip(paths, handles)])
        finally:
            for handle in handles:
                handle.close()
        return [info['id'] for info in answer['file_infos']]

    def create(self):
        params = self.params
        body = {'channel_id': self.channel['id'] if self.channel else '', 'message': params['text'] or '',
                'props': self.wanted_props({})}
        if params['root_id']:
            body['root_id'] = params['root_id']
        if params['priority'] or params['requested_ack']:
            body['metadata'] = {'priority': {'priority': params['priority'] or ''}}
            if params['requested_ack']:
                body['metadata']['priority']['requested_ack'] = True
        if self.check_mode:
            return dict(body, user_id=self.driver.client.userid, is_pinned=bool(params['pinned']))
        file_ids = self.upload()
        if file_ids:
            body['file_ids'] = file_ids
        self.doing = 'post in channel %s' % self.channel['id']
        try:
            post = self.driver.posts.create_post(options=body)
        except FeatureDisabled:
            if not params['requested_ack']:
                raise
            # Acknowledgements need a licensed server; the post itself does not.
            self.warnings.append('The server refused requested_ack for its license: posted without it')
            del body['metadata']['priority']['requested_ack']
            if not params['priority']:
                del body['metadata']
            post = self.driver.posts.create_post(options=body)
        if params['pinned']:
            self.doing = 'pin post %s' % post['id']
            self.driver.posts.pin_post(post['id'])
            post['is_pinned'] = True
        if params['key']:
            self.write_index(params['key'], post['id'])
        return post

    def update(self, post, before, after):
        params = self.params
        patch = {}
        if 'text' in after and before.get('text') != after.get('text'):
            patch['message'] = params['text']
        if any(before.get(name) != after.get(name) for name in ('props', 'attachments') if name in after):
            patch['props'] = self.wanted_props(post.get('props'))
        if 'files' in after and before['files'] != after['files']:
            patch['file_ids'] = self.upload()
        if self.check_mode:
            post = copy.deepcopy(post)
            post.update((name, value) for name, value in patch.items() if name != 'file_ids')
        elif patch:
            self.doing = 'update post %s' % post['id']
            post = self.driver.posts.patch_post(post['id'], options=patch)
        if 'pinned' in after and before['pinned'] != after['pinned']:
            if not self.check_mode:
                self.doing = '%s post %s' % ('pin' if after['pinned'] else 'unpin', post['id'])
                if after['pinned']:
                    self.driver.posts.pin_post(post['id'])
                else:
                    self.driver.posts.unpin_post(post['id'])
            post['is_pinned'] = after['pinned']
        return post

    def delete(self, post):
        if self.check_mode:
            return
        self.doing = 'delete post %s' % post['id']
        self.driver.posts.delete_post(post['id'])
        if self.params['key']:
            self.write_index(self.params['key'], post['id'], delete=True)

    def link(self, post):
        """The post's permalink, reading the team's name when it is not known yet."""
        if not post or not post.get('id'):
            return None
        team_id = (self.channel or {}).get('team_id')
        if self.team is not None and self.team['id'] == team_id:
            team_name = self.team['name']
        elif team_id and self.params['team'] and not is_id(self.params['team']):
            team_name = self.params['team']
        elif team_id:
            self.doing = 'look up team %s' % team_id
            team_name = self.driver.teams.get_team(team_id)['name']
        elif self.params['team']:  # a direct message: any team of the user opens it
            team_name = self.params['team'] if not is_id(self.params['team']) else find_team(self.driver, self.params['team'])['name']
        else:
            self.doing = 'look up the teams of the user'
            teams = self.driver.teams.get_teams_for_user(self.driver.client.userid) or []
            team_name = teams[0]['name'] if teams else None
        return permalink(self.params['url'], team_name, post['id'])

    def run(self):
        params = self.params
        self.find_channel()
        current = self.find_post()
        result = {'changed': False}
        if params['state'] == 'absent':
            if current is not None:
                self.delete(current)
                result['changed'] = True
            result['post'] = {}
            if self.module._diff:
                result['diff'] = {'before': {'state': 'present' if current else 'absent'}, 'after': {'state': 'absent'}}
            return result

        if current is None:
            if params['post_id']:
                raise NotFound('No post has the id %s (or the user cannot read it)' % params['post_id'])
            if self.channel is None and not self.check_mode:
                raise NotFound('No channel to post in')
            post = self.create()
            before, after = {'state': 'absent'}, dict(self.wanted(), state='present')
            result['changed'] = True
        else:
            before, after = self.compared(current), self.wanted()
            post = self.update(current, before, after) if before != after else current
            result['changed'] = before != after
            if params['key'] and result['changed'] and not self.indexed and not self.check_mode:
                self.write_index(params['key'], post['id'])  # found by searching: index it for the next run
            before, after = dict(before, state='present'), dict(after, state='present')
        result['post'] = post
        link = self.link(post)
        if link:
            result['permalink'] = link
        if self.module._diff and (params['key'] or params['post_id']):
            result['diff'] = {'before': before, 'after': after}
        return result


def webhook_payload(params):
    payload = {}
    if params['text'] is not None:
        payload['text'] = params['text']
    if params['user']:
        payload['channel'] = '@' + params['user'].lstrip('@')
    elif params['channel']:
        payload['channel'] = params['channel']
    for option in ('username', 'icon_url', 'icon_emoji', 'attachments', 'props'):
        if params[option] is not None:
            payload[option] = params[option]
    if params['priority'] or params['requested_ack']:
        payload['priority'] = {'priority': params['priority'] or '', 'requested_ack': params['requested_ack']}
    return payload


def post_through_webhook(module):
    params = module.params
    try:
        if params['webhook_url']:
            server, hook_id = webhook_parts(params['webhook_url'])
        else:
            server, hook_id = params['url'], params['api_key']
            webhook_parts('%s/hooks/%s' % (server.rstrip('/'), hook_id))  # the same checks
    except ValueError as exc:
        module.fail_json(msg=str(exc))
    # The hook id alone is a secret too (the server's error messages name it).
    module.no_log_values.add(hook_id)
    if module.check_mode:
        module.exit_json(changed=True, post={})
    if REQUESTS_IMPORT_ERROR:
        module.fail_json(msg=missing_required_lib('requests'), exception=REQUESTS_IMPORT_ERROR)
    options = driver_options(dict(params, url=server, token=None, login_id=None, login_password=None))
    try:
        driver = Driver(options)
        driver.webhooks.call_webhook(hook_id, options=webhook_payload(params))
    except ValueError as exc:
        module.fail_json(msg='Invalid connection options: %s' % exc)
    except MattermostError as exc:
        fail_for_error(module, exc, 'post through the incoming webhook')
    module.exit_json(changed=True, post={})


def argument_spec():
    return dict(
        channel=dict(type='str'),
        team=dict(type='str'),
        user=dict(type='str'),
        webhook_url=dict(type='str', no_log=True),
        api_key=dict(type='str', no_log=True),
        text=dict(type='str'),
        props=dict(type='dict'),
        attachments=dict(type='list', elements='dict'),
        files=dict(type='list', elements='path'),
        root_id=dict(type='str'),
        priority=dict(type='str', choices=['important', 'urgent']),
        requested_ack=dict(type='bool', default=False),
        pinned=dict(type='bool'),
        post_id=dict(type='str'),
        key=dict(type='str', no_log=False),
        key_search_limit=dict(type='int', default=1000, no_log=False),
        username=dict(type='str'),
        icon_url=dict(type='str'),
        icon_emoji=dict(type='str'),
        state=dict(type='str', choices=['present', 'absent'], default='present'),
    )


def problems(params, webhook):
    """What is wrong with the combination of options, before any request."""
    found = []
    given = [name for name in API_ONLY if params[name] not in (None, [])]
    if webhook:
        if given:
            found.append('%s cannot be used with an incoming webhook, which tells nothing back' % ', '.join(given))
        if params['state'] == 'absent':
            found.append('state=absent cannot be used with an incoming webhook')
    else:
        if not params['url'] or not (params['token'] or params['login_id']):
            found.append('url and token (or login_id and login_password) are needed, unless webhook_url is given')
        webhook_only = [name for name in WEBHOOK_ONLY if params[name] is not None]
        if webhook_only:
            found.append('%s can only be used with an incoming webhook' % ', '.join(webhook_only))
        if not (params['channel'] or params['user'] or params['post_id']):
            found.append('one of channel, user and post_id is needed')
        if params['state'] == 'absent' and not (params['post_id'] or params['key']):
            found.append('state=absent needs post_id or key')
        if params['key'] and not (params['channel'] or params['user']):
            found.append('key needs channel or user')
    if params['state'] == 'present' and not params['post_id'] and not params['key'] and not (
            params['text'] or params['attachments'] or params['files']):
        found.append('one of text, attachments and files is needed to post')
    if params['root_id'] and (params['priority'] or params['requested_ack']):
        found.append('priority and requested_ack apply to the first post of a thread only, not to a reply (root_id)')
    if params['key_search_limit'] < 0:
        found.append('key_search_limit cannot be negative')
    for path in params['files'] or []:
        if not os.path.isfile(path):
            found.append('files: %s is not a file' % path)
    for option in ('post_id', 'root_id'):
        if params[option] and not is_id(params[option]):
            found.append('%s %r is not a Mattermost id (26 lowercase letters and digits)' % (option, params[option]))
    return found


def main():
    # The connection is not needed with an incoming webhook: problems() checks it otherwise.
    module = mattermost_module(
        argument_spec(),
        mutually_exclusive=[('channel', 'user'), ('post_id', 'key'), ('webhook_url', 'api_key'), ('icon_url', 'icon_emoji')],
        connection_required=False,
        supports_check_mode=True,
    )
    params = module.params
    webhook = bool(params['webhook_url'] or params['api_key'])
    fail_on_problems(module, problems(params, webhook))
    if webhook:
        post_through_webhook(module)

    driver = connect(module)
    poster = Poster(module, driver)
    try:
        result = poster.run()
    except NotFound as exc:
        module.fail_json(msg=str(exc))
    except MattermostError as exc:
        fail_for_error(module, exc, poster.doing)
    for warning in poster.warnings:
        module.warn(warning)
    module.exit_json(**result)


if __name__ == '__main__':
    main()
