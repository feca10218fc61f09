# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""The `mattermostdriver` compatibility package (compat/) has the whole surface of mattermostdriver
7.3.2, read from the seed's own wheel (downloaded once, cached outside the checkout) by
tests/utils/seed_surface.py: every module, class, method (compatible signature), property, class
and instance attribute, private ones included."""

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import os
import subprocess
import sys

import pytest

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__)))))))
sys.path.insert(0, os.path.join(REPO, 'tests', 'utils'))

import seed_surface  # noqa: E402  pylint: disable=wrong-import-position


@pytest.fixture(scope='module')
def surface():
    return seed_surface.read_surface(seed_surface.seed_wheel())


def importable_tree(tmp_path):
    """sys.path entries where `mattermostdriver` is ours (compat/) and `chatops_mattermost_driver` the
    driver folder, as the two distributions install them; the seed installed in this virtualenv comes after."""
    if os.environ.get('CHATOPS_DRIVER_INSTALLED'):  # tests/utils/installed_driver.py: both are installed
        return ''
    (tmp_path / 'chatops_mattermost_driver').symlink_to(os.path.join(REPO, 'plugins', 'module_utils', 'driver'))
    return os.pathsep.join([os.path.join(REPO, 'compat'), str(tmp_path)])


def test_the_surface_is_read_from_the_seed(surface):
    assert sorted(surface) == sorted(
        ['mattermostdriver', 'mattermostdriver.client', 'mattermostdriver.driver', 'mattermostdriver.endpoints',
         'mattermostdriver.endpoints.base', 'mattermostdriver.exceptions', 'mattermostdriver.version',
         'mattermostdriver.websocket']
        + ['mattermostdriver.endpoints.' + name for name in (
            'bots', 'brand', 'channels', 'cluster', 'commands', 'compliance', 'data_retention', 'elasticsearch',
            'emoji', 'files', 'integration_actions', 'ldap', 'oauth', 'opengraph', 'posts', 'preferences',
            'reactions', 'roles', 'saml', 'scheme', 'status', 'system', 'teams', 'users', 'webhooks')])
    websocket = surface['mattermostdriver.websocket']['classes']['Websocket']
    assert {'_authenticate_websocket', '_start_loop', '_wait_for_message'} <= set(websocket['methods'])
    assert {'_token', '_alive', 'options'} <= set(websocket['instance_attributes'])
    client = surface['mattermostdriver.client']['classes']['Client']
    assert {'_userid', '_username', '_cookies', '_options', '_token'} <= set(client['instance_attributes'])
    assert client['methods']['activate_verbose_logging']['decorators'] == ['staticmethod']


def test_ours_has_every_seed_name_with_a_compatible_signature(tmp_path):
    env = dict(os.environ, PYTHONPATH=importable_tree(tmp_path))
    result = subprocess.run([sys.executable, os.path.join(REPO, 'tests', 'utils', 'seed_surface.py')],
                            env=env, capture_output=True, text=True, check=False)
    print(result.stdout, result.stderr)
    assert result.returncode == 0, result.stdout + result.stderr
    checked = int(result.stdout.splitlines()[-1].split()[0])
    assert checked >= 400, result.stdout


def test_a_missing_method_or_an_incompatible_signature_is_reported(surface):
    seed_class = surface['mattermostdriver.websocket']['classes']['Websocket']

    class Incomplete:
        def __init__(self, options, token, extra):
            pass

        async def connect(self, handler):
            pass

    problems = seed_surface.check_class('mattermostdriver.websocket.Websocket', Incomplete, seed_class, {})
    assert 'mattermostdriver.websocket.Websocket.__init__: extra required parameter \'extra\'' in problems
    assert 'mattermostdriver.websocket.Websocket.connect: parameter 1 is handler, not event_handler' in problems
    assert 'mattermostdriver.websocket.Websocket._start_loop: missing' in problems
    assert 'mattermostdriver.websocket.Websocket: no instance attribute _alive' in problems
