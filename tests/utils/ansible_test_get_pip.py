# Copyright: chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""Stand-in for the pip bootstrap script that ansible-test downloads from its own file server.

ansible-test creates empty virtual environments (`--venv`) and fills them by running a cached
`get_pip_<version>.py` with pip's install arguments. Its file server is not reachable from every
machine; the Python package index is. tests/utils/runner.py places this file in ansible-test's cache:
it bootstraps the interpreter's bundled pip, then installs the requested packages (the pinned pip
among them) from the package index.
"""
from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import ensurepip
import os
import subprocess
import sys


def main():
    # ensurepip points PIP_CONFIG_FILE at /dev/null in this process; the install below must still
    # see the machine's pip configuration (its index, its certificate bundle).
    environment = dict(os.environ)
    ensurepip.bootstrap()
    # get-pip.py's own switches; pip install does not know them.
    arguments = [a for a in sys.argv[1:] if a not in ("--no-setuptools", "--no-wheel")]
    sys.exit(subprocess.call([sys.executable, "-m", "pip", "install"] + arguments, env=environment))


if __name__ == "__main__":
    main()
