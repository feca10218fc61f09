# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""The local check of a bulk import file, and the message of a failed import job."""

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import io
import json
import zipfile

from ansible_collections.chatops.mattermost.plugins.module_utils._kinds.bulk_import import BulkFile, BulkImport, check_lines

VERSION = json.dumps({'type': 'version', 'version': 1})
TEAM = json.dumps({'type': 'team', 'team': {'name': 'ops', 'display_name': 'Ops', 'type': 'O'}})
POST = json.dumps({'type': 'post', 'post': {'team': 'ops', 'channel': 'town', 'user': 'alice', 'message': 'hi',
                                            'create_at': 1700000000000}})


def lines(*texts):
    return '\n'.join(texts).encode()


def test_a_good_file_is_counted():
    problems, counts = check_lines(lines(VERSION, TEAM, POST, POST))
    assert problems == []
    assert counts['team'] == 1 and counts['post'] == 2 and counts['user'] == 0


def test_each_bad_line_is_named():
    problems = check_lines(lines(
        VERSION, '{"type": "team"', '{"type": "teem"}',
        json.dumps({'type': 'channel', 'channel': {'team': 'ops', 'name': 'x', 'type': 'O'}}),
        json.dumps({'type': 'user', 'user': {'username': 'Bad Name', 'email': 'a@example.com'}}),
        json.dumps({'type': 'post', 'post': {'team': 'ops', 'channel': 'x', 'user': 'a', 'message': 'm', 'create_at': 'now'}}),
        json.dumps({'type': 'team', 'team': {'name': 'ops', 'display_name': 'Ops', 'type': 'X'}}),
    ))[0]
    assert problems[0].startswith('line 2 is not JSON: ')
    assert problems[1].startswith("line 3 has an unknown type 'teem' (known: bot, channel, ")
    assert problems[2:] == [
        'line 4: channel.display_name is required',
        "line 5: user.username 'Bad Name' is not a valid username: 1 to 64 lowercase letters, digits, dots, hyphens and "
        "underscores",
        'line 6: post.create_at must be a time in milliseconds since the epoch',
        "line 7: team.type must be O (open) or I (invite only), not 'X'",
    ]


def test_the_first_line_is_the_version():
    assert check_lines(lines(TEAM))[0] == ['line 1 must be {"type": "version", "version": 1}']
    assert check_lines(b'')[0] == ['the file has no lines: the first must be {"type": "version", "version": 1}']


def test_a_jsonl_file_is_zipped_and_named_by_its_content(tmp_path):
    path = tmp_path / 'data.jsonl'
    path.write_bytes(lines(VERSION, TEAM))
    bulk = BulkFile(str(path))
    with zipfile.ZipFile(io.BytesIO(bulk.zipped)) as archive:
        assert archive.read('import.jsonl') == lines(VERSION, TEAM)
    assert bulk.upload_name == 'data-%s.zip' % bulk.digest[:32]


def test_a_failed_job_names_its_line(tmp_path):
    path = tmp_path / 'data.jsonl'
    path.write_bytes(lines(VERSION, TEAM, POST))
    bulk = BulkFile(str(path))
    job = {'id': 'j' * 26, 'status': 'error', 'data': {'line_number': '2', 'error': 'Bad team.'}}
    assert BulkImport.failure_message(bulk, job) == 'The import job %s ended with status error: Bad team. (line 2: %s)' % (
        'j' * 26, TEAM)
    job['data'] = {'line_number': '0', 'error': 'Channel with name "town" could not be found.'}
    assert BulkImport.failure_message(bulk, job).endswith('(line 3, the first with "town": %s)' % POST)
