# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""The read side of the info modules: teams, channels and users as the API returns them (users
without secrets), with a few short keys added, and what a server is and has switched on; and the
work of each info module (mattermost_team_info, _channel_info, _user_info, _server_info,
_workspace_info), a function of its Task at the end of this file.

Lists are read in pages of 200 by list requests, never one GET per object: the usernames of the
members of teams and channels are read together in bulk (POST /users/ids). Reading members takes
one list per team or channel (the API has no list of the members of several).
"""

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

from itertools import islice
from urllib.parse import quote

from ansible_collections.chatops.mattermost.plugins.module_utils.driver import (
    FeatureDisabled, MattermostError, NotEnoughPermissions,
)
from ansible_collections.chatops.mattermost.plugins.module_utils._kinds.account import sanitized
from ansible_collections.chatops.mattermost.plugins.module_utils._errors import Failure, RequestFailed, check, request
from ansible_collections.chatops.mattermost.plugins.module_utils._lookup import (
    NotFound, TeamNotFound, find_account, find_accounts, find_channel, find_team, is_id, lookup,
)
from ansible_collections.chatops.mattermost.plugins.module_utils._kinds.membership import is_admin
from ansible_collections.chatops.mattermost.plugins.module_utils._workspace.read import (
    CHANNEL_TYPES, KINDS, PER_PAGE, TEAM_TYPES, WorkspaceReadError, complete_list, kinds_problem, read_workspace,
)

# The most users mattermost_user_info lists in one run; a bigger list is a job for mattermost_workspace_info.
MAX_USERS = 10000


def archived(obj):
    return bool(obj.get('delete_at'))


def read_list(driver, doing, path, key, params, method='GET'):
    """complete_list() with its failures as the modules' (RequestFailed, Failure)."""
    try:
        return request(doing, complete_list, driver.client, path, key, params, method)
    except WorkspaceReadError as exc:
        raise Failure(str(exc))


def matches(obj, search):
    """Whether `search` is in the object's name or display name, without regard to case."""
    if not search:
        return True
    search = search.lower()
    return search in obj['name'].lower() or search in (obj.get('display_name') or '').lower()


def add_members(driver, objects, kind):
    """Add `members` and `admins` (sorted usernames; admins are members too) to each team or channel
    object (`kind`: 'teams' or 'channels'): one member list each, then every username in bulk."""
    def members_of(obj):
        pages = driver.client.paginate('/%s/%s/members' % (kind, obj['id']), per_page=PER_PAGE)
        return dict((member['user_id'], is_admin(member)) for member in pages)

    lists = dict((obj['id'], request("read the members of %s '%s'" % (kind[:-1], obj['name']), members_of, obj))
                 for obj in objects)
    user_ids = set()
    for members in lists.values():
        user_ids.update(members)
    accounts = find_accounts(driver, user_ids)
    for obj in objects:
        names = dict((accounts[user_id]['username'], admin) for user_id, admin in lists[obj['id']].items()
                     if user_id in accounts)
        obj['members'] = sorted(names)
        obj['admins'] = sorted(name for name, admin in names.items() if admin)
    return objects


def team_result(team):
    """A team object with the short keys: `archived`, and `type_name` (open or invite)."""
    return dict(team, archived=archived(team), type_name=TEAM_TYPES.normalise(team['type']))


def read_teams(driver, name=None, include_archived=False, search=None, members=False):
    """[team object] of the team `name` (a name or an id; archived or not; none if there is no such
    team), or of every team the user can see, sorted by name, with the filters."""
    if name:
        try:
            teams = [find_team(driver, name)]
        except NotFound:
            teams = []
    else:
        teams = read_list(driver, 'list the teams', '/teams', 'teams', {})
        teams = sorted((team for team in teams if (include_archived or not archived(team)) and matches(team, search)),
                       key=lambda team: team['name'])
    teams = [team_result(team) for team in teams]
    return add_members(driver, teams, 'teams') if members else teams


def channel_result(channel, team):
    """A channel object with the short keys: `archived`, `type_name` (public or private) and `team_name`."""
    return dict(channel, archived=archived(channel), type_name=CHANNEL_TYPES.normalise(channel['type']),
                team_name=team['name'])


