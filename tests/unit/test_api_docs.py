# Copyright: chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""The driver's HTML API reference (scripts/build_api_docs.py, pdoc) builds with no warning (any
warning fails it) and documents every endpoint group and every operation."""
from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import os
import subprocess
import sys

from ansible_collections.chatops.mattermost.plugins.module_utils.driver.endpoints import GROUPS

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def test_the_api_reference_documents_every_operation(tmp_path):
    result = subprocess.run([sys.executable, os.path.join(REPO, 'scripts', 'build_api_docs.py'), str(tmp_path)],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0 and not result.stderr, result.stdout + result.stderr
    with open(tmp_path / 'chatops_mattermost_driver' / 'endpoints.html', encoding='utf-8') as stream:
        page = stream.read()
    missing = ['%s.%s' % (cls.__name__, name) for cls in GROUPS.values() for name in vars(cls)
               if not name.startswith('_') and name != 'endpoint' and 'id="%s.%s"' % (cls.__name__, name) not in page]
    assert not missing, missing
    assert 'Minimum server version: 5.26' in page
    for module in ('driver', 'client', 'websocket', 'exceptions', 'options'):
        assert (tmp_path / 'chatops_mattermost_driver' / (module + '.html')).exists()
