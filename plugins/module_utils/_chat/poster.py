# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""What mattermost_post does: check its options, post through an incoming webhook, or find, compare,
create, update or delete a post through the API (with the shared code of posts.py and post_key.py)."""

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import contextlib
import copy
import os

from ansible_collections.chatops.mattermost.plugins.module_utils._driver_options import driver_options
from ansible_collections.chatops.mattermost.plugins.module_utils._errors import (
    Failure, RequestFailed, Work, check, error_message,
)
from ansible_collections.chatops.mattermost.plugins.module_utils.driver import (
    REQUESTS_IMPORT_ERROR, FeatureDisabled, MattermostError,
)
from ansible_collections.chatops.mattermost.plugins.module_utils._lookup import NotFound, find_channel, is_id
from ansible_collections.chatops.mattermost.plugins.module_utils._chat.post_key import KEY_PROP, PostKeys, live_post
from ansible_collections.chatops.mattermost.plugins.module_utils._chat.posts import (
    OVERRIDE_PROPS, comparable, direct_channel, hook_url, link_team_name, override_props, override_warning, permalink,
    post_body, send_to_webhook, webhook_parts, webhook_payload,
)

POST_ARGUMENT_SPEC = dict(
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
POST_MUTUALLY_EXCLUSIVE = [('channel', 'user'), ('post_id', 'key'), ('webhook_url', 'api_key'), ('icon_url', 'icon_emoji')]

API_ONLY = ('key', 'post_id', 'root_id', 'files', 'pinned', 'team')
OVERRIDES = tuple(option for option, prop in OVERRIDE_PROPS)


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
        # local_socket is refused by login(), with why: a post needs a user to be made by.
        if not params.get('local_socket') and (not params['url'] or not (params['token'] or params['login_id'])):
            found.append('url and token (or login_id and login_password) are needed, unless webhook_url is given')
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
    found += attachment_problems(params['attachments'])
    if len(params['files'] or ()) > MAX_FILES:
        # Checked before the uploads: the server refuses the post after them, leaving the files behind.
        found.append('files: a post has at most %d files, not %d' % (MAX_FILES, len(params['files'])))
    if params['text'] is not None and len(params['text']) > MAX_MESSAGE_CHARACTERS:
        # The server refuses it (model.Post.IsValid), and it would do so after the uploads.
        found.append('text: a post has at most %d characters, not %d' % (MAX_MESSAGE_CHARACTERS, len(params['text'])))
    if params['key'] is not None and not params['key'].strip():
        found.append('key must not be empty: leave it out for a post without a key')
    for path in params['files'] or []:
        if not os.path.isfile(path):
            found.append('files: %s is not a file' % path)
    for option in ('post_id', 'root_id'):
        if params[option] and not is_id(params[option]):
            found.append('%s %r is not a Mattermost id (26 lowercase letters and digits)' % (option, params[option]))
    return found


# The keys of a message attachment (model.SlackAttachment) with the JSON types the server decodes them
# into: a value of another type makes the server store `attachments: null` and answer success.
ATTACHMENT_TEXT_KEYS = ('fallback', 'color', 'pretext', 'author_name', 'author_link', 'author_icon', 'title',
                        'title_link', 'text', 'image_url', 'thumb_url', 'footer', 'footer_icon')
ATTACHMENT_FIELD_KEYS = ('title', 'value', 'short')
# The most files one post holds (model.PostFileidsMaxRunes allows 10 ids).
MAX_FILES = 10
# The longest message the server stores (model.PostMessageMaxRunesV2, the size of its column).
MAX_MESSAGE_CHARACTERS = 16383


def attachment_problems(attachments):
    """Why `attachments` would not be stored as given, before any request."""
    found = []
    for index, attachment in enumerate(attachments or ()):
        at = 'attachments[%d]' % index
        if not isinstance(attachment, dict):
            found.append('%s must be a dict (a message attachment)' % at)
            continue
        unknown = sorted(set(attachment) - set(ATTACHMENT_TEXT_KEYS) - {'id', 'fields', 'ts', 'actions'})
        if unknown:
            found.append('%s has no key %s: its keys are %s' % (
                at, ', '.join(unknown), ', '.join(sorted(ATTACHMENT_TEXT_KEYS + ('id', 'fields', 'ts', 'actions')))))
        found += ['%s.%s must be a string' % (at, key) for key in ATTACHMENT_TEXT_KEYS
                  if attachment.get(key) is not None and not isinstance(attachment[key], str)]
        if attachment.get('id') is not None and (isinstance(attachment['id'], bool) or not isinstance(attachment['id'], int)):
            found.append('%s.id must be an integer' % at)
        if attachment.get('ts') is not None and (isinstance(attachment['ts'], bool) or not isinstance(attachment['ts'], (str, int))):
            found.append('%s.ts must be a string or an integer' % at)
        if attachment.get('actions') is not None and not isinstance(attachment['actions'], list):
            found.append('%s.actions must be a list' % at)
        fields = attachment.get('fields')
        if fields is not None and not isinstance(fields, list):
            found.append('%s.fields must be a list of {title, value, short}' % at)
        for field_index, field in enumerate(fields if isinstance(fields, list) else ()):
            where = '%s.fields[%d]' % (at, field_index)
            if not isinstance(field, dict) or set(field) - set(ATTACHMENT_FIELD_KEYS):
                found.append('%s must be a dict with the keys title, value and short' % where)
            elif field.get('title') is not None and not isinstance(field['title'], str):
                found.append('%s.title must be a string' % where)
    return found


def post(task):
    """mattermost_post's work: post as the options of `task` (a _connection.Task) say, through an
    incoming webhook or through the API; return the module's result, or raise a Failure."""
    params = task.params
    # An empty override is no override: the server drops an empty prop, so sending one would differ each run.
    for name in ('username', 'icon_url', 'icon_emoji'):
        if params[name] is not None and not params[name].strip():
            params[name] = None
    webhook = bool(params['webhook_url'] or params['api_key'])
    check(problems(params, webhook))
    if webhook:
        return post_through_webhook(task)
    return Poster(params, task.driver(needs_user='posting through the API'), task.check_mode, task.diff).ensure()