def read_channels(driver, team=None, name=None, channel_type=None, include_archived=False, search=None, members=False):
    """[channel object] of the channel `name` (in `team`, or by id), or of the public and private
    channels of `team`, sorted by name, with the filters. A team that is not there fails (TeamNotFound);
    a channel that is not there is none."""
    if name:
        try:
            channels = [find_channel(driver, team, name)]
        except TeamNotFound:
            raise
        except NotFound:
            channels = []
        team_obj = None
    else:
        team_obj = find_team(driver, team)
        # The System Console's search: every channel of the team, private and archived ones too, in pages.
        channels = read_list(driver, "list the channels of team '%s'" % team, '/channels/search', 'channels',
                             {'term': '', 'team_ids': [team_obj['id']], 'include_deleted': include_archived},
                             method='POST')
        channels = sorted((channel for channel in channels
                           if channel.get('type') in ('O', 'P') and (include_archived or not archived(channel))
                           and (not channel_type or CHANNEL_TYPES.normalise(channel['type']) == channel_type)
                           and matches(channel, search)),
                          key=lambda channel: channel['name'])
    if channels and team_obj is None:
        # A channel read alone: its team is the one named (the server keeps team names lowercase), or is read.
        team_obj = {'name': team.lower()} if team and not is_id(team) else find_team(driver, channels[0]['team_id'])
    channels = [channel_result(channel, team_obj) for channel in channels]
    return add_members(driver, channels, 'channels') if members else channels


def user_result(user):
    """A user object without its secrets, with the short keys `active` and `system_admin`."""
    user = sanitized(user)
    user['active'] = not archived(user)
    user['system_admin'] = 'system_admin' in (user.get('roles') or '').split()
    return user


def read_user(driver, username=None, email=None, user_id=None):
    """[user object] of the account with this username, e-mail address or id (deactivated ones and
    bots too), or none."""
    if username:
        user = find_account(driver, username)
    elif email:
        user = lookup("look up the user with e-mail address '%s'" % email, driver.client.get,
                      '/users/email/%s' % quote(email, safe='@'))
    else:
        # Through the driver's operation, which refuses anything but an id in the path.
        user = lookup("look up user %s" % user_id, driver.users.get_user, user_id)
    return [user_result(user)] if user else []


def read_users(driver, team=None, channel=None, role=None, active=None, bots=None, limit=PER_PAGE):
    """([user object], truncated): the accounts in the filters, in the server's order (by username),
    at most `limit`; truncated when there were more.

    GET /users in pages: the team, channel, role and active filters are the server's; bots are told
    apart by `is_bot` here (the list has no such filter), so a page may hold fewer than asked.
    """
    params = {}
    if channel:
        params['in_channel'] = find_channel(driver, team, channel)['id']
    elif team:
        params['in_team'] = find_team(driver, team)['id']
    if role:
        params['role'] = role
    if active is not None:
        params['active' if active else 'inactive'] = 'true'
    # Pages are asked for only until one more account than `limit` is in: that one says "truncated".
    listed = driver.client.paginate('/users', params, per_page=min(PER_PAGE, limit + 1))
    in_filters = (user for user in listed if bots is None or bool(user.get('is_bot')) == bots)
    users = request('list the users', lambda: list(islice(in_filters, limit + 1)))
    return [user_result(user) for user in users[:limit]], len(users) > limit


def user_problems(params):
    """What is wrong with mattermost_user_info's options, before any request."""
    problems = []
    if not 1 <= params['limit'] <= MAX_USERS:
        problems.append('limit must be between 1 and %d, not %d' % (MAX_USERS, params['limit']))
    if params['channel'] and not params['team'] and not is_id(params['channel']):
        problems.append('channel %s is a name: give its team too (or give the channel id)' % params['channel'])
    return problems


