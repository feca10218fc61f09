# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Generate the driver's files made from the Mattermost API v4 reference.

Usage: python scripts/generate_operations.py [SOURCE_DIR] [--output FILE]

SOURCE_DIR holds the reference's OpenAPI fragments (one YAML file of `paths` per API area) and
defaults to tests/data/mattermost-api/v4/source in the repository. FILE defaults to the driver's
operations.py; `--output -` prints it to standard output (and writes nothing else).

- operations.py: the operation shapes (group, name, method, path, path parameters, body kind), which
  the endpoint groups are built from; the Ansible modules ship it.
- reference.py: each operation's summary, minimum server version and operationId, for docstrings and
  for the error of an operation newer than the server. The driver loads it on first use, by a name
  Ansible does not follow, so the modules do not ship it.
- driver.pyi, endpoints.pyi (with py.typed): every group's methods with their signatures and
  docstrings, for type checkers and IDEs (the groups are built at run time from the table).
"""

import argparse
import io
import os
import re
import sys

import yaml

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_SOURCE = os.path.join(REPO_ROOT, 'tests', 'data', 'mattermost-api', 'v4', 'source')
DEFAULT_OUTPUT = os.path.join(REPO_ROOT, 'plugins', 'module_utils', 'driver', 'operations.py')

# libyaml's loader when PyYAML has it: the reference is over a megabyte of YAML.
SAFE_LOADER = getattr(yaml, 'CSafeLoader', yaml.SafeLoader)

API_PREFIX = '/api/v4'
# Every operation key OpenAPI allows in a path item.
HTTP_METHODS = ('get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace')

# A file's area names its group; where mattermostdriver 7.3.2 named the same area differently,
# its name wins so that `driver.<group>` stays the same (and scheduled posts go plural, like posts).
GROUP_BY_FILE = {
    'actions': 'integration_actions',
    'dataretention': 'data_retention',
    'scheduled_post': 'scheduled_posts',
}

# Areas the reference documents as a tag of their own inside another area's file.
GROUP_BY_TAG = {
    'threads': 'threads',
}

# The server routes these outside /api/v4, at the site root. Any other reference path that lacks
# the /api/v4 prefix is an omission in the reference (the server has no such root route).
SITE_ROOT_PATHS = frozenset(['/files/{file_id}/public', '/manualtest'])

# Names chosen here rather than derived from the operationId, keyed by (METHOD, path below /api/v4).
NAMES_BY_ROUTE = {
    # mattermostdriver's channels.get_channels_for_user(user_id, team_id) lists one team's channels;
    # the reference gives the same name to the all-teams list, which therefore gets another.
    ('GET', '/users/{user_id}/channels'): 'get_all_channels_for_user',
    # The content flagging operations have no operationId.
    ('GET', '/content_flagging/flag/config'): 'get_flagging_config',
    ('GET', '/content_flagging/team/{team_id}/status'): 'get_team_flagging_status',
    ('POST', '/content_flagging/post/{post_id}/flag'): 'flag_post',
    ('GET', '/content_flagging/fields'): 'get_flagging_fields',
    ('GET', '/content_flagging/post/{post_id}/field_values'): 'get_flagged_post_field_values',
    ('GET', '/content_flagging/post/{post_id}'): 'get_flagged_post',
    ('PUT', '/content_flagging/post/{post_id}/remove'): 'remove_flagged_post',
    ('PUT', '/content_flagging/post/{post_id}/keep'): 'keep_flagged_post',
    ('GET', '/content_flagging/config'): 'get_content_flagging_config',
    ('PUT', '/content_flagging/config'): 'update_content_flagging_config',
    ('GET', '/content_flagging/team/{team_id}/reviewers/search'): 'search_content_reviewers',
    ('POST', '/content_flagging/post/{post_id}/assign/{reviewer_id}'): 'assign_flagged_post_reviewer',
}

# Mixed-case words that a plain CamelCase split would cut in two (GetOAuthApp -> get_o_auth_app).
WHOLE_WORDS = (('OAuth', 'Oauth'), ('DMs', 'Dms'))

BODY_BY_CONTENT_TYPE = {
    'application/json': 'json',
    'multipart/form-data': 'multipart',
    'application/x-www-form-urlencoded': 'form',
}

# Where the reference says since which server version an operation exists (a few say TBD: none).
MIN_VERSION = re.compile(r'Minimum server version[_*\s]*:[_*\s]*(\d+(?:\.\d+)*)', re.IGNORECASE)

# ansible-test's pep8 limit.
MAX_LINE_LENGTH = 160

HEADER = '''\
# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
#
# GENERATED FILE, do not edit: run `python scripts/generate_operations.py [SOURCE_DIR]`
# (SOURCE_DIR: the Mattermost API v4 reference fragments, default tests/data/mattermost-api/v4/source).

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

# Endpoint group -> one row per API operation: (method name, HTTP method, path below the base path, body)
# body is None, 'json' (options=), 'multipart' (files=, data=) or 'form' (data=). The path's
# {parameters} are the method's positional parameters, in order. Every Ansible module ships this
# table: it holds nothing that can be derived.
# Rows beyond ansible-test's 160 columns carry `noqa: E501` so that each operation keeps one line.
OPERATIONS = {
'''


def snake_case(operation_id):
    """GetUser -> get_user, CreatePostEphemeral -> create_post_ephemeral, getPostsByIds -> get_posts_by_ids."""
    name = operation_id
    for word, replacement in WHOLE_WORDS:
        name = name.replace(word, replacement)
    name = re.sub(r'([A-Z]+)([A-Z][a-z])', r'\1_\2', name)
    name = re.sub(r'([a-z0-9])([A-Z])', r'\1_\2', name)
    return name.lower()


def iter_paths(source_dir):
    """Yield (file area, reference path, path item) for every path of every fragment, files sorted."""
    for file_name in sorted(os.listdir(source_dir)):
        area, extension = os.path.splitext(file_name)
        if extension != '.yaml':
            continue
        with io.open(os.path.join(source_dir, file_name), encoding='utf-8') as stream:
            # The safe loader reads both indentations of the fragments and keeps the last of a
            # repeated key (permissions.yaml repeats an identical `post:`).
            document = yaml.load(stream, Loader=SAFE_LOADER)
        for path, item in (document or {}).items():
            # definitions.yaml and introduction.yaml have no paths at their top level.
            if isinstance(path, str) and path.startswith('/'):
                yield area, path, item


def body_kind(operation):
    content_types = sorted((operation.get('requestBody') or {}).get('content') or {})
    if not content_types:
        return None
    kinds = set(BODY_BY_CONTENT_TYPE[content_type] for content_type in content_types)
    if len(kinds) != 1:
        raise ValueError('ambiguous request body %r' % (content_types,))
    return kinds.pop()


def describe(operation):
    """(summary, minimum server version or None, operationId or None) of an operation."""
    found = MIN_VERSION.search(operation.get('description') or '')
    return (' '.join((operation.get('summary') or '').split()), found and found.group(1),
            operation.get('operationId'))


def collect(source_dir, descriptions=None):
    """Return the sorted operation rows of the reference in source_dir; fill `descriptions`, when
    given, with {(group, name): describe(operation)}."""
    rows = []
    for area, reference_path, item in iter_paths(source_dir):
        site_root = reference_path in SITE_ROOT_PATHS
        if reference_path.startswith(API_PREFIX + '/'):
            path = reference_path[len(API_PREFIX):]
        else:
            path = reference_path
        for http_method in HTTP_METHODS:
            operation = item.get(http_method)
            if operation is None:
                continue
            method = http_method.upper()
            name = NAMES_BY_ROUTE.get((method, path))
            if name is None:
                if not operation.get('operationId'):
                    raise ValueError('%s %s in %s has no operationId: name it in NAMES_BY_ROUTE'
                                     % (method, reference_path, area))
                name = snake_case(operation['operationId'])
            group = GROUP_BY_FILE.get(area, area)
            for tag in operation.get('tags') or ():
                group = GROUP_BY_TAG.get(tag, group)
            path_params = tuple(re.findall(r'{(\w+)}', path))
            rows.append((group, name, method, path, path_params, body_kind(operation), site_root))
            if descriptions is not None:
                descriptions[group, name] = describe(operation)
    rows.sort()
    seen = {}
    for row in rows:
        key = row[:2]
        if key in seen:
            raise ValueError('two operations named %s.%s: %s %s and %s %s'
                             % (key + seen[key][2:4] + row[2:4]))
        seen[key] = row
    return rows


def render(source_dir, rows=None):
    """Return the text of operations.py for the reference in source_dir."""
    rows = rows or collect(source_dir)
    table = render_grouped(HEADER, ((row[0], '%r,' % (row[1:4] + row[5:6],)) for row in rows), '()')
    site_root = sorted(row[2:4] for row in rows if row[6])
    return table + SITE_ROOT_FOOTER % ''.join('    %r,\n' % (route,) for route in site_root)


SITE_ROOT_FOOTER = '''
# (HTTP method, path) of the few routes served at the site root, outside the API base path.
SITE_ROOT_ROUTES = frozenset([
%s])
'''


def render_grouped(header, entries, brackets):
    """header, then `group: (` (or `{`) and the group's entry lines, for (group, entry) in order."""
    lines = [header]
    group = None
    for entry_group, entry in entries:
        if entry_group != group:
            if group is not None:
                lines.append('    %s,\n' % brackets[1])
            group = entry_group
            lines.append('    %r: %s\n' % (group, brackets[0]))
        line = '        ' + entry
        if len(line) > MAX_LINE_LENGTH:
            line += '  # noqa: E501'
        lines.append(line + '\n')
    lines.append('    %s,\n}\n' % brackets[1])
    return ''.join(lines)


