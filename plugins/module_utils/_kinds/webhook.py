# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""An incoming or outgoing webhook: its options, its rules, and how its desired state becomes API requests."""

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

from ansible_collections.chatops.mattermost.plugins.module_utils._errors import Failure, path_of
from ansible_collections.chatops.mattermost.plugins.module_utils._kinds.integrations import rotate_token, warn_when_not_kept
from ansible_collections.chatops.mattermost.plugins.module_utils._lookup import find_channel, find_team, found, is_id
from ansible_collections.chatops.mattermost.plugins.module_utils._chat.posts import hook_url
from ansible_collections.chatops.mattermost.plugins.module_utils._naming import (
    WEBHOOK_MAX_BYTES, WEBHOOK_MAX_LIST_BYTES, WHITESPACE, http_urls_problems, length_problems, list_bytes_problems,
    not_empty_problems, override_username_problems, unique_sorted,
)
from ansible_collections.chatops.mattermost.plugins.module_utils._resource import (
    Codes, Field, Resource, state_argument_spec, text,
)

INCOMING = 'incoming'
OUTGOING = 'outgoing'

OUTGOING_ONLY = ('trigger_words', 'trigger_when', 'callback_urls', 'content_type')
INCOMING_ONLY = ('channel_locked',)

TRIGGER_WHEN = Codes({0: 'first_word', 1: 'start_of_word'})
FORM = 'application/x-www-form-urlencoded'

NOT_KEPT_HINTS = dict(
    username='the server keeps it only with ServiceSettings.EnablePostUsernameOverride on',
    icon_url='the server keeps it only with ServiceSettings.EnablePostIconOverride on',
    channel_locked='the server locks the webhooks of users without the bypass_incoming_webhook_channel_lock permission',
)


WEBHOOK_ARGUMENT_SPEC = dict(
    kind=dict(type='str', required=True, choices=[INCOMING, OUTGOING]),
    team=dict(type='str'),
    channel=dict(type='str'),
    id=dict(type='str', no_log=True),
    display_name=dict(type='str'),
    description=dict(type='str'),
    username=dict(type='str'),
    icon_url=dict(type='str'),
    channel_locked=dict(type='bool'),
    trigger_words=dict(type='list', elements='str'),
    trigger_when=dict(type='str', choices=['first_word', 'start_of_word']),
    callback_urls=dict(type='list', elements='str'),
    content_type=dict(type='str', choices=[FORM, 'application/json']),
    regenerate_token=dict(type='bool', default=False, no_log=False),
    **state_argument_spec(archivable=False)
)


def content_type(value):
    """The server sends as a form any content type but JSON; it stores '' when none is given."""
    return value or FORM