def post_through_webhook(task):
    params = task.params
    webhook_url = params['webhook_url'] or hook_url(params['url'] or '', params['api_key'])
    try:
        hook_id = webhook_parts(webhook_url)[1]
    except ValueError as exc:
        raise Failure(str(exc))
    # The hook id alone is a secret too (the server's error messages name it).
    task.no_log_values.add(hook_id)
    if task.check_mode:
        return dict(changed=True, post={})
    task.require('requests', REQUESTS_IMPORT_ERROR)
    payload = webhook_payload(**dict((name, params[name]) for name in (
        'text', 'channel', 'user', 'username', 'icon_url', 'icon_emoji', 'attachments', 'props', 'priority', 'requested_ack')))
    try:
        send_to_webhook(driver_options(params), webhook_url, payload)
    except ValueError as exc:
        raise Failure('Invalid connection options: %s' % exc)
    except MattermostError as exc:
        raise RequestFailed(exc, 'post through the incoming webhook')
    return dict(changed=True, post={})


def file_signature(paths):
    """[(file name, size)] of local files, sorted: what an existing post's files are compared by."""
    return sorted((os.path.basename(path), os.path.getsize(path)) for path in paths)


def post_file_signature(post):
    files = (post.get('metadata') or {}).get('files') or []
    return sorted((info.get('name'), info.get('size')) for info in files)


@contextlib.contextmanager
def files_left_behind(file_ids, work):
    """Run the request that attaches the uploaded `file_ids` to a post; if the server refuses it (what
    Poster.refusals_before_upload could not foresee: a permission, a plugin, an outage), fail saying
    which files stay on the server attached to no post, as there is no request that removes them."""
    try:
        yield
    except MattermostError as exc:
        if not file_ids:
            raise
        failed = RequestFailed(exc, work.doing, files_left_behind=list(file_ids))
        raise Failure('%s; the %d file(s) uploaded for it (ids %s) stay on the server attached to no post: Mattermost '
                      'has no request that removes them' % (failed.msg, len(file_ids), ', '.join(file_ids)),
                      **failed.result)