REFERENCE_HEADER = '''\
# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
#
# GENERATED FILE, do not edit: run `python scripts/generate_operations.py [SOURCE_DIR]`.

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

# Endpoint group -> {method name: (summary, minimum server version or None, operationId or None)},
# from the API reference. versions.reference() loads it on first use, for docstrings and for the
# error of an operation newer than the server.
REFERENCE = {
'''


def render_reference(descriptions):
    """Return the text of reference.py."""
    return render_grouped(REFERENCE_HEADER, ((group, '%r: %r,' % (name, description))
                                             for (group, name), description in sorted(descriptions.items())), '{}')


STUB_HEADER = '''\
# GENERATED FILE, do not edit: run `python scripts/generate_operations.py [SOURCE_DIR]`.
# Types of the endpoint groups, which endpoints.py builds at run time from operations.py.
'''

# Parameters that carry a request's body or query string; any other is a path parameter (a string).
PAYLOAD_TYPES = {
    'options': 'Any',
    'params': 'Mapping[str, Any]',
    'data': 'Any',
    'files': 'Any',
    'file': 'Any',
}


def stub_signature(function):
    """`(self, user_id: str, params: Mapping[str, Any] | None = None) -> Any` for a group's method."""
    import inspect
    parts = []
    for parameter in inspect.signature(function).parameters.values():
        if parameter.name == 'self':
            parts.append('self')
            continue
        annotation = PAYLOAD_TYPES.get(parameter.name, 'str')
        if parameter.default is None:
            parts.append('%s: %s | None = None' % (parameter.name, annotation))
        else:
            parts.append('%s: %s' % (parameter.name, annotation))
    return '(%s) -> Any' % ', '.join(parts)


