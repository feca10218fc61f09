# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""How much of the Mattermost API v4 reference the driver reaches through named methods, and whether
operations.py is what the generator makes of that reference.

The reference is the repository's copy in tests/data/mattermost-api/v4/source (see its README).
"""

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import importlib.util
import io
import os
import re

import yaml

from ansible_collections.chatops.mattermost.plugins.module_utils.driver import endpoints, operations

REPO_ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), *[os.pardir] * 5))
REFERENCE_DIR = os.path.join(REPO_ROOT, 'tests', 'data', 'mattermost-api', 'v4', 'source')
GENERATOR = os.path.join(REPO_ROOT, 'scripts', 'generate_operations.py')
MINIMUM_COVERAGE = 0.95
HTTP_METHODS = ('get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace')
API_PREFIX = '/api/v4'


def reference_routes():
    """The reference's operations as route keys (METHOD, path below /api/v4 with `{}` parameters).

    Each fragment is read on its own: PyYAML takes perf.yaml's paths at column 0 as well as the
    others' indented ones, and keeps the last of permissions.yaml's two identical `post:` keys.
    """
    routes = set()
    for file_name in sorted(os.listdir(REFERENCE_DIR)):
        if not file_name.endswith('.yaml'):
            continue
        with io.open(os.path.join(REFERENCE_DIR, file_name), encoding='utf-8') as stream:
            document = yaml.load(stream, Loader=getattr(yaml, 'CSafeLoader', yaml.SafeLoader)) or {}
        for path, item in document.items():
            if not (isinstance(path, str) and path.startswith('/')):
                continue
            if path.startswith(API_PREFIX + '/'):
                path = path[len(API_PREFIX):]
            for method in HTTP_METHODS:
                if method in item:
                    routes.add(endpoints.route_key(method.upper(), path))
    return routes


def driver_routes():
    """Route keys of every public method of every endpoint group."""
    routes = set()
    for group in endpoints.GROUPS.values():
        for name in dir(group):
            route = getattr(getattr(group, name), 'route', None)
            if not name.startswith('_') and route:
                routes.add(endpoints.route_key(*route))
    return routes


def test_api_coverage(capsys):
    reference = reference_routes()
    reached = reference & driver_routes()
    share = float(len(reached)) / len(reference)
    with capsys.disabled():
        print('\nAPI coverage: %d/%d operations (%.1f%%)' % (len(reached), len(reference), 100 * share))
    assert share >= MINIMUM_COVERAGE, 'no named method for:\n%s' % '\n'.join(
        '%s %s' % route for route in sorted(reference - reached))


def test_operations_table_is_generated_from_the_reference():
    spec = importlib.util.spec_from_file_location('generate_operations', GENERATOR)
    generator = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generator)
    with io.open(re.sub(r'\.pyc$', '.py', operations.__file__), encoding='utf-8') as stream:
        current = stream.read()
    assert current == generator.render(REFERENCE_DIR), (
        'operations.py is stale: run python scripts/generate_operations.py %s' % REFERENCE_DIR)


def test_reference_table_and_type_stubs_are_generated_from_the_reference():
    spec = importlib.util.spec_from_file_location('generate_operations', GENERATOR)
    generator = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generator)
    descriptions = {}
    generator.collect(REFERENCE_DIR, descriptions)
    endpoints_stub, driver_stub = generator.render_stubs(dict(endpoints.GROUPS.items()))
    driver_dir = os.path.dirname(endpoints.__file__)
    for file_name, expected in (('reference.py', generator.render_reference(descriptions)),
                                ('endpoints.pyi', endpoints_stub), ('driver.pyi', driver_stub)):
        with io.open(os.path.join(driver_dir, file_name), encoding='utf-8') as stream:
            assert stream.read() == expected, '%s is stale: run python scripts/generate_operations.py' % file_name
    assert os.path.exists(os.path.join(driver_dir, 'py.typed'))
