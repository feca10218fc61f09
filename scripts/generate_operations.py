# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Generate plugins/module_utils/driver/operations.py from the Mattermost API v4 reference.

Usage: python scripts/generate_operations.py [SOURCE_DIR] [--output FILE]

SOURCE_DIR holds the reference's OpenAPI fragments (one YAML file of `paths` per API area) and
defaults to tests/data/mattermost-api/v4/source in the repository. FILE defaults to the driver's
operations.py; `--output -` prints to standard output. Only the operation shapes are kept (group,
name, method, path, path parameters, body kind), never the reference's prose.
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

# Endpoint group -> one row per API operation:
# (method name, HTTP method, path below the base path, path parameters, body, site_root)
# body is None, 'json' (options=), 'multipart' (files=, data=) or 'form' (data=);
# site_root is True for the few routes served outside the API base path.
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


def collect(source_dir):
    """Return the sorted operation rows of the reference in source_dir."""
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
    rows.sort()
    seen = {}
    for row in rows:
        key = row[:2]
        if key in seen:
            raise ValueError('two operations named %s.%s: %s %s and %s %s'
                             % (key + seen[key][2:4] + row[2:4]))
        seen[key] = row
    return rows


def render(source_dir):
    """Return the text of operations.py for the reference in source_dir."""
    lines = [HEADER]
    group = None
    for row in collect(source_dir):
        if row[0] != group:
            if group is not None:
                lines.append('    ),\n')
            group = row[0]
            lines.append('    %r: (\n' % (group,))
        line = '        %r,' % (row[1:],)
        if len(line) > MAX_LINE_LENGTH:
            line += '  # noqa: E501'
        lines.append(line + '\n')
    lines.append('    ),\n}\n')
    return ''.join(lines)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('source_dir', nargs='?', default=DEFAULT_SOURCE,
                        help='folder of the reference YAML fragments (default: %(default)s)')
    parser.add_argument('--output', default=DEFAULT_OUTPUT,
                        help="file to write, '-' for standard output (default: %(default)s)")
    args = parser.parse_args(argv)
    text = render(args.source_dir)
    if args.output == '-':
        sys.stdout.write(text)
    else:
        with io.open(args.output, 'w', encoding='utf-8') as stream:
            stream.write(text)
    return 0


if __name__ == '__main__':
    sys.exit(main())
