# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Type checkers see every operation (driver.pyi, endpoints.pyi, py.typed): `mypy --strict` passes on
typed_example.py and fails on its twins with a misspelt method name and with a missing path parameter."""

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DRIVER = os.path.join(HERE, *[os.pardir] * 5, 'plugins', 'module_utils', 'driver')
# The package's own code is not annotated (the stubs are what its users see): its errors are not the example's.
CONFIG = '[mypy]\n\n[mypy-chatops_mattermost_driver.*]\nignore_errors = True\n'


def test_mypy_strict_passes_on_the_example_and_fails_on_its_broken_twins(tmp_path):
    (tmp_path / 'path').mkdir()
    (tmp_path / 'path' / 'chatops_mattermost_driver').symlink_to(os.path.abspath(DRIVER))
    (tmp_path / 'mypy.ini').write_text(CONFIG)
    with open(os.path.join(HERE, 'typed_example.py')) as stream:
        example = stream.read()
    assert "driver.users.get_user('me')" in example
    programs = {
        'example': example,
        'misspelt': example.replace("driver.users.get_user('me')", "driver.users.get_usr('me')"),
        'missing_path_parameter': example.replace("driver.users.get_user('me')", 'driver.users.get_user()'),
    }
    for name, text in programs.items():
        (tmp_path / (name + '.py')).write_text(text)
    result = subprocess.run(
        [sys.executable, '-m', 'mypy', '--strict', '--config-file', str(tmp_path / 'mypy.ini'),
         '--cache-dir', str(tmp_path / 'cache'), '--no-error-summary'] + [name + '.py' for name in programs],
        # Installed (tests/utils/installed_driver.py), mypy finds the package by itself, as for its users.
        cwd=str(tmp_path), env=dict(os.environ, MYPYPATH='' if os.environ.get('CHATOPS_DRIVER_INSTALLED') else str(tmp_path / 'path')),
        capture_output=True, text=True, check=False)
    print(result.stdout, result.stderr)
    errors = [line for line in result.stdout.splitlines() if ': error:' in line]
    assert not [line for line in errors if line.startswith('example.py')], result.stdout
    assert [line.split(': error: ')[1] for line in errors if line.startswith('misspelt.py')] == [
        '"Users" has no attribute "get_usr"; maybe "get_user" or "get_users"?  [attr-defined]']
    assert [line.split(': error: ')[1] for line in errors if line.startswith('missing_path_parameter.py')] == [
        'Missing positional argument "user_id" in call to "get_user" of "Users"  [call-arg]']
