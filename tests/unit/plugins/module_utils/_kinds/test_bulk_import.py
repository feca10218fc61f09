# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""The local check of a bulk import file, and the message of a failed import job."""

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import io
import json
import os
import re
import zipfile

import requests

from ansible_collections.chatops.mattermost.plugins.module_utils._kinds import bulk_job
from ansible_collections.chatops.mattermost.plugins.module_utils._kinds.bulk_import import (
    BulkFile, BulkImport, bulk_import, check_lines,
)

MOCKED_API = 'https://chat.example.com:443/api/v4'  # where conftest.py's make_task sends

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
        json.dumps({'type': 'channel', 'channel': {'team': 'ops', 'name': 'x', 'display_name': 'X'}}),
        json.dumps({'type': 'user', 'user': {'username': 'Bad Name', 'email': 'a@example.com'}}),
        json.dumps({'type': 'post', 'post': {'team': 'ops', 'channel': 'x', 'user': 'a', 'message': 'm', 'create_at': 'now'}}),
        json.dumps({'type': 'team', 'team': {'name': 'ops', 'display_name': 'Ops', 'type': 'X'}}),
    ))[0]
    assert problems[0].startswith('line 2 is not JSON: ')
    assert problems[1].startswith("line 3 has an unknown type 'teem' (known: bot, channel, ")
    assert problems[2:] == [
        'line 4: channel.type is required',
        "line 5: user.username 'Bad Name' is not a valid username: 1 to 64 lowercase letters, digits, dots, hyphens and "
        "underscores",
        'line 6: post.create_at must be a time in milliseconds since the epoch',
        "line 7: team.type must be O (open) or I (invite only), not 'X'",
    ]


def test_names_follow_the_modules_rules_also_where_a_line_names_another_object():
    problems, counts = check_lines(lines(
        VERSION,
        # The server's importer takes the name as the display name; a team named before a word was
        # reserved may be named by a channel.
        json.dumps({'type': 'channel', 'channel': {'team': 'admins-old', 'name': 'town', 'type': 'O'}}),
        json.dumps({'type': 'team', 'team': {'name': 'admins', 'display_name': 'A', 'type': 'O'}}),
        json.dumps({'type': 'team', 'team': {'name': 'ok', 'display_name': 'x' * 65, 'type': 'O'}}),
        json.dumps({'type': 'channel', 'channel': {'team': 'ops', 'name': 'town', 'display_name': 'x' * 65, 'type': 'O'}}),
        json.dumps({'type': 'post', 'post': {'team': 'Ops', 'channel': 'Town Square', 'user': 7, 'message': 'm',
                                             'create_at': 1, 'replies': [{'user': 'Bob', 'message': 'r', 'create_at': 2}]}}),
        json.dumps({'type': 'user', 'user': {'username': 'carol', 'email': 'carol@example.com',
                                             'teams': [{'name': 'o', 'channels': [{'name': '-x'}]}]}}),
        json.dumps({'type': 'direct_channel', 'direct_channel': {'members': ['carol', 'all']}}),
        json.dumps({'type': 'bot', 'bot': {'username': 'deploy', 'owner': 'Not Owner'}}),
    ))
    assert problems == [
        "line 3: team.name 'admins' starts with a word the server reserves (admin)",
        'line 4: team.display_name must have 1 to 64 characters',
        'line 5: channel.display_name must be a string of at most 64 characters',
        "line 6: post.team 'Ops' is not a valid team name: 2 to 64 lowercase letters, digits and hyphens, starting and "
        "ending with a letter or a digit",
        "line 6: post.channel 'Town Square' is not a valid channel name: 1 to 64 lowercase letters, digits, hyphens and "
        "underscores, starting with a letter or a digit",
        'line 6: post.user must be a string, not 7',
        "line 6: post.replies[0].user 'Bob' is not a valid username: 1 to 64 lowercase letters, digits, dots, hyphens "
        "and underscores",
        "line 7: user.teams[0].name 'o' is not a valid team name: 2 to 64 lowercase letters, digits and hyphens, "
        "starting and ending with a letter or a digit",
        "line 7: user.teams[0].channels[0].name '-x' is not a valid channel name: 1 to 64 lowercase letters, digits, "
        "hyphens and underscores, starting with a letter or a digit",
        "line 8: direct_channel.members[1] 'all' is a name the server reserves (all, channel, matterbot, system)",
        "line 9: bot.owner 'Not Owner' is not a valid username: 1 to 64 lowercase letters, digits, dots, hyphens and "
        "underscores",
    ]
    assert counts['channel'] == 1 and counts['team'] == 0


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


# The module's work against a mocked API (conftest.py): the exact requests of each path.

UPLOAD = {'id': 'u' * 26, 'file_offset': 0}
JOBS = MOCKED_API + '/jobs/type/import_process'


def big_zip(tmp_path):
    """A zip of 1.5 MiB that does not compress: two chunks of 1 MiB."""
    path = tmp_path / 'big.zip'
    with zipfile.ZipFile(str(path), 'w', zipfile.ZIP_STORED) as archive:
        archive.writestr('import.jsonl', lines(VERSION, TEAM))
        archive.writestr('data/attachment.bin', os.urandom(1536 * 1024))
    return str(path)