# The features the modules rely on: {name: (key of the client config, [section, key] of the config)}.
# The client config (format=old, readable by every user) has some; the others only the whole config (admins).
FEATURES = {
    'personal_access_tokens': ('EnableUserAccessTokens', ('ServiceSettings', 'EnableUserAccessTokens')),
    'bot_accounts': ('EnableBotAccountCreation', ('ServiceSettings', 'EnableBotAccountCreation')),
    'incoming_webhooks': ('EnableIncomingWebhooks', ('ServiceSettings', 'EnableIncomingWebhooks')),
    'outgoing_webhooks': ('EnableOutgoingWebhooks', ('ServiceSettings', 'EnableOutgoingWebhooks')),
    'custom_slash_commands': ('EnableCommands', ('ServiceSettings', 'EnableCommands')),
    'custom_emoji': ('EnableCustomEmoji', ('ServiceSettings', 'EnableCustomEmoji')),
    'username_override': ('EnablePostUsernameOverride', ('ServiceSettings', 'EnablePostUsernameOverride')),
    'icon_override': ('EnablePostIconOverride', ('ServiceSettings', 'EnablePostIconOverride')),
    'api_team_deletion': (None, ('ServiceSettings', 'EnableAPITeamDeletion')),
    'api_channel_deletion': (None, ('ServiceSettings', 'EnableAPIChannelDeletion')),
    'api_user_deletion': (None, ('ServiceSettings', 'EnableAPIUserDeletion')),
    'plugins': ('PluginsEnabled', ('PluginSettings', 'Enable')),
    'plugin_uploads': (None, ('PluginSettings', 'EnableUploads')),
}
# The states of GET /plugins/statuses (model.PluginState* of the server).
PLUGIN_STATES = {0: 'not_running', 1: 'starting', 2: 'running', 3: 'failed_to_start', 4: 'failed_to_stay_running',
                 5: 'stopping'}


def admin_only(request, doing):
    """The answer of a request that needs more permissions than the user may have: None when the
    server refuses it for want of them (HTTP 403) or because the feature is off (HTTP 501)."""
    try:
        return request()
    except (NotEnoughPermissions, FeatureDisabled):
        return None
    except MattermostError as exc:
        raise RequestFailed(exc, doing)


def features(client_config, config):
    """{feature: true, false, or None when the user cannot read the setting}."""
    found = {}
    for name, (client_key, (section, key)) in FEATURES.items():
        value = None
        if config is not None:
            value = (config.get(section) or {}).get(key)
        elif client_key and client_key in client_config:
            value = client_config[client_key] == 'true'
        found[name] = value
    return found


def read_server(driver):
    """What the server is and has switched on, for mattermost_server_info: {server, features, license, plugins}.

    Every user can read the client config and licence; the config (for the settings the client config
    lacks and the database) and the plugins' states only a system admin: for others they are None.
    """
    client = driver.client
    client_config = request('read the client configuration', client.get, '/config/client', params={'format': 'old'})
    license_info = request('read the licence', client.get, '/license/client', params={'format': 'old'})
    config = admin_only(lambda: client.get('/config'), 'read the configuration')
    switched_on = features(client_config, config)
    plugins = None
    if switched_on['plugins'] is False:
        plugins = []
    else:
        statuses = admin_only(lambda: client.get('/plugins/statuses'), 'read the states of the plugins')
        if statuses is not None:
            plugins = sorted((dict(status, state_name=PLUGIN_STATES.get(status.get('state'), 'unknown'))
                              for status in statuses), key=lambda status: status.get('plugin_id') or '')
    database = ((config or {}).get('SqlSettings') or {}).get('DriverName') or client_config.get('SQLDriverName') or None
    server = {
        'version': client_config.get('Version'),
        'build_number': client_config.get('BuildNumber'),
        'build_hash': client_config.get('BuildHash'),
        'edition': 'enterprise' if client_config.get('BuildEnterpriseReady') == 'true' else 'team',
        'licensed': license_info.get('IsLicensed') == 'true',
        'database': database,
        'schema_version': client_config.get('SchemaVersion'),
        'site_url': client_config.get('SiteURL'),
        'config_readable': config is not None,
    }
    return {'server': server, 'features': switched_on, 'license': license_info, 'plugins': plugins}


# The info modules' work: each module's options and a function of its Task (_connection.Task) that
# checks them, reads and returns the module's result; the module file hands its module to it.

TEAM_INFO_ARGUMENT_SPEC = dict(
    name=dict(type='str'),
    include_archived=dict(type='bool', default=False),
    search=dict(type='str'),
    members=dict(type='bool', default=False),
)


