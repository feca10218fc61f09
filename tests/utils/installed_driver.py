# Copyright: chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""Run the driver's tests against the package as users install it, not the source tree.

As a pytest plugin (`python -m pytest -p tests.utils.installed_driver [--installed-from=sdist] TESTS...`,
which is how tests/utils/runner.py runs it, in each lane's Python): builds the wheels (or the sdists) of
chatops-mattermost-driver and chatops-mattermostdriver-compat from this checkout (the build backend
fetched by pip), installs them with the test tools into a fresh virtualenv, and runs pytest there on TESTS with
CHATOPS_DRIVER_INSTALLED=1, instead of running them here. The conftests then make the names the
tests import (`ansible_collections.chatops.mattermost.plugins.module_utils.driver`, `driver`) the
installed `chatops_mattermost_driver` (see alias()), and check that it is the installed one.
"""
from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import glob
import importlib
import os
import pkgutil
import subprocess
import sys
import tempfile

import pytest

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TEST_TOOLS = ['pytest', 'responses', 'pyyaml', 'mypy', 'cryptography']
# Tests that cannot run on the installed package: those importing mattermostdriver 7.3.2 to compare
# with it (where the compatibility package is installed, `mattermostdriver` is ours;
# test_seed_surface.py compares with 7.3.2's wheel instead), and the one about the collection's
# module payload (it needs Ansible, which the package's users do not have).
NOT_FOR_THE_INSTALLED_PACKAGE = [
    '--ignore=tests/unit/plugins/module_utils/driver/test_compat_mattermostdriver.py',
    '--deselect=tests/unit/plugins/module_utils/driver/test_options.py::test_defaults_keep_every_mattermostdriver_option',
    '--ignore=tests/unit/plugins/module_utils/driver/test_module_payload.py',
]
PLUGIN = 'tests.utils.installed_driver'


def alias(*names):
    """Make each of `names` (and its submodules) the installed chatops_mattermost_driver."""
    package = importlib.import_module('chatops_mattermost_driver')
    if package.__file__.startswith(os.path.join(REPO, '')):
        raise RuntimeError('chatops_mattermost_driver comes from the checkout, not an installed wheel: %s'
                           % package.__file__)
    submodules = dict((info.name, importlib.import_module('chatops_mattermost_driver.' + info.name))
                      for info in pkgutil.iter_modules(package.__path__))
    for name in names:
        sys.modules[name] = package
        for submodule, module in submodules.items():
            sys.modules['%s.%s' % (name, submodule)] = module


def fresh_virtualenv(work, source):
    """A virtualenv in `work` with both packages, installed from the wheels (`source` 'wheel') or from
    the sdists ('sdist', which pip then builds) made from this checkout, and the test tools; its python."""
    venv = os.path.join(work, 'venv')
    subprocess.run([sys.executable, '-m', 'venv', venv], check=True)
    python = os.path.join(venv, 'bin', 'python')
    built = os.path.join(work, 'dist')
    if source == 'sdist':
        subprocess.run([python, '-m', 'pip', 'install', '-q', 'build'], check=True)
        for project in (REPO, os.path.join(REPO, 'compat')):
            subprocess.run([python, '-m', 'build', '-q', '--sdist', '--outdir', built, project], check=True)
        packages = sorted(glob.glob(os.path.join(built, '*.tar.gz')))
    else:
        subprocess.run([sys.executable, '-m', 'pip', 'wheel', '-q', '--no-deps', '--wheel-dir', built, REPO,
                        os.path.join(REPO, 'compat')], check=True)
        packages = sorted(glob.glob(os.path.join(built, '*.whl')))
    subprocess.run([python, '-m', 'pip', 'install', '-q'] + packages + TEST_TOOLS, check=True)
    return python


def pytest_addoption(parser):
    parser.addoption('--installed-from', choices=('wheel', 'sdist'), default='wheel',
                     help='install the packages from their wheels (default) or from their sdists')


@pytest.hookimpl(tryfirst=True)
def pytest_cmdline_main(config):
    source = config.getoption('installed_from')
    arguments = [argument for argument in config.invocation_params.args if not argument.startswith('--installed-from')]
    for index, argument in enumerate(arguments):  # drop `-p tests.utils.installed_driver`
        if argument == PLUGIN and index and arguments[index - 1] == '-p':
            del arguments[index - 1:index + 1]
            break
    with tempfile.TemporaryDirectory(prefix='installed-driver-') as work:
        python = fresh_virtualenv(work, source)
        print('installed-driver (from the %ss): %s, %s' % (source, subprocess.run(
            [python, '-c', 'import sys, chatops_mattermost_driver as d; print(sys.version.split()[0], d.__file__)'],
            check=True, capture_output=True, text=True).stdout.strip(), 'pytest ' + ' '.join(arguments)), flush=True)
        return subprocess.run([python, '-m', 'pytest'] + NOT_FOR_THE_INSTALLED_PACKAGE + arguments, cwd=REPO,
                              env=dict(os.environ, CHATOPS_DRIVER_INSTALLED='1'), check=False).returncode