def import_params(src, **params):
    return dict(dict(src=src, force=False, timeout=60, chunk_size=1), **params)


def request_lines(api):
    """(method, path and query) of each request the mocked API answered."""
    return [(call.request.method, call.request.url[len(MOCKED_API):]) for call in api.calls]


def test_check_mode_lists_the_jobs_and_writes_nothing(tmp_path, api, make_task):
    api.get(JOBS, json=[])
    result = bulk_import(make_task(import_params(big_zip(tmp_path)), check_mode=True))
    assert result['changed'] is True and 'job' not in result
    assert result['counts'] == {'users': 0, 'teams': 1, 'channels': 0, 'posts': 0, 'direct_channels': 0, 'direct_posts': 0}
    assert request_lines(api) == [('GET', '/jobs/type/import_process?per_page=200&page=0')]


def test_the_upload_goes_in_chunks_and_a_dropped_chunk_is_resent_from_the_servers_offset(tmp_path, api, make_task,
                                                                                         monkeypatch):
    monkeypatch.setattr(bulk_job, 'POLL_INTERVAL', 0)
    src = big_zip(tmp_path)
    api.get(JOBS, json=[])
    api.post(MOCKED_API + '/uploads', json=UPLOAD)
    chunk = MOCKED_API + '/uploads/' + UPLOAD['id']
    api.post(chunk, json={})
    api.post(chunk, body=requests.exceptions.ConnectionError('the connection dropped'))
    api.get(chunk, json=dict(UPLOAD, file_offset=1024 * 1024))
    api.post(chunk, json={'name': 'big.zip'})
    api.post(MOCKED_API + '/jobs', json={'id': 'j' * 26, 'type': 'import_process', 'status': 'pending'})
    api.get(MOCKED_API + '/jobs/' + 'j' * 26, json={'id': 'j' * 26, 'type': 'import_process', 'status': 'success'})
    task = make_task(import_params(src))
    result = bulk_import(task)
    bulk = BulkFile(src)
    assert result['changed'] is True and result['job']['status'] == 'success' and not result['imported_before']
    assert request_lines(api) == [
        ('GET', '/jobs/type/import_process?per_page=200&page=0'), ('POST', '/uploads'), ('POST', '/uploads/' + 'u' * 26),
        ('POST', '/uploads/' + 'u' * 26), ('GET', '/uploads/' + 'u' * 26), ('POST', '/uploads/' + 'u' * 26),
        ('POST', '/jobs'), ('GET', '/jobs/' + 'j' * 26)]
    size = len(bulk.zipped)
    assert json.loads(api.calls[1].request.body) == {'type': 'import', 'filename': bulk.upload_name, 'file_size': size}
    assert api.calls[2].request.body == bulk.zipped[:1024 * 1024]
    assert api.calls[5].request.body == bulk.zipped[1024 * 1024:]
    assert json.loads(api.calls[6].request.body) == {'type': 'import_process', 'data': {
        'import_file': '%s_%s' % ('u' * 26, bulk.upload_name), 'local_mode': 'false'}}
    assert [re.sub(r' after [0-9.]+ s$', '', line) for line in result['progress']] == [
        'upload: 1048576 of %d bytes (%d%%)' % (size, 100 * 1048576 // size), 'upload: resuming at byte 1048576',
        'upload: %d of %d bytes (100%%)' % (size, size)]


def test_an_import_that_succeeded_with_the_same_content_is_not_repeated_unless_forced(tmp_path, api, make_task,
                                                                                      monkeypatch):
    monkeypatch.setattr(bulk_job, 'POLL_INTERVAL', 0)
    path = tmp_path / 'data.jsonl'
    path.write_bytes(lines(VERSION, TEAM))
    bulk = BulkFile(str(path))
    earlier = {'id': 'e' * 26, 'type': 'import_process', 'status': 'success',
               'data': {'import_file': '%s_%s' % ('u' * 26, bulk.upload_name)}}
    api.get(JOBS, json=[{'id': 'f' * 26, 'status': 'error', 'data': {'import_file': 'x_' + bulk.upload_name}}, earlier])
    result = bulk_import(make_task(import_params(str(path))))
    assert result['changed'] is False and result['imported_before'] is True and result['job']['id'] == 'e' * 26
    assert request_lines(api) == [('GET', '/jobs/type/import_process?per_page=200&page=0')]
    api.post(MOCKED_API + '/uploads', json=UPLOAD)
    api.post(MOCKED_API + '/uploads/' + UPLOAD['id'], json={})
    api.post(MOCKED_API + '/jobs', json={'id': 'n' * 26, 'type': 'import_process', 'status': 'success'})
    forced = bulk_import(make_task(import_params(str(path), force=True)))
    assert forced['changed'] is True and forced['imported_before'] is True and forced['job']['id'] == 'n' * 26
    assert request_lines(api)[1:] == [('GET', '/jobs/type/import_process?per_page=200&page=0'), ('POST', '/uploads'),
                                      ('POST', '/uploads/' + 'u' * 26), ('POST', '/jobs')]
