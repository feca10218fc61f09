# Copyright: chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""The driver's Python packages take their version from galaxy.yml (one version for the collection
and the driver), and the collection's build leaves the packaging files out."""
from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import os
import re
import tomllib

import yaml

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def read_toml(*path):
    with open(os.path.join(REPO, *path), 'rb') as stream:
        return tomllib.load(stream)


def galaxy():
    with open(os.path.join(REPO, 'galaxy.yml')) as stream:
        return yaml.safe_load(stream)


def test_the_driver_version_is_galaxy_yml_s():
    project = read_toml('pyproject.toml')
    assert project['project']['dynamic'] == ['version']
    source = project['tool']['hatch']['version']
    assert source['source'] == 'regex' and source['path'] == 'galaxy.yml'
    with open(os.path.join(REPO, 'galaxy.yml')) as stream:
        assert re.search(source['pattern'], stream.read()).group('version') == galaxy()['version']


def test_the_compat_package_has_the_same_version_and_needs_exactly_that_driver():
    project = read_toml('compat', 'pyproject.toml')
    version = galaxy()['version']
    source = project['tool']['hatch']['version']
    with open(os.path.join(REPO, 'compat', source['path'])) as stream:
        assert re.search(source['pattern'], stream.read()).group('version') == version
    assert project['project']['dependencies'] == ['chatops-mattermost-driver==' + version]


def test_the_driver_needs_requests_and_websockets_only():
    dependencies = read_toml('pyproject.toml')['project']['dependencies']
    assert sorted(re.match(r'[\w-]+', requirement).group() for requirement in dependencies) == ['requests', 'websockets']


def test_the_collection_build_leaves_the_packaging_files_out():
    assert {'pyproject.toml', 'compat', 'dist', 'build'} <= set(galaxy()['build_ignore'])