def stub_docstring(doc, indent):
    import inspect
    # cleandoc: Python >= 3.13 strips the docstrings' common indentation when compiling, older ones do not.
    lines = inspect.cleandoc(doc or '').splitlines()
    if not lines:
        return ''
    text = '\n'.join((indent + line) if line.strip() else '' for line in lines)
    return '%s"""%s\n%s"""\n' % (indent, text.lstrip(), indent) if len(lines) > 1 else '%s"""%s"""\n' % (indent, lines[0])


def render_stubs(groups):
    """Return the texts of endpoints.pyi and driver.pyi for {group name: EndpointGroup subclass}."""
    endpoints = [STUB_HEADER, 'from typing import Any, Mapping\n\nfrom .client import Client\n\n\n',
                 'class EndpointGroup:\n    client: Client\n    endpoint: str\n\n'
                 '    def __init__(self, client: Client) -> None: ...\n\n\n']
    for name, cls in groups.items():
        endpoints.append('class %s(EndpointGroup):\n' % cls.__name__)
        for method_name in sorted(vars(cls)):
            function = vars(cls)[method_name]
            if method_name.startswith('_') or not callable(function):
                continue
            endpoints.append('    def %s%s:\n%s        ...\n\n' % (
                method_name, stub_signature(function), stub_docstring(function.__doc__, '        ')))
        endpoints[-1] = endpoints[-1][:-1] + '\n\n'
    endpoints.append(
        'GROUPS: Mapping[str, type[EndpointGroup]]\n\n\n'
        'def build_groups() -> dict[str, type[EndpointGroup]]: ...\n')
    classes = ', '.join(cls.__name__ for cls in groups.values())
    driver = [STUB_HEADER, DRIVER_STUB % classes]
    for name, cls in groups.items():
        driver.append('    @property\n    def %s(self) -> %s:\n        """Api endpoint for %s"""\n\n' % (
            name, cls.__name__, name))
    return ''.join(endpoints).rstrip('\n') + '\n', ''.join(driver).rstrip('\n') + '\n'