def team_info(task):
    """mattermost_team_info's result: the teams its options select."""
    params = task.params
    check(['name cannot be empty'] if params['name'] == '' else [])
    teams = read_teams(task.driver(), name=params['name'], include_archived=params['include_archived'],
                       search=params['search'], members=params['members'])
    return dict(changed=False, teams=teams)


CHANNEL_INFO_ARGUMENT_SPEC = dict(
    team=dict(type='str'),
    name=dict(type='str'),
    type=dict(type='str', choices=['public', 'private']),
    include_archived=dict(type='bool', default=False),
    search=dict(type='str'),
    members=dict(type='bool', default=False),
)


def channel_info_problems(params):
    """What mattermost_channel_info cannot read, before any request."""
    found = ['%s cannot be empty' % option for option in ('team', 'name') if params[option] == '']
    if not params['team'] and not is_id(params['name'] or ''):
        found.append('give team (with name for one channel, without it for the channels of the team), '
                     'or give name as a channel id')
    if params['name'] and params['type']:
        found.append('type applies to the channels of a team: not with name')
    return found


def channel_info(task):
    """mattermost_channel_info's result: the channels its options select."""
    params = task.params
    check(channel_info_problems(params))
    channels = read_channels(task.driver(), team=params['team'], name=params['name'], channel_type=params['type'],
                             include_archived=params['include_archived'], search=params['search'],
                             members=params['members'])
    return dict(changed=False, channels=channels)


# mattermost_user_info's options that name one user, and those that filter a list.
ONE_USER = ('username', 'email', 'user_id')
USER_FILTERS = ('team', 'channel', 'role', 'active', 'bots')
USER_INFO_ARGUMENT_SPEC = dict(
    username=dict(type='str'),
    email=dict(type='str'),
    user_id=dict(type='str'),
    team=dict(type='str'),
    channel=dict(type='str'),
    role=dict(type='str'),
    active=dict(type='bool'),
    bots=dict(type='bool'),
    limit=dict(type='int', default=200),
)
USER_INFO_MUTUALLY_EXCLUSIVE = [ONE_USER] + [(one, list_filter) for one in ONE_USER for list_filter in USER_FILTERS]


def user_info(task):
    """mattermost_user_info's result: the one user named, or the users the filters select."""
    params = task.params
    check(['%s cannot be empty' % option for option in ONE_USER + USER_FILTERS if params[option] == '']
          + user_problems(params))
    driver = task.driver()
    if any(params[option] for option in ONE_USER):
        return dict(changed=False, users=read_user(driver, params['username'], params['email'], params['user_id']))
    users, truncated = read_users(driver, team=params['team'], channel=params['channel'], role=params['role'],
                                  active=params['active'], bots=params['bots'], limit=params['limit'])
    return dict(changed=False, users=users, truncated=truncated)


def server_info(task):
    """mattermost_server_info's result (it has no options of its own)."""
    return dict(read_server(task.driver()), changed=False)


WORKSPACE_INFO_ARGUMENT_SPEC = dict(
    teams=dict(type='list', elements='str'),
    kinds=dict(type='list', elements='str', choices=list(KINDS), default=list(KINDS)),
    include_archived=dict(type='bool', default=False),
)


def workspace_info_problems(params):
    """What mattermost_workspace_info cannot read, before any request."""
    found_problems = []
    problem = kinds_problem(params['kinds'])
    if problem:
        found_problems.append('kinds: ' + problem)
    if any(not team for team in params['teams'] or ()):
        found_problems.append('teams cannot have an empty name')
    return found_problems


def workspace_info(task):
    """mattermost_workspace_info's result: the workspace shape of what its options select, and the counts."""
    check(workspace_info_problems(task.params))
    driver = task.driver()
    try:
        snapshot = read_workspace(driver, teams=task.params['teams'], kinds=task.params['kinds'],
                                  include_archived=task.params['include_archived'])
    except MattermostError as exc:
        raise RequestFailed(exc, 'read the workspace')
    except WorkspaceReadError as exc:
        raise Failure(str(exc))
    return dict(changed=False, workspace=snapshot.shape(), counts=snapshot.counts())
