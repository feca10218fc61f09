# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""mattermost_export's counts of an archive, and its checks before any request."""

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import io
import json
import zipfile

import pytest

from ansible_collections.chatops.mattermost.plugins.module_utils._errors import Failure
from ansible_collections.chatops.mattermost.plugins.module_utils._kinds.bulk_export import BulkExport, archive_counts


def archive(*records, name='import.jsonl'):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, 'w') as bundle:
        bundle.writestr(name, ''.join(json.dumps(record) + '\n' for record in records))
    return buffer.getvalue()


def test_counts_by_type():
    counts = archive_counts(archive({'type': 'version', 'version': 1}, {'type': 'user', 'user': {}},
                                    {'type': 'post', 'post': {}}, {'type': 'post', 'post': {}}))
    assert counts['user'] == 1 and counts['post'] == 2 and counts['team'] == 0


def test_an_archive_without_jsonl_fails():
    with pytest.raises(Failure):
        archive_counts(archive(name='data/file.txt'))


def test_dest_directory_and_timeout_are_checked(tmp_path):
    assert BulkExport.problems(dict(dest=str(tmp_path / 'x.zip'), timeout=10)) == []
    assert BulkExport.problems(dict(dest=str(tmp_path / 'no' / 'x.zip'), timeout=0)) == [
        'timeout must be a number of seconds above 0',
        'dest %s: its directory %s does not exist' % (tmp_path / 'no' / 'x.zip', tmp_path / 'no')]