class Poster(Work):
    """Posts through the API: find the channel and the post, compare, create, update or delete."""

    def __init__(self, params, driver, check_mode=False, diff=False):
        self.params = params
        self.driver = driver
        self.check_mode = check_mode
        self.diff = diff
        self.channel = None
        self.keys = None
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
            self.channel = find_channel(self.driver, params['team'], params['channel'], direct_too=True)
        if self.channel is not None:
            self.keys = PostKeys(self.driver, self.channel['id'])

    def find_post(self):
        """The post given by post_id or key; None when there is none."""
        params = self.params
        if params['post_id']:
            self.doing = 'look up post %s' % params['post_id']
            post = live_post(self.driver, params['post_id'])
            if post is not None and self.channel is not None and post['channel_id'] != self.channel['id']:
                raise NotFound('Post %s is in channel %s, not in %s' % (post['id'], post['channel_id'], self.channel['id']))
            if post is not None and self.channel is None:
                self.doing = 'look up channel %s' % post['channel_id']
                self.channel = self.driver.channels.get_channel(post['channel_id'])
            return post
        if params['key'] and self.keys is not None:
            self.doing = "look up the post with key '%s'" % params['key']
            post, self.indexed = self.keys.find(params['key'], params['key_search_limit'])
            return post
        return None

    def write_index(self, post_id, delete=False):
        try:
            if delete:
                self.keys.forget(self.params['key'], post_id)
            else:
                self.keys.remember(self.params['key'], post_id)
        except MattermostError as exc:
            self.warnings.append('The index of keys in the preferences of the user could not be %s (a rerun finds the '
                                 'post by searching the channel): %s' % ('cleaned' if delete else 'written', error_message(exc)))

    # Comparing

    def given_overrides(self):
        return [option for option in OVERRIDES if self.params[option] is not None]

    def wanted_props(self, current_props):
        """The complete props the post must have: the current ones updated with what was given."""
        params = self.params
        props = dict(current_props or {})
        props.update(params['props'] or {})
        props.update(override_props(params['username'], params['icon_url'], params['icon_emoji']))
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
        for option, prop in OVERRIDE_PROPS:
            if params[option] is not None:
                values[option] = props.get(prop)
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
        for option in self.given_overrides():
            values[option] = params[option]
        if params['attachments'] is not None:
            values['attachments'] = comparable(params['attachments'])
        if params['files'] is not None:
            values['files'] = [list(item) for item in file_signature(params['files'])]
        if params['pinned'] is not None:
            values['pinned'] = params['pinned']
        return values

    # Writing

    def refusals_before_upload(self):
        """Why the server would refuse the post (or its edit) once its files are uploaded, asked
        before the upload: Mattermost has no request that removes an uploaded file attached to no
        post (no DELETE /files/{id}; only deleting a post removes its files), so a refusal after the
        upload would leave the files behind. Reads the client configuration and the root post."""
        params = self.params
        found = []
        if self.channel and self.channel.get('delete_at'):
            found.append("channel %s is archived: the server refuses posts in it" % self.channel.get('name'))
        self.doing = 'read the settings of the server'
        config = self.driver.system.get_client_config(params={'format': 'old'}) or {}
        if str(config.get('EnableFileAttachments', 'true')).lower() == 'false':
            found.append('files: the server does not accept files (FileSettings.EnableFileAttachments is off)')
        limit = config.get('MaxFileSize')
        if limit and str(limit).isdigit():
            found += ['files: %s has %d bytes, more than the %s the server accepts (FileSettings.MaxFileSize)' % (
                path, os.path.getsize(path), limit) for path in params['files'] if os.path.getsize(path) > int(limit)]
        if params['priority'] and str(config.get('PostPriority', 'true')).lower() == 'false':
            found.append('priority: the server does not accept it (ServiceSettings.PostPriority is off)')
        if params['root_id'] and not params['post_id']:
            self.doing = 'look up the root post %s' % params['root_id']
            root = live_post(self.driver, params['root_id'])
            if root is None:
                found.append('root_id: no post has the id %s (or the user cannot read it)' % params['root_id'])
            elif self.channel and root.get('channel_id') != self.channel['id']:
                found.append('root_id: post %s is in another channel' % params['root_id'])
            elif root.get('root_id'):
                found.append('root_id: post %s is a reply; give the first post of its thread, %s' % (
                    params['root_id'], root['root_id']))
        return found

    def upload(self):
        """The ids of the uploaded files of the `files` option (none in check mode), once the server's
        refusals that can be known are ruled out (refusals_before_upload)."""
        paths = self.params['files'] or []
        if not paths:
            return []
        check(self.refusals_before_upload())
        if self.check_mode:
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
        channel_id = self.channel['id'] if self.channel else ''
        props = self.wanted_props({})
        body = post_body(channel_id, params['text'], props, root_id=params['root_id'], priority=params['priority'],
                         requested_ack=params['requested_ack'])
        file_ids = self.upload()
        if self.check_mode:
            return dict(body, user_id=self.driver.client.userid, is_pinned=bool(params['pinned']))
        if file_ids:
            body['file_ids'] = file_ids
        self.doing = 'post in channel %s' % channel_id
        with files_left_behind(file_ids, self):
            try:
                post = self.driver.posts.create_post(options=body)
            except FeatureDisabled:
                if not params['requested_ack']:
                    raise
                # Acknowledgements need a licensed server; the post itself does not.
                self.warnings.append('The server refused requested_ack for its license: posted without it')
                post = self.driver.posts.create_post(options=post_body(
                    channel_id, params['text'], props, root_id=params['root_id'], priority=params['priority'],
                    file_ids=file_ids))
        if params['pinned']:
            self.doing = 'pin post %s' % post['id']
            self.driver.posts.pin_post(post['id'])
            post['is_pinned'] = True
        if params['key']:
            self.write_index(post['id'])
        return post

    def update(self, post, before, after):
        params = self.params
        patch = {}
        if 'text' in after and before.get('text') != after.get('text'):
            patch['message'] = params['text']
        if any(before.get(name) != after.get(name) for name in ('props', 'attachments') + OVERRIDES if name in after):
            patch['props'] = self.wanted_props(post.get('props'))
        if 'files' in after and before['files'] != after['files']:
            patch['file_ids'] = self.upload()
        if self.check_mode:
            post = copy.deepcopy(post)
            post.update((name, value) for name, value in patch.items() if name != 'file_ids')
        elif patch:
            self.doing = 'update post %s' % post['id']
            with files_left_behind(patch.get('file_ids'), self):
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
            self.write_index(post['id'], delete=True)

    def link(self, post):
        """The post's permalink, reading the team's name when it is not known yet."""
        if not post or not post.get('id'):
            return None
        self.doing = 'look up the team of the post'
        return permalink(self.params['url'], link_team_name(self.driver, self.channel, self.params['team']), post['id'])

    def run(self):
        """The module's result (see _errors.Work for ensure()); NotFound for a post or a channel that
        is not there."""
        params = self.params
        self.find_channel()
        current = self.find_post()
        result = {'changed': False}
        if params['state'] == 'absent':
            if current is not None:
                self.delete(current)
                result['changed'] = True
            result['post'] = {}
            if self.diff:
                result['diff'] = {'before': {'state': 'present' if current else 'absent'}, 'after': {'state': 'absent'}}
            return result

        self.doing = 'read the settings of the server'
        warning = override_warning(self.driver, self.given_overrides())
        if warning:
            self.warnings.append(warning)
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
                self.write_index(post['id'])  # found by searching: index it for the next run
            before, after = dict(before, state='present'), dict(after, state='present')
        result['post'] = post
        link = self.link(post)
        if link:
            result['permalink'] = link
        if self.diff and (params['key'] or params['post_id']):
            result['diff'] = {'before': before, 'after': after}
        return result
