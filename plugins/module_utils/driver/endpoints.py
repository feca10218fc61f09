# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Endpoint groups (`driver.users`, `driver.teams`, ...) built from the table of API operations.

Every row of operations.OPERATIONS becomes a method of its group: the path parameters in order,
then `options=None` for a JSON body, `files=None, data=None` for a multipart body (`data=None` for a
form body), then `params=None` for the query string. COMPAT_ALIASES adds mattermostdriver 7.3.2's
names where they differ from the reference's, and HAND_WRITTEN_METHODS the few mattermostdriver
methods whose behaviour is more than a request of the table.
"""

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import importlib
import inspect
import json
import re

from collections.abc import Mapping
from urllib.parse import quote

from .client import decode_json
from .exceptions import FeatureDisabled, InvalidPathParameter, ResourceNotFound
from .operations import OPERATIONS, SITE_ROOT_ROUTES

PATH_PARAMETER = re.compile(r'{(\w+)}')

BODY_KEYWORDS = {
    None: (),
    'json': ('options',),
    'multipart': ('files', 'data'),
    'form': ('data',),
}

# The keywords each Client shortcut accepts; any other request goes through make_request.
CLIENT_SHORTCUT_KEYWORDS = {
    'GET': frozenset(['options', 'params']),
    'POST': frozenset(['options', 'params', 'data', 'files']),
    'PUT': frozenset(['options', 'params', 'data']),
    'DELETE': frozenset(['options', 'params', 'data']),
}

# mattermostdriver 7.3.2 names that differ from the reference's, as (group, name, METHOD, path), and
# the reference's names whose path parameters mattermostdriver named differently (bot_id).
# The path's parameter names are mattermostdriver's, so they are the alias's positional parameters;
# the body kind comes from the operation of the same route. Where mattermostdriver built a wrong
# path (a missing or doubled slash, GET for POST), the alias uses the route the server serves.
COMPAT_ALIASES = (
    ('bots', 'assign_bot_to_user', 'POST', '/bots/{bot_id}/assign/{user_id}'),
    ('bots', 'delete_bot_lhs_icon', 'DELETE', '/bots/{bot_id}/icon'),
    ('bots', 'disable_bot', 'POST', '/bots/{bot_id}/disable'),
    ('bots', 'enable_bot', 'POST', '/bots/{bot_id}/enable'),
    ('bots', 'get_bot', 'GET', '/bots/{bot_id}'),
    ('bots', 'get_bot_lhs_icon', 'GET', '/bots/{bot_id}/icon'),
    ('bots', 'patch_bot', 'PUT', '/bots/{bot_id}'),
    ('bots', 'set_bot_lhs_icon', 'POST', '/bots/{bot_id}/icon'),
    ('channels', 'add_user', 'POST', '/channels/{channel_id}/members'),
    ('channels', 'autocomplete_channels', 'GET', '/teams/{team_id}/channels/autocomplete'),
    ('channels', 'create_direct_message_channel', 'POST', '/channels/direct'),
    ('channels', 'create_group_message_channel', 'POST', '/channels/group'),
    ('channels', 'get_channel_by_name_and_team_name', 'GET', '/teams/name/{team_name}/channels/name/{channel_name}'),
    ('channels', 'get_channel_for_user', 'GET', '/users/{user_id}/teams/{team_id}/channels'),
    ('channels', 'get_channel_pinned_posts', 'GET', '/channels/{channel_id}/pinned'),
    ('channels', 'get_channel_statistics', 'GET', '/channels/{channel_id}/stats'),
    ('channels', 'get_channels_for_user', 'GET', '/users/{user_id}/teams/{team_id}/channels'),
    ('channels', 'get_deleted_channels', 'GET', '/teams/{team_id}/channels/deleted'),
    ('channels', 'get_list_of_channels_by_ids', 'POST', '/teams/{team_id}/channels/ids'),
    ('channels', 'get_public_channels', 'GET', '/teams/{team_id}/channels'),
    ('channels', 'get_unread_messages', 'GET', '/users/{user_id}/channels/{channel_id}/unread'),
    ('channels', 'remove_channel_member', 'DELETE', '/channels/{channel_id}/members/{user_id}'),
    ('channels', 'set_channel_scheme', 'PUT', '/channels/{channel_id}/scheme'),
    ('channels', 'update_channel_notifications', 'PUT', '/channels/{channel_id}/members/{user_id}/notify_props'),
    ('channels', 'update_scheme_derived_roles_of_channel_member', 'PUT', '/channels/{channel_id}/members/{user_id}/schemeRoles'),
    ('commands', 'generate_new_token', 'PUT', '/commands/{command_id}/regen_token'),
    ('commands', 'list_commands_for_team', 'GET', '/commands'),
    ('compliance', 'create_report', 'POST', '/compliance/reports'),
    ('compliance', 'download_report', 'GET', '/compliance/reports/{report_id}/download'),
    ('compliance', 'get_report', 'GET', '/compliance/reports/{report_id}'),
    ('compliance', 'get_reports', 'GET', '/compliance/reports'),
    ('elasticsearch', 'purge_all_elasticsearch_indexes', 'POST', '/elasticsearch/purge_indexes'),
    ('elasticsearch', 'test_elasticsearch_configuration', 'POST', '/elasticsearch/test'),
    ('emoji', 'autocomplete_custom_emoji', 'GET', '/emoji/autocomplete'),
    ('emoji', 'delete_custom_emoji', 'DELETE', '/emoji/{emoji_id}'),
    ('emoji', 'get_custom_emoji', 'GET', '/emoji/{emoji_id}'),
    ('emoji', 'get_custom_emoji_by_name', 'GET', '/emoji/name/{name}'),
    ('emoji', 'get_custom_emoji_image', 'GET', '/emoji/{emoji_id}/image'),
    ('emoji', 'search_custom_emoji', 'POST', '/emoji/search'),
    ('files', 'get_file_metadata', 'GET', '/files/{file_id}/info'),
    ('files', 'get_public_file_link', 'GET', '/files/{file_id}/link'),
    ('integration_actions', 'open_dialog', 'POST', '/actions/dialogs/open'),
    ('integration_actions', 'submit_dialog', 'POST', '/actions/dialogs/submit'),
    ('ldap', 'test_ldap_config', 'POST', '/ldap/test'),
    ('oauth', 'get_authorized_oauth_apps', 'GET', '/users/{user_id}/oauth/apps/authorized'),
    ('oauth', 'get_info_on_oauth_app', 'GET', '/oauth/apps/{app_id}/info'),
    ('oauth', 'register_oauth_app', 'POST', '/oauth/apps'),
    ('opengraph', 'get_opengraph_metadata_for_url', 'POST', '/opengraph'),
    ('posts', 'create_ephemeral_post', 'POST', '/posts/ephemeral'),
    ('posts', 'get_file_info_for_post', 'GET', '/posts/{post_id}/files/info'),
    ('posts', 'get_list_of_flagged_posts', 'GET', '/users/{user_id}/posts/flagged'),
    ('posts', 'get_thread', 'GET', '/posts/{post_id}/thread'),
    ('posts', 'get_unread_posts_for_channel', 'GET', '/users/{user_id}/channels/{channel_id}/posts/unread'),
    ('posts', 'perform_post_action', 'POST', '/posts/{post_id}/actions/{action_id}'),
    ('posts', 'pin_post_to_channel', 'POST', '/posts/{post_id}/pin'),
    ('posts', 'search_for_team_posts', 'POST', '/teams/{team_id}/posts/search'),
    ('posts', 'unpin_post_to_channel', 'POST', '/posts/{post_id}/unpin'),
    ('preferences', 'delete_user_preferences', 'POST', '/users/{user_id}/preferences/delete'),
    ('preferences', 'get_specific_user_preference', 'GET', '/users/{user_id}/preferences/{category}/name/{preference_name}'),
    ('preferences', 'get_user_preferences', 'GET', '/users/{user_id}/preferences'),
    ('preferences', 'list_user_preferences_by_category', 'GET', '/users/{user_id}/preferences/{category}'),
    ('preferences', 'save_user_preferences', 'PUT', '/users/{user_id}/preferences'),
    ('reactions', 'create_reaction', 'POST', '/reactions'),
    ('reactions', 'get_reactions_of_post', 'GET', '/posts/{post_id}/reactions'),
    ('roles', 'get_list_of_roles_by_name', 'POST', '/roles/names'),
    ('roles', 'get_role_by_id', 'GET', '/roles/{role_id}'),
    ('saml', 'get_certificate_status', 'GET', '/saml/certificate/status'),
    ('saml', 'get_metadata', 'GET', '/saml/metadata'),
    ('saml', 'remove_idp_certificate', 'DELETE', '/saml/certificate/idp'),
    ('saml', 'remove_private_key', 'DELETE', '/saml/certificate/private'),
    ('saml', 'remove_public_certificate', 'DELETE', '/saml/certificate/public'),
    ('saml', 'upload_idp_certificate', 'POST', '/saml/certificate/idp'),
    ('saml', 'upload_private_key', 'POST', '/saml/certificate/private'),
    ('saml', 'upload_public_certificate', 'POST', '/saml/certificate/public'),
    ('schemes', 'get_page_of_channels_using_scheme', 'GET', '/schemes/{scheme_id}/channels'),
    ('schemes', 'get_page_of_teams_using_scheme', 'GET', '/schemes/{scheme_id}/teams'),
    ('status', 'get_user_statuses_by_id', 'POST', '/users/status/ids'),
    ('system', 'add_log_message', 'POST', '/logs'),
    ('system', 'check_system_health', 'GET', '/system/ping'),
    ('system', 'get_analytics', 'GET', '/analytics/old'),
    ('system', 'get_client_configuration', 'GET', '/config/client'),
    ('system', 'get_configuration', 'GET', '/config'),
    ('system', 'get_configuration_environment', 'GET', '/config/environment'),
    ('system', 'invalidate_all_caches', 'POST', '/caches/invalidate'),
    ('system', 'recycle_database_connection', 'POST', '/database/recycle'),
    ('system', 'reload_configuration', 'POST', '/config/reload'),
    ('system', 'send_test_email', 'POST', '/email/test'),
    ('system', 'test_aws_s3_connection', 'POST', '/file/s3_test'),
    ('system', 'update_configuration', 'PUT', '/config'),
    ('teams', 'add_multiple_users_to_team', 'POST', '/teams/{team_id}/members/batch'),
    ('teams', 'add_user_to_team', 'POST', '/teams/{team_id}/members'),
    ('teams', 'add_user_to_team_from_invite', 'POST', '/teams/members/invite'),
    ('teams', 'check_team_exists', 'GET', '/teams/name/{name}/exists'),
    ('teams', 'delete_team', 'DELETE', '/teams/{team_id}'),
    ('teams', 'delete_team_icon', 'DELETE', '/teams/{team_id}/image'),
    ('teams', 'get_deleted_channels', 'GET', '/teams/{team_id}/channels/deleted'),
    ('teams', 'get_invite_info_for_team', 'GET', '/teams/invite/{invite_id}'),
    ('teams', 'get_public_channels', 'GET', '/teams/{team_id}/channels'),
    ('teams', 'get_team_members_by_id', 'POST', '/teams/{team_id}/members/ids'),
    ('teams', 'get_team_unreads_for_user', 'GET', '/users/{user_id}/teams/unread'),
    ('teams', 'get_teams', 'GET', '/teams'),
    ('teams', 'get_unreads_for_team', 'GET', '/users/{user_id}/teams/{team_id}/unread'),
    ('teams', 'get_user_teams', 'GET', '/users/{user_id}/teams'),
    ('teams', 'invite_users_to_team_by_mail', 'POST', '/teams/{team_id}/invite/email'),
    ('teams', 'remove_user_from_team', 'DELETE', '/teams/{team_id}/members/{user_id}'),
    ('teams', 'search_channels', 'POST', '/teams/{team_id}/channels/search'),
    ('teams', 'set_team_scheme', 'PUT', '/teams/{team_id}/scheme'),
    ('teams', 'update_scheme_derived_roles_of_team_member', 'PUT', '/teams/{team_id}/members/{user_id}/schemeRoles'),
    ('users', 'attach_mobile_device', 'PUT', '/users/sessions/device'),
    ('users', 'check_mfa', 'POST', '/users/mfa'),
    ('users', 'deactivate_user', 'DELETE', '/users/{user_id}'),
    ('users', 'disable_personal_access_token', 'POST', '/users/tokens/disable'),
    ('users', 'enable_personal_access_token', 'POST', '/users/tokens/enable'),
    ('users', 'generate_mfa', 'POST', '/users/{user_id}/mfa/generate'),
    ('users', 'get_stats', 'GET', '/users/stats'),
    ('users', 'get_user_profile_image', 'GET', '/users/{user_id}/image'),
    ('users', 'get_user_sessions', 'GET', '/users/{user_id}/sessions'),
    ('users', 'logout_user', 'POST', '/users/logout'),
    ('users', 'revoke_all_user_sessions', 'POST', '/users/{user_id}/sessions/revoke/all'),
    ('users', 'revoke_user_session', 'POST', '/users/{user_id}/sessions/revoke'),
    ('users', 'search_tokens', 'POST', '/users/tokens/search'),
    ('users', 'send_password_reset_mail', 'POST', '/users/password/reset/send'),
    ('users', 'send_verification_mail', 'POST', '/users/email/verify/send'),
    ('users', 'set_user_profile_image', 'POST', '/users/{user_id}/image'),
    ('users', 'switch_login_method', 'POST', '/users/login/switch'),
    ('users', 'update_user_active_status', 'PUT', '/users/{user_id}/active'),
    ('users', 'update_user_authentication_method', 'PUT', '/users/{user_id}/auth'),
    ('users', 'update_user_role', 'PUT', '/users/{user_id}/roles'),
    ('webhooks', 'create_incoming_hook', 'POST', '/hooks/incoming'),
    ('webhooks', 'create_outgoing_hook', 'POST', '/hooks/outgoing'),
    ('webhooks', 'delete_incoming_hook', 'DELETE', '/hooks/incoming/{hook_id}'),
    ('webhooks', 'delete_outgoing_hook', 'DELETE', '/hooks/outgoing/{hook_id}'),
    ('webhooks', 'get_incoming_hook', 'GET', '/hooks/incoming/{hook_id}'),
    ('webhooks', 'get_outgoing_hook', 'GET', '/hooks/outgoing/{hook_id}'),
    ('webhooks', 'list_incoming_hooks', 'GET', '/hooks/incoming'),
    ('webhooks', 'list_outgoing_hooks', 'GET', '/hooks/outgoing'),
    ('webhooks', 'regenerate_token_outgoing_hook', 'POST', '/hooks/outgoing/{hook_id}/regen_token'),
    ('webhooks', 'update_incoming_hook', 'PUT', '/hooks/incoming/{hook_id}'),
    ('webhooks', 'update_outgoing_hook', 'PUT', '/hooks/outgoing/{hook_id}'),
)


def route_key(method, path):
    """(METHOD, path with every parameter written `{}`): the same route whatever its parameter names."""
    return method, PATH_PARAMETER.sub('{}', path)


# Path parameters that hold a Mattermost id (26 letters and digits); user_id may also be `me`.
ID_PARAMETERS = frozenset((
    'user_id', 'other_user_id', 'bot_user_id', 'bot_id', 'team_id', 'channel_id', 'post_id', 'hook_id', 'command_id',
    'emoji_id', 'file_id', 'role_id', 'scheme_id', 'job_id', 'app_id', 'token_id', 'group_id', 'thread_id',
    'upload_id', 'report_id', 'policy_id', 'remote_id', 'invite_id',
))
MATTERMOST_ID = re.compile(r'[A-Za-z0-9]{26}\Z')
# `.` and `..` are resolved by the client (`teams/name/..` is GET /teams/), `%` escapes make the
# server redirect to another route (`..%2F..%2Fusers%2Fme`), `?` and `#` end the path.
UNSAFE_IN_SEGMENT = re.compile(r'[/\\%?#\x00-\x1f\x7f]')


def path_segment(value, name='path parameter'):
    """A path parameter as one URL path segment, checked so that it cannot reach another route.

    Raises InvalidPathParameter, naming the parameter, for an empty value, `.` or `..`, a value with
    `/`, `\\`, `%`, `?`, `#` or a control character, and a parameter of ID_PARAMETERS that is no id.
    Names that come from chat (an event's fields handed to a playbook) so cannot make a request with
    the bot's token go somewhere else. What is left is quoted, as before.
    """
    text = str(value)
    if name in ID_PARAMETERS:
        if not (MATTERMOST_ID.match(text) or (name == 'user_id' and text == 'me')):
            raise InvalidPathParameter(f'{name} must be a Mattermost id (26 letters and digits)')
    elif text in ('', '.', '..') or UNSAFE_IN_SEGMENT.search(text):
        raise InvalidPathParameter(f'{name} must not be empty, `.` or `..`, nor hold /, \\, %, ?, # or a '
                                   'control character')
    return quote(text, safe='')


def optional_module(name):
    """The driver's module `name` (reference, versions), or None where it is not shipped: these are
    imported by a name that Ansible's module packaging does not follow, so that the modules' payload
    does not carry what only docstrings and the version errors need (the reference's prose)."""
    try:
        return importlib.import_module(__name__.rsplit('.', 1)[0] + '.' + name)
    except ImportError:
        return None


def build_method(name, method, path, path_params, body, site_root, doc, min_server_version=None):
    """Return the method `name` that sends `method path` through the group's client."""
    keywords = BODY_KEYWORDS[body] + ('params',)
    positional = inspect.Parameter.POSITIONAL_OR_KEYWORD
    signature = inspect.Signature(
        [inspect.Parameter('self', positional)]
        + [inspect.Parameter(param, positional) for param in path_params]
        + [inspect.Parameter(keyword, positional, default=None) for keyword in keywords])
    shortcut = not site_root and set(keywords) <= CLIENT_SHORTCUT_KEYWORDS.get(method, frozenset())

    def endpoint_method(*args, **kwargs):
        arguments = signature.bind(*args, **kwargs).arguments
        client = arguments.pop('self').client
        endpoint = path.format(**dict((param, path_segment(arguments.pop(param), param)) for param in path_params))
        try:
            if shortcut:
                return getattr(client, method.lower())(endpoint, **arguments)
            if site_root:
                return client.make_request(method.lower(), endpoint, basepath='', **arguments)
            # Decoded as the Client's get/post/put/delete decode (PATCH has no such shortcut).
            return decode_json(client.make_request(method.lower(), endpoint, **arguments))
        except (ResourceNotFound, FeatureDisabled) as error:
            versions = optional_module('versions')
            explained = versions.explain_refusal(error, client, endpoint_method) if versions else error
            if explained is error:
                raise
            raise explained from error

    endpoint_method.__name__ = name
    endpoint_method.__signature__ = signature
    endpoint_method.__doc__ = doc
    endpoint_method.route = (method, path)
    endpoint_method.min_server_version = min_server_version
    return endpoint_method


def route(method, path):
    """Record on a hand-written method the route it sends, as build_method does."""
    def decorate(function):
        function.route = (method, path)
        return function
    return decorate


@route('POST', '/hooks/{hook_id}')
def call_webhook(self, hook_id, options=None):
    """POST /hooks/{hook_id} at the site root (outside the API base path); returns the requests.Response."""
    return self.client.make_request('post', '/hooks/' + path_segment(hook_id, 'hook_id'), options=options, basepath='')


@route('POST', '/files')
def upload_file(self, channel_id, files):
    """POST /files (multipart): upload `files` into the channel channel_id."""
    return self.client.post('/files', data={'channel_id': channel_id}, files=files)


@route('GET', '/files/{file_id}')
def get_file(self, file_id):
    """GET /files/{file_id}; returns the requests.Response, whose content is the file."""
    return self.client.make_request('get', '/files/' + path_segment(file_id, 'file_id'))


@route('POST', '/emoji')
def create_custom_emoji(self, emoji_name, files):
    """POST /emoji (multipart): create the custom emoji emoji_name from the image in `files`."""
    emoji = {'name': emoji_name, 'creator_id': self.client.userid}
    return self.client.post('/emoji', data={'emoji': json.dumps(emoji)}, files=files)


@route('POST', '/teams/{team_id}/image')
def set_team_icon(self, team_id, file):
    """POST /teams/{team_id}/image (multipart); `file` is the requests `files` mapping."""
    return self.client.post('/teams/%s/image' % path_segment(team_id, 'team_id'), files=file)


@route('POST', '/teams/{team_id}/import')
def import_team_from_other_app(self, team_id, data=None, files=None):
    """POST /teams/{team_id}/import (multipart): `data` holds importFrom and filesize, `files` the file."""
    return self.client.post('/teams/%s/import' % path_segment(team_id, 'team_id'), data=data, files=files)


@route('POST', '/users/login')
def login_user(self, options):
    """POST /users/login; returns the requests.Response, whose Token header is the session token."""
    return self.client.make_request('post', '/users/login', options=options)


@route('PUT', '/channels/{channel_id}/privacy')
def convert_channel(self, channel_id):
    """PUT /channels/{channel_id}/privacy: make a public channel private.

    The server dropped mattermostdriver's POST /channels/{channel_id}/convert for this route.
    """
    return self.client.put('/channels/%s/privacy' % path_segment(channel_id, 'channel_id'), options={'privacy': 'P'})


@route('GET', '/webrtc/token')
def get_webrtc_token(self):
    """GET /webrtc/token: kept for mattermostdriver code; the server dropped WebRTC and answers 404."""
    return self.client.get('/webrtc/token')


HAND_WRITTEN_METHODS = {
    'channels': (convert_channel,),
    'emoji': (create_custom_emoji,),
    'files': (upload_file, get_file),
    'system': (get_webrtc_token,),
    'teams': (set_team_icon, import_team_from_other_app),
    'users': (login_user,),
    'webhooks': (call_webhook,),
}


class EndpointGroup(object):
    """A group of API operations sending through one client (mattermostdriver's endpoints.base.Base)."""

    def __init__(self, client):
        self.client = client


def doc_for(method, path, site_root, comment=None, description=None):
    """The docstring of a built method: its route and what help() should add to it, within what the
    reference says of the operation (`description`, see versions.docstring) when it is there."""
    doc = '%s %s' % (method, path)
    if site_root:
        doc += ' at the site root (outside the API base path); returns the requests.Response'
    if comment:
        doc += ' (%s)' % comment
    return optional_module('versions').docstring(doc, description) if description else doc


# mattermostdriver 7.3.2's class names and `endpoint` attributes, where they are not derived from
# the group's name ('users' -> Users, '/users'), for code that subclasses a group or reads them.
CLASS_NAMES = {'ldap': 'LDAP', 'oauth': 'OAuth', 'saml': 'SAML'}
ENDPOINTS = {'integration_actions': '/actions', 'preferences': '/users', 'webhooks': '/hooks'}


def _route_index():
    """{route_key: (group, name, body, site_root)} of every operation of the table."""
    by_route = {}
    for group, rows in OPERATIONS.items():
        for name, method, path, body in rows:
            by_route[route_key(method, path)] = (group, name, body, (method, path) in SITE_ROOT_ROUTES)
    return by_route


def build_group(group, by_route=None):
    """Return the EndpointGroup subclass of `group`: its operations of the table, its aliases and its
    hand-written methods."""
    methods = {}
    versions = optional_module('versions')
    descriptions = versions.reference() if versions else {}
    for name, method, path, body in OPERATIONS.get(group, ()):
        path_params, site_root = tuple(PATH_PARAMETER.findall(path)), (method, path) in SITE_ROOT_ROUTES
        description = descriptions.get(group, {}).get(name)
        methods[name] = build_method(name, method, path, path_params, body, site_root,
                                     doc_for(method, path, site_root, description=description),
                                     description and description[1])
    for alias_group, name, method, path in COMPAT_ALIASES:
        if alias_group != group:
            continue
        if by_route is None:
            by_route = _route_index()
        target_group, target, body, site_root = by_route[route_key(method, path)]
        description = descriptions.get(target_group, {}).get(target)
        if target_group != group:
            target = '%s.%s' % (target_group, target)
        if target == name:
            doc = doc_for(method, path, site_root, "mattermostdriver's parameter names", description)
        else:
            doc = doc_for(method, path, site_root, 'mattermostdriver name of %s' % target, description)
        methods[name] = build_method(name, method, path, tuple(PATH_PARAMETER.findall(path)), body, site_root, doc,
                                     description and description[1])
    for function in HAND_WRITTEN_METHODS.get(group, ()):
        methods[function.__name__] = function
    class_name = CLASS_NAMES.get(group) or ''.join(word.title() for word in group.split('_'))
    for name, function in methods.items():
        function.__qualname__ = '%s.%s' % (class_name, name)
    methods['endpoint'] = ENDPOINTS.get(group, '/' + group)
    return type(class_name, (EndpointGroup,), methods)


class Groups(Mapping):
    """{group name: EndpointGroup subclass}, each class built on first use: building all 600-odd
    methods would cost every import of the driver a few milliseconds."""

    def __init__(self, names):
        self._names = names
        self._classes = {}

    def __getitem__(self, name):
        cls = self._classes.get(name)
        if cls is None:
            if name not in self._names:
                raise KeyError(name)
            cls = self._classes[name] = build_group(name)
        return cls

    def __iter__(self):
        return iter(self._names)

    def __len__(self):
        return len(self._names)

    def __contains__(self, name):
        return name in self._names


def build_groups():
    """Return every group's class at once (see Groups for the lazy mapping)."""
    by_route = _route_index()
    return dict((group, build_group(group, by_route)) for group in GROUPS)


GROUPS = Groups(tuple(OPERATIONS) + tuple(sorted(
    set(row[0] for row in COMPAT_ALIASES).union(HAND_WRITTEN_METHODS).difference(OPERATIONS))))
