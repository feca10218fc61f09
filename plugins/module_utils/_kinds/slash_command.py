# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""A custom slash command: its options, its rules, and how its desired state becomes API requests."""

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

from ansible_collections.chatops.mattermost.plugins.module_utils._errors import Failure, path_of
from ansible_collections.chatops.mattermost.plugins.module_utils._kinds.integrations import rotate_token, warn_when_not_kept
from ansible_collections.chatops.mattermost.plugins.module_utils._lookup import find_team
from ansible_collections.chatops.mattermost.plugins.module_utils._naming import (
    COMMAND_MAX_BYTES, COMMAND_MAX_CHARACTERS, COMMAND_TRIGGER_BYTES, SERVER_DROPPED_CHARACTERS, WHITESPACE, byte_length,
    http_url_problems, length_problems, not_empty_problems,
)
from ansible_collections.chatops.mattermost.plugins.module_utils._resource import (
    Codes, Field, Resource, lowercase, state_argument_spec,
)

METHODS = Codes({'P': 'post', 'G': 'get'})

SLASH_COMMAND_ARGUMENT_SPEC = dict(
    team=dict(type='str', required=True),
    trigger=dict(type='str', required=True),
    request_url=dict(type='str'),
    method=dict(type='str', choices=['post', 'get']),
    display_name=dict(type='str'),
    description=dict(type='str'),
    username=dict(type='str'),
    icon_url=dict(type='str'),
    autocomplete=dict(type='bool'),
    autocomplete_hint=dict(type='str'),
    autocomplete_description=dict(type='str'),
    regenerate_token=dict(type='bool', default=False, no_log=False),
    **state_argument_spec(archivable=False)
)


def boolean(value):
    return bool(value)


class SlashCommand(Resource):
    """A custom slash command, found by trigger in its team.

    present: POST /commands, or PUT /commands/{id} with the whole command (the server replaces it);
    PUT /commands/{id}/regen_token for `regenerate_token`.
    absent: DELETE /commands/{id}.
    """

    name = 'command'
    archivable = False
    argument_spec = SLASH_COMMAND_ARGUMENT_SPEC

    @classmethod
    def problems(cls, params, prefix=''):
        def at(option):
            return path_of(prefix, option)
        problems = []
        trigger = params['trigger']
        if trigger.startswith('/'):
            problems.append("%s %r must be given without its leading '/'" % (at('trigger'), trigger))
        elif not COMMAND_TRIGGER_BYTES[0] <= byte_length(trigger) <= COMMAND_TRIGGER_BYTES[1] or WHITESPACE.search(trigger):
            problems.append('%s %r is not a valid trigger: 1 to 128 bytes without spaces' % (at('trigger'), trigger))
        elif SERVER_DROPPED_CHARACTERS.search(trigger):
            # The server keeps them in a trigger (not in names), where they hide or reverse what users type.
            problems.append('%s %r holds an invisible or text-reversing character (such as U+202E): it is no trigger '
                            'users could type' % (at('trigger'), trigger))
        problems += http_url_problems(params['request_url'], at('request_url'))
        problems += not_empty_problems(params['team'], at('team'))
        if params['regenerate_token'] and params['state'] == 'absent':
            problems.append('%s needs %s=present' % (at('regenerate_token'), at('state')))
        problems += length_problems(params, prefix, byte_limits=COMMAND_MAX_BYTES, character_limits=COMMAND_MAX_CHARACTERS)
        return problems

    def __init__(self, params, driver, check_mode=False, diff=False):
        super(SlashCommand, self).__init__(params, driver, check_mode, diff)
        self.trigger = self.params['trigger'].lower()
        self.team = None
        self.fields = (
            Field('team', key='team_id'),
            Field('trigger', key='trigger', normalise=lowercase),
            Field('request_url', key='url'),
            Field('method', key='method', normalise=METHODS.normalise, to_api=METHODS.to_api),
            Field('display_name', key='display_name'),
            Field('description', key='description'),
            Field('username', key='username'),
            Field('icon_url', key='icon_url'),
            Field('autocomplete', key='auto_complete', normalise=boolean),
            Field('autocomplete_hint', key='auto_complete_hint'),
            Field('autocomplete_description', key='auto_complete_desc'),
        )

    def describe(self):
        return "slash command '/%s' of team '%s'" % (self.trigger, self.params['team'])

    def given(self):
        given = super(SlashCommand, self).given()
        given['team'] = self.team['id']
        if self.current is None:  # what the command is created with when these are not given
            given['method'] = given['method'] or 'post'
        return given

    def find(self):
        self.team = find_team(self.driver, self.params['team'], present=self.params['state'] == 'present')
        self.doing = "look up the slash commands of team '%s'" % self.params['team']
        # Only the custom commands, complete (with their token): the other listings blank the URL and the token.
        commands = self.driver.commands.list_commands(params={'team_id': self.team['id'], 'custom_only': 'true'})
        matching = [command for command in commands if command.get('trigger', '').lower() == self.trigger]
        if len(matching) > 1:
            raise Failure("%d slash commands of team '%s' have the trigger '%s' (ids %s): delete all but one" % (
                          len(matching), self.params['team'], self.trigger, ', '.join(sorted(command['id'] for command in matching))))
        return matching[0] if matching else None

    def prepare(self, changes):
        if self.current is not None:
            return
        if not self.params['request_url']:
            raise Failure('request_url is required to create a slash command')
        # The server refuses a trigger that a built-in or a plugin's command has: check it first, so that
        # check mode fails as a real run would, and say which it is.
        self.doing = "look up the commands of team '%s'" % self.params['team']
        commands = self.driver.commands.list_commands(params={'team_id': self.team['id'], 'custom_only': 'false'})
        taken = [command for command in commands if (command.get('trigger') or '').lower() == self.trigger]
        if taken:
            owner = "plugin '%s'" % taken[0]['plugin_id'] if taken[0].get('plugin_id') else 'a built-in command'
            raise Failure("The trigger '%s' is taken by %s of the server: choose another" % (self.trigger, owner))

    def create(self, changes):
        self.doing = 'create %s' % self.describe()
        command = self.driver.commands.create_command(options=changes.api(changed_only=False))
        warn_when_not_kept(self, changes, command)
        return command

    def update(self, command, changes):
        self.doing = 'update %s' % self.describe()
        updated = self.driver.commands.update_command(command['id'], options=dict(command, **changes.api()))
        warn_when_not_kept(self, changes, updated)
        return updated

    def regenerate(self, command):
        self.doing = 'regenerate the token of %s' % self.describe()
        answer = self.driver.commands.regen_command_token(command['id'])
        return dict(command, token=answer['token'])

    def run(self):
        result = super(SlashCommand, self).run()
        if self.params['regenerate_token']:
            result = rotate_token(self, result)
        return result

    def delete(self, command):
        self.doing = 'delete %s' % self.describe()
        self.driver.commands.delete_command(command['id'])