class Webhook(Resource):
    """An incoming webhook, found by display name in its channel, or an outgoing webhook, found by
    display name in its team; or either by id.

    present: POST /hooks/{kind}, or PUT /hooks/{kind}/{id} with the whole webhook (the server
    replaces it); POST /hooks/outgoing/{id}/regen_token for `regenerate_token`.
    absent: DELETE /hooks/{kind}/{id}.
    """

    name = 'webhook'
    archivable = False
    argument_spec = WEBHOOK_ARGUMENT_SPEC

    @classmethod
    def problems(cls, params, prefix=''):
        """What the server would refuse in the options (or what the module cannot do), before any request."""
        def at(option):
            return path_of(prefix, option)
        problems = []
        kind = params['kind']
        other_kind_options = INCOMING_ONLY if kind == OUTGOING else OUTGOING_ONLY
        given_for_other = [at(option) for option in other_kind_options if params[option] is not None]
        if given_for_other:
            problems.append('%s cannot be used with %s=%s' % (', '.join(given_for_other), at('kind'), kind))
        if kind == INCOMING and params['regenerate_token']:
            problems.append('%san incoming webhook has no token (its URL is its secret): delete it and create it again '
                            'to change its URL' % ('%s: ' % at('regenerate_token') if prefix else ''))
        if params['regenerate_token'] and params['state'] == 'absent':
            problems.append('%s needs %s=present' % (at('regenerate_token'), at('state')))
        if params['id'] is not None and not is_id(params['id']):
            # Not its value: the id of an incoming webhook is a secret.
            problems.append('%s is not a Mattermost id (26 lowercase letters and digits)' % at('id'))
        if params['id'] is None:
            if not params['display_name']:
                problems.append('%s is required (it identifies the webhook) unless %s is given' % (at('display_name'), at('id')))
            if kind == INCOMING and not params['channel']:
                problems.append('%s is required for an incoming webhook unless %s is given' % (at('channel'), at('id')))
            if kind == OUTGOING and not params['team']:
                problems.append('%s is required for an outgoing webhook unless %s is given' % (at('team'), at('id')))
        if params['channel'] and not is_id(params['channel']) and not params['team']:
            problems.append("%s is required to find channel '%s' by name" % (at('team'), params['channel']))
        problems += not_empty_problems(params['team'], at('team'))
        if kind == INCOMING and params['channel'] == '':
            problems.append('%s cannot be empty for an incoming webhook' % at('channel'))
        problems += length_problems(params, prefix, byte_limits=WEBHOOK_MAX_BYTES)
        if kind == INCOMING:
            problems += override_username_problems(params['username'], at('username'))
        words = params['trigger_words']
        if words is not None and any(word == '' or WHITESPACE.search(word) for word in words):
            problems.append('%s cannot be empty or contain spaces (a trigger word is matched against one word)'
                            % at('trigger_words'))
        problems += list_bytes_problems(words, at('trigger_words'), WEBHOOK_MAX_LIST_BYTES)
        urls = params['callback_urls']
        if urls is not None and not urls:
            problems.append('%s needs at least one URL' % at('callback_urls'))
        problems += http_urls_problems(urls, at('callback_urls'))
        problems += list_bytes_problems(urls, at('callback_urls'), WEBHOOK_MAX_LIST_BYTES)
        return problems

    def __init__(self, params, driver, check_mode=False, diff=False):
        super(Webhook, self).__init__(params, driver, check_mode, diff)
        self.kind = self.params['kind']
        self.present = self.params['state'] == 'present'
        self.team = None      # the team's id
        self.channel = None   # the channel, when `channel` names one
        self.others = None    # the other outgoing webhooks of the team, when read
        self.fields = (
            Field('channel', key='channel_id'),
            Field('display_name', key='display_name'),
            Field('description', key='description'),
            Field('username', key='username'),
            Field('icon_url', key='icon_url'),
        )
        if self.kind == INCOMING:
            self.fields += (Field('channel_locked', key='channel_locked', normalise=bool),)
        else:
            self.fields += (
                Field('team', key='team_id'),
                Field('trigger_words', key='trigger_words', normalise=unique_sorted),
                Field('trigger_when', key='trigger_when', normalise=TRIGGER_WHEN.normalise, to_api=TRIGGER_WHEN.to_api),
                Field('callback_urls', key='callback_urls', normalise=unique_sorted),
                Field('content_type', key='content_type', normalise=content_type),
            )

    # Requests

    def request(self, method, *args, **kwargs):
        """Send a request of the webhooks group. (The id of an incoming webhook in its path is left
        out of failure messages by _errors.error_message.)"""
        return getattr(self.driver.webhooks, method)(*args, **kwargs)

    def describe(self, hook=None):
        """The webhook in messages: by name and channel or team, never by the id of an incoming webhook."""
        hook = hook or {}
        display_name = hook.get('display_name', self.params['display_name'])
        label = "%s webhook '%s'" % (self.kind, display_name) if display_name else '%s webhook' % self.kind
        if self.kind == INCOMING:
            where = self.params['channel'] or hook.get('channel_id')
            return "%s of channel '%s'" % (label, where) if where else label
        where = self.params['team'] or hook.get('team_id')
        return "%s of team '%s'" % (label, where) if where else label

    # The ensure-state layer

    def given(self):
        given = super(Webhook, self).given()
        given['channel'] = self.channel['id'] if self.channel else self.params['channel']  # '' removes it (outgoing)
        if self.kind == OUTGOING:
            given['team'] = self.team
        if self.current is None and self.kind == OUTGOING:  # what the webhook is created with when not given
            given['trigger_when'] = given['trigger_when'] or 'first_word'
            given['content_type'] = given['content_type'] or FORM
        return given

    def find(self):
        params = self.params
        team_key, channel_key = params['team'], params['channel']
        if channel_key:
            self.channel = find_channel(self.driver, team_key, channel_key, present=self.present,
                                        public_only=self.kind == OUTGOING and self.present)
            self.team = self.channel['team_id']
        elif team_key:
            self.team = find_team(self.driver, team_key, present=self.present)['id']
        if params['id']:
            return self.find_by_id(params['id'])
        return self.find_by_key()

    def find_by_id(self, hook_id):
        self.doing = 'look up the %s webhook given by id' % self.kind
        hook = found(self.request, 'get_%s_webhook' % self.kind, hook_id)
        if hook is None:
            if self.present:
                raise Failure('No %s webhook has the id given; leave out id to create one' % self.kind)
            return None
        if self.team and hook['team_id'] != self.team:
            where = "channel '%s'" % self.params['channel'] if self.params['channel'] else "team '%s'" % self.params['team']
            raise Failure("The %s webhook given by id is in another team (id %s) than %s: a webhook cannot move to "
                          "another team; delete it and create it again there" % (self.kind, hook['team_id'], where))
        return hook

    def find_by_key(self):
        display_name = self.params['display_name']
        # The server stores the display name without the characters it drops: compare it so.
        display_name = text(display_name)
        self.doing = "look up the %s webhooks of team '%s'" % (self.kind, self.params['team'] or self.team)
        hooks = list(self.driver.client.paginate('/hooks/%s' % self.kind, params={'team_id': self.team}))
        if self.kind == INCOMING:
            matching = [hook for hook in hooks
                        if hook['channel_id'] == self.channel['id'] and text(hook['display_name']) == display_name]
        else:
            matching = [hook for hook in hooks if text(hook['display_name']) == display_name]
            self.others = [hook for hook in hooks if hook not in matching]
        if len(matching) > 1:
            if self.kind == INCOMING:  # their ids are secrets: not in the message
                raise Failure("%d incoming webhooks of channel '%s' are named '%s': rename or delete all but one, "
                              "or give the id of one" % (len(matching), self.params['channel'], display_name))
            raise Failure("%d outgoing webhooks of team '%s' are named '%s' (ids %s): rename or delete all but "
                          "one, or give the id of one" % (len(matching), self.params['team'], display_name,
                                                          ', '.join(sorted(hook['id'] for hook in matching))))
        return matching[0] if matching else None

    def prepare(self, changes):
        if self.kind == OUTGOING:
            self.prepare_outgoing(changes)

    def prepare_outgoing(self, changes):
        """The server's rules for the webhook as it would be, checked before anything is written."""
        hook = dict(self.current or {}, **changes.api(changed_only=False))
        if self.current is None and not hook.get('callback_urls'):
            raise Failure('callback_urls is required to create an outgoing webhook')
        if not hook.get('channel_id') and not hook.get('trigger_words'):
            raise Failure('An outgoing webhook needs trigger_words, or a channel (whose every message it sends)')
        if not changes.changed():
            return
        if self.others is None:  # found by id: read the others now, for the check below
            self.doing = "look up the outgoing webhooks of team '%s'" % (self.params['team'] or hook['team_id'])
            self.others = [other for other in self.driver.client.paginate('/hooks/outgoing', params={'team_id': hook['team_id']})
                           if other['id'] != hook.get('id')]
        for other in self.others:
            words = set(other.get('trigger_words') or []) & set(hook.get('trigger_words') or [])
            urls = set(other.get('callback_urls') or []) & set(hook.get('callback_urls') or [])
            if (other.get('channel_id') or '') == (hook.get('channel_id') or '') and words and urls:
                raise Failure("Outgoing webhook '%s' (id %s) of the same %s already sends trigger words %s to %s: the server refuses "
                              "two webhooks that share a channel, a trigger word and a callback URL" % (
                                  other['display_name'], other['id'], 'channel' if hook.get('channel_id') else 'team (without channel)',
                                  ', '.join(sorted(words)), ', '.join(sorted(urls))))

    def create(self, changes):
        self.doing = 'create %s' % self.describe()
        hook = self.request('create_%s_webhook' % self.kind, options=changes.api(changed_only=False))
        warn_when_not_kept(self, changes, hook, NOT_KEPT_HINTS)
        return hook

    def update(self, hook, changes):
        self.doing = 'update %s' % self.describe(hook)
        # The server replaces the whole webhook with the request's (the token of an outgoing one too).
        updated = self.request('update_%s_webhook' % self.kind, hook['id'], options=dict(hook, **changes.api()))
        warn_when_not_kept(self, changes, updated, NOT_KEPT_HINTS)
        return updated

    def regenerate(self, hook):
        self.doing = 'regenerate the token of %s' % self.describe(hook)
        return self.request('regen_outgoing_hook_token', hook['id'])

    def run(self):
        result = super(Webhook, self).run()
        if self.params['regenerate_token']:
            result = rotate_token(self, result)
        hook = result['webhook']
        if self.kind == INCOMING and hook.get('id') and self.params.get('url'):
            hook['url'] = hook_url(self.params['url'], hook['id'])
        return result

    def delete(self, hook):
        self.doing = 'delete %s' % self.describe(hook)
        self.request('delete_%s_webhook' % self.kind, hook['id'])
