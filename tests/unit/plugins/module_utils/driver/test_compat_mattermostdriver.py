# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Every public method of mattermostdriver 7.3.2's endpoint groups exists on our group of the same
name, accepts the same calls, and sends the same request (but for the bugs of theirs we fixed)."""

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import importlib
import inspect
import pkgutil
import warnings

import pytest

# mattermostdriver 7.3.2 is a test requirement: without it these tests fail, they do not skip.
import mattermostdriver
import mattermostdriver.endpoints as mattermostdriver_endpoints
import mattermostdriver.endpoints.base as mattermostdriver_base
import mattermostdriver.version as mattermostdriver_version

from ansible_collections.chatops.mattermost.plugins.module_utils.driver import Driver
from ansible_collections.chatops.mattermost.plugins.module_utils.driver.endpoints import GROUPS, ID_PARAMETERS

# mattermostdriver defines Scheme but never gave it to its Driver.
GROUP_OF_UNWIRED_CLASS = {'Scheme': 'schemes'}

# Methods whose request deliberately differs from mattermostdriver's: (why, our METHOD, endpoint, basepath)
# for the sample arguments.
DIFFERENT_REQUESTS = {
    ('channels', 'convert_channel'): (
        'the server replaced POST .../convert by PUT .../privacy', 'PUT', '/channels/channelid00000000000000000/privacy', None),
    ('commands', 'delete_command'): (
        "mattermostdriver's path lacks the slash after /commands", 'DELETE', '/commands/commandid00000000000000000', None),
    ('commands', 'generate_new_token'): (
        "mattermostdriver's path lacks the slash after /commands", 'PUT', '/commands/commandid00000000000000000/regen_token', None),
    ('commands', 'list_autocomplete_commands'): (
        "mattermostdriver's path lacks the slash after /teams", 'GET', '/teams/teamid00000000000000000000/commands/autocomplete', None),
    ('commands', 'update_command'): (
        "mattermostdriver's path lacks the slash after /commands", 'PUT', '/commands/commandid00000000000000000', None),
    ('files', 'get_file'): (
        'same request, through make_request to return the raw response', 'GET', '/files/fileid00000000000000000000', None),
    ('oauth', 'get_authorized_oauth_apps'): (
        "mattermostdriver's path lacks the slash after /users", 'GET', '/users/userid00000000000000000000/oauth/apps/authorized', None),
    ('reactions', 'get_reactions_of_post'): (
        "mattermostdriver's path doubles the slash before reactions", 'GET', '/posts/postid00000000000000000000/reactions', None),
    ('roles', 'get_list_of_roles_by_name'): (
        'the server serves POST /roles/names, mattermostdriver sent GET', 'POST', '/roles/names', None),
    ('webhooks', 'call_webhook'): (
        'the same URL, written below the site root', 'POST', '/hooks/hookid00000000000000000000', ''),
    ('webhooks', 'regenerate_token_outgoing_hook'): (
        'the server serves POST, mattermostdriver sent PUT', 'POST', '/hooks/outgoing/hookid00000000000000000000/regen_token', None),
}


class RecordingClient(object):
    """A client with both drivers' interface that records each request as one comparable tuple."""

    userid = 'the-user-id'

    def __init__(self):
        self.requests = []

    def make_request(self, method, endpoint, options=None, params=None, data=None, files=None, basepath=None):
        self.requests.append((method.upper(), endpoint, options, params, data, files, basepath))

    def get(self, endpoint, options=None, params=None):
        return self.make_request('get', endpoint, options=options, params=params)

    def post(self, endpoint, options=None, params=None, data=None, files=None):
        return self.make_request('post', endpoint, options=options, params=params, data=data, files=files)

    def put(self, endpoint, options=None, params=None, data=None):
        return self.make_request('put', endpoint, options=options, params=params, data=data)

    def delete(self, endpoint, options=None, params=None, data=None):
        return self.make_request('delete', endpoint, options=options, params=params, data=data)


def mattermostdriver_groups():
    """Yield (group name, mattermostdriver endpoint class) for every endpoint class."""
    driver = mattermostdriver.Driver()
    with warnings.catch_warnings():
        warnings.simplefilter('ignore', DeprecationWarning)
        # Driver.api holds every group, bots included, which has no property of its own.
        groups = dict(driver.api)
    for name, attribute in inspect.getmembers(mattermostdriver.Driver, lambda member: isinstance(member, property)):
        if name != 'api':
            groups[name] = attribute.fget(driver)
    group_of_class = dict((type(group), name) for name, group in groups.items())
    for module_info in pkgutil.iter_modules(mattermostdriver_endpoints.__path__):
        module = importlib.import_module('mattermostdriver.endpoints.' + module_info.name)
        for class_name, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ == module.__name__ and issubclass(cls, mattermostdriver_base.Base) \
                    and cls is not mattermostdriver_base.Base:
                yield group_of_class.get(cls) or GROUP_OF_UNWIRED_CLASS[class_name], cls