DRIVER_STUB = '''\
import asyncio
from typing import Any, Awaitable, Callable, Mapping

from .client import Client
from .endpoints import EndpointGroup, %s


class Driver:
    """Holds the options and the client; logs in and out; gives the endpoint groups as attributes
    (`driver.users`, `driver.teams`, ...) and the websocket."""

    default_options: dict[str, Any]
    options: dict[str, Any]
    driver: dict[str, Any]
    client: Client
    websocket: Any
    user: dict[str, Any] | None

    def __init__(self, options: Mapping[str, Any] | None = None, client_cls: type[Client] = ...) -> None: ...
    def __enter__(self) -> "Driver": ...
    def __exit__(self, *exc_info: object) -> None: ...
    def close(self) -> None: ...
    @property
    def api(self) -> dict[str, EndpointGroup]: ...
    def login(self) -> Any: ...
    def logout(self) -> Any: ...
    def init_websocket(self, event_handler: Callable[[str], Awaitable[Any]],
                       websocket_cls: type[Any] | None = None) -> asyncio.AbstractEventLoop: ...
    def disconnect(self) -> None: ...
    def events(self, timeout: float | None = None) -> Any: ...

'''


def import_driver(driver_dir):
    """The driver package in driver_dir, imported afresh (under a name of its own) with what was just written."""
    import importlib.util
    name = '_generated_driver'
    for module in [module for module in sys.modules if module == name or module.startswith(name + '.')]:
        del sys.modules[module]
    spec = importlib.util.spec_from_file_location(name, os.path.join(driver_dir, '__init__.py'),
                                                  submodule_search_locations=[driver_dir])
    package = importlib.util.module_from_spec(spec)
    sys.modules[name] = package
    spec.loader.exec_module(package)
    return importlib.import_module(name + '.endpoints')


def write(path, text):
    with io.open(path, 'w', encoding='utf-8') as stream:
        stream.write(text)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('source_dir', nargs='?', default=DEFAULT_SOURCE,
                        help='folder of the reference YAML fragments (default: %(default)s)')
    parser.add_argument('--output', default=DEFAULT_OUTPUT,
                        help="operations.py to write, '-' for standard output (default: %(default)s)")
    args = parser.parse_args(argv)
    descriptions = {}
    rows = collect(args.source_dir, descriptions)
    text = render(args.source_dir, rows)
    if args.output == '-':
        sys.stdout.write(text)
        return 0
    driver_dir = os.path.dirname(os.path.abspath(args.output))
    write(args.output, text)
    write(os.path.join(driver_dir, 'reference.py'), render_reference(descriptions))
    endpoints_stub, driver_stub = render_stubs(dict(import_driver(driver_dir).GROUPS.items()))
    write(os.path.join(driver_dir, 'endpoints.pyi'), endpoints_stub)
    write(os.path.join(driver_dir, 'driver.pyi'), driver_stub)
    return 0


if __name__ == '__main__':
    sys.exit(main())
