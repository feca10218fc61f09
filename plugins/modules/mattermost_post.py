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
    (C(props.chatops_key)); a rerun updates that post when O(text), O(props), O(attachments), O(files), O(pinned) or
    the sender overrides differ, and changes nothing otherwise. With O(post_id), the post with that id is updated. Either can be deleted
    with O(state=absent).
  - Through an incoming webhook (O(webhook_url), or O(url) and O(api_key)) no token is needed, as with
    M(community.general.mattermost), whose options this module also takes (O(text), O(channel), O(username),
    O(icon_url), O(attachments), O(priority)); the server tells nothing back, so there is no O(key), O(post_id),
    O(root_id), O(files) or O(pinned) there.
  - A sender name or picture (O(username), O(icon_url), O(icon_emoji)) is kept by Mattermost 12 and later only on the
    posts of bots and incoming webhooks, not on those users make through the API; the task warns then.
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
      - >-
        Mattermost has no request that removes an uploaded file that is attached to no post, so what the server would
        refuse after the upload is checked before it (also in check mode): the number of files, their size
        (C(FileSettings.MaxFileSize)), C(FileSettings.EnableFileAttachments), an archived channel, O(priority) switched off
        (C(ServiceSettings.PostPriority)) and a O(root_id) that is not a first post of the channel. If the post is still
        refused after the upload (a permission, a plugin, an outage), the task fails naming the files left on the server
        (C(files_left_behind), their ids).
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
      - The name shown as the sender instead of the user's (the server's C(EnablePostUsernameOverride) must be on).
      - Through the API it is stored in the post's C(props.override_username), with C(props.from_webhook), as the server
        stores it for incoming webhooks. B(Mattermost 12 and later drop it from the posts users make through the API);
        only bots and incoming webhooks keep it. The task warns when it posts as a user (not a bot) with O(username),
        O(icon_url) or O(icon_emoji), or as a bot when the server setting is off.
    type: str
  icon_url:
    description:
      - The URL of the picture shown as the sender's (the server's C(EnablePostIconOverride) must be on).
      - Through the API, stored in C(props.override_icon_url); see O(username) for Mattermost 12.
    type: str
  icon_emoji:
    description:
      - An emoji shown as the sender's picture, instead of O(icon_url).
      - Through the API, stored in C(props.override_icon_emoji); see O(username) for Mattermost 12.
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
  - To post with another sender name or picture on Mattermost 12 or later, log in with the token of a bot
    (M(chatops.mattermost.mattermost_bot), M(chatops.mattermost.mattermost_access_token)) or use an incoming webhook.
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

from ansible_collections.chatops.mattermost.plugins.module_utils._connection import mattermost_module, run_task
from ansible_collections.chatops.mattermost.plugins.module_utils._chat.poster import POST_ARGUMENT_SPEC, POST_MUTUALLY_EXCLUSIVE, post


def main():
    # The connection is not needed with an incoming webhook: post() checks it otherwise.
    module = mattermost_module(POST_ARGUMENT_SPEC, mutually_exclusive=POST_MUTUALLY_EXCLUSIVE, connection_required=False,
                               supports_check_mode=True)
    run_task(module, post)


if __name__ == '__main__':
    main()