def mattermostdriver_methods():
    """(group, name, mattermostdriver endpoint class) of every public method, sorted."""
    return sorted(((group, name, cls)
                   for group, cls in mattermostdriver_groups()
                   for name in dir(cls) if not name.startswith('_') and inspect.isfunction(getattr(cls, name))),
                  key=lambda method: method[:2])


def incompatibility(theirs, ours):
    """Why a call written for signature `theirs` would fail or change meaning on `ours`, or None."""
    their_parameters = list(theirs.parameters.values())
    our_parameters = list(ours.parameters.values())
    for index, their in enumerate(their_parameters):
        if index >= len(our_parameters):
            return 'no parameter %r' % their.name
        our = our_parameters[index]
        if (our.name, our.kind) != (their.name, their.kind):
            return 'parameter %d is %s, not %s' % (index, our, their)
        if their.default is not inspect.Parameter.empty and our.default != their.default:
            return '%s defaults to %r, not %r' % (our.name, our.default, their.default)
    for our in our_parameters[len(their_parameters):]:
        if our.default is inspect.Parameter.empty and our.kind not in (our.VAR_POSITIONAL, our.VAR_KEYWORD):
            return 'extra required parameter %r' % our.name
    return None


def sample_arguments(signature):
    """Arguments for every parameter of a bound method: a distinct value each, recognisable in the request."""
    values = {'options': {'an': 'option'}, 'params': {'a': 'param'}, 'data': {'a': 'datum'},
              'files': {'files': ('a.txt', b'text')}, 'file': {'image': ('a.png', b'png')}}
    return [values.get(name, sample_id(name) if name in ID_PARAMETERS else 'x_' + name) for name in signature.parameters]


def sample_id(name):
    """A Mattermost id (26 letters and digits) that names the parameter: channelid00000000000000000."""
    return name.replace('_', '').ljust(26, '0')


def test_mattermostdriver_is_7_3_2():
    assert mattermostdriver_version.full_version == '7.3.2'


def test_every_endpoint_class_is_found():
    groups = set(group for group, cls in mattermostdriver_groups())
    assert len(groups) == 25
    assert groups <= set(GROUPS)


def test_our_driver_has_every_group():
    driver = Driver()
    missing = [group for group, cls in mattermostdriver_groups() if not isinstance(getattr(driver, group, None), GROUPS[group])]
    assert not missing


def test_every_method_exists_with_a_compatible_signature():
    problems = []
    for group, name, cls in mattermostdriver_methods():
        theirs = inspect.signature(getattr(cls, name))
        ours = getattr(GROUPS.get(group), name, None)
        if ours is None:
            problems.append('%s.%s%s: missing' % (group, name, theirs))
            continue
        reason = incompatibility(theirs, inspect.signature(ours))
        if reason:
            problems.append('%s.%s: theirs %s, ours %s: %s' % (group, name, theirs, inspect.signature(ours), reason))
    assert not problems, '%d mattermostdriver methods are missing or incompatible:\n%s' % (
        len(problems), '\n'.join(problems))


def test_every_method_sends_the_same_request():
    differences = []
    for group, name, cls in mattermostdriver_methods():
        if (group, name) in DIFFERENT_REQUESTS:
            continue
        theirs, ours = RecordingClient(), RecordingClient()
        their_method = getattr(cls(theirs), name)
        arguments = sample_arguments(inspect.signature(their_method))
        with warnings.catch_warnings():
            warnings.simplefilter('ignore', DeprecationWarning)  # their deprecated Teams methods
            their_method(*arguments)
        getattr(GROUPS[group](ours), name)(*arguments)
        if theirs.requests != ours.requests:
            differences.append('%s.%s: theirs %s, ours %s' % (group, name, theirs.requests, ours.requests))
    assert not differences, '\n'.join(differences)


@pytest.mark.parametrize('group, name', sorted(DIFFERENT_REQUESTS))
def test_deliberately_different_requests(group, name):
    assert (group, name) in set(method[:2] for method in mattermostdriver_methods())
    why, method, endpoint, basepath = DIFFERENT_REQUESTS[group, name]
    client = RecordingClient()
    our_method = getattr(GROUPS[group](client), name)
    our_method(*sample_arguments(inspect.signature(our_method)))
    assert [request[:2] + request[-1:] for request in client.requests] == [(method, endpoint, basepath)], why
