# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Posts found again by a key of the user's choice, for idempotent posting.

A keyed post carries its key in props.chatops_key. It is found through an index in the preferences
of the user who posts (category chatops_post_keys, one entry per channel and key, whose value is the
post id), and, when the index does not know it, by searching the newest posts of the channel. Only
the posts of the logged in user count. Through the driver only.
"""

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import hashlib

from ansible_collections.chatops.mattermost.plugins.module_utils.driver import MattermostError, ResourceNotFound

KEY_PROP = 'chatops_key'
INDEX_CATEGORY = 'chatops_post_keys'
PAGE_SIZE = 200


def index_name(channel_id, key):
    """The name of the index entry of (channel, key): a hash, as preference names have at most 32 characters."""
    return hashlib.sha256(('%s/%s' % (channel_id, key)).encode('utf-8')).hexdigest()[:32]


def live_post(driver, post_id):
    """The post with this id, None when there is none or it is deleted."""
    try:
        post = driver.posts.get_post(post_id)
    except ResourceNotFound:
        return None
    return None if post.get('delete_at') else post


class PostKeys:
    """The keyed posts of the logged in user in one channel."""

    def __init__(self, driver, channel_id):
        self.driver = driver
        self.channel_id = channel_id

    def is_keyed(self, post, key):
        return (post.get('channel_id') == self.channel_id and (post.get('props') or {}).get(KEY_PROP) == key
                and post.get('user_id') == self.driver.client.userid and not post.get('delete_at'))

    def find(self, key, search_limit):
        """(post, indexed) for the key: the post or None, and whether the index knew it."""
        post_id = self.read_index(key)
        if post_id:
            post = live_post(self.driver, post_id)
            if post is not None and self.is_keyed(post, key):
                return post, True
        # Not indexed (posted by another tool, or by hand), or the index is stale: search the channel.
        page = 0
        while page * PAGE_SIZE < search_limit:
            per_page = min(PAGE_SIZE, search_limit - page * PAGE_SIZE)
            listing = self.driver.posts.get_posts_for_channel(self.channel_id, params={'page': page, 'per_page': per_page})
            order = listing.get('order') or []
            for found_id in order:
                post = listing['posts'][found_id]
                if self.is_keyed(post, key):
                    return post, False
            if len(order) < per_page:
                break
            page += 1
        return None, False

    def read_index(self, key):
        """The post id the index has for the key, or None."""
        try:
            entry = self.driver.preferences.get_preferences_by_category_by_name(
                self.driver.client.userid, INDEX_CATEGORY, index_name(self.channel_id, key))
        except MattermostError as exc:
            # The server answers 400 (app.preference.get.app_error) for an entry it does not have.
            if exc.status_code in (400, 403, 404):
                return None
            raise
        return (entry or {}).get('value')

    def entry(self, key, post_id):
        return [{'user_id': self.driver.client.userid, 'category': INDEX_CATEGORY,
                 'name': index_name(self.channel_id, key), 'value': post_id}]

    def remember(self, key, post_id):
        """Index the post of the key (MattermostError when the server refuses)."""
        self.driver.preferences.update_preferences(self.driver.client.userid, options=self.entry(key, post_id))

    def forget(self, key, post_id):
        """Remove the index entry of the key (MattermostError when the server refuses)."""
        self.driver.preferences.delete_preferences(self.driver.client.userid, options=self.entry(key, post_id))
