# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""A bulk import file (JSONL, or a zip with a .jsonl and attachments): checked locally, uploaded in
resumable chunks through the uploads API, imported by an import_process job.

The file is identified by the SHA-256 of its content, carried in the name it is uploaded under
(<stem>-<first 32 hex digits>.zip); the server keeps that name in the job's data, so an import of the
same content that succeeded before is found among the server's import_process jobs and not repeated.
"""

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import hashlib
import io
import json
import os
import re
import time
import zipfile

from ansible_collections.chatops.mattermost.plugins.module_utils.driver import MattermostError
from ansible_collections.chatops.mattermost.plugins.module_utils._errors import (
    Failure, InvalidInput, Work, check,
)
from ansible_collections.chatops.mattermost.plugins.module_utils._kinds.bulk_job import (
    IMPORT_JOB, job_result, jobs_of_type, start_job, wait_for_job,
)
from ansible_collections.chatops.mattermost.plugins.module_utils._naming import (
    CHANNEL_MAX_CHARACTERS, channel_name_problems, email_problems, team_display_name_problems, team_name_problems,
    username_problems,
)

ARGUMENT_SPEC = dict(
    src=dict(type='path', required=True),
    force=dict(type='bool', default=False),
    timeout=dict(type='int', default=600),
    chunk_size=dict(type='int', default=8),
)
# What the server's bulk importer takes (app/imports: Validate*ImportData), and which fields a line of
# each type cannot do without (a channel's display_name it takes from its name). Names are checked by
# the modules' rules (_naming), also where a line names another object (a post's team, channel and user).
REQUIRED = {
    'version': (),
    'scheme': ('name', 'display_name', 'scope'),
    'role': ('name',),
    'emoji': ('name', 'image'),
    'team': ('name', 'display_name', 'type'),
    'channel': ('team', 'name', 'type'),
    'user': ('username', 'email'),
    'bot': ('username', 'owner'),
    'post': ('team', 'channel', 'user', 'message', 'create_at'),
    'direct_channel': ('members',),
    'direct_post': ('channel_members', 'user', 'message', 'create_at'),
}
# The key holding a line's data: {"type": "user", "user": {...}}, except the version.
COUNTED = ('user', 'team', 'channel', 'post', 'direct_channel', 'direct_post', 'bot', 'emoji', 'scheme', 'role')
MAX_PROBLEMS = 20
# The name the .jsonl of a file given as JSONL has inside the zip the server needs.
JSONL_IN_ZIP = 'import.jsonl'
# A name an import error quotes: Channel with name "town" could not be found.
QUOTED_NAME = re.compile(r'name \\?"([^"\\]+)\\?"')


class BulkFile:
    """A bulk import file read from `path`: `jsonl` (the lines, bytes), `zipped` (the bytes to upload, a
    zip), `digest` (SHA-256 of the file as given)."""

    def __init__(self, path):
        try:
            with open(path, 'rb') as handle:
                content = handle.read()
        except (IOError, OSError) as exc:
            raise Failure('Cannot read src %s: %s' % (path, exc))
        self.path = path
        self.digest = hashlib.sha256(content).hexdigest()
        if zipfile.is_zipfile(io.BytesIO(content)):
            with zipfile.ZipFile(io.BytesIO(content)) as archive:
                names = [name for name in archive.namelist() if name.endswith('.jsonl') and '..' not in name]
                if not names:
                    raise InvalidInput(['src %s is a zip without a .jsonl file, which the import needs' % path])
                self.jsonl = archive.read(names[0])
            self.zipped = content
        else:
            self.jsonl = content
            buffer = io.BytesIO()
            with zipfile.ZipFile(buffer, 'w', zipfile.ZIP_DEFLATED) as archive:
                archive.writestr(JSONL_IN_ZIP, content)
            self.zipped = buffer.getvalue()
        stem = os.path.splitext(os.path.basename(path))[0] or 'import'
        self.upload_name = '%s-%s.zip' % (stem[:60], self.digest[:32])

    def line_with(self, value):
        """The number of the first line with the JSON string `value` as a value, or None."""
        needle = json.dumps(value)
        for number, line in enumerate(self.jsonl.decode('utf-8', 'replace').splitlines(), 1):
            if needle in line:
                return number
        return None

    def line(self, number):
        """Line `number` (1-based) of the JSONL, as text, or None."""
        lines = self.jsonl.splitlines()
        if number and 0 < number <= len(lines):
            return lines[number - 1].decode('utf-8', 'replace')
        return None


def name_problems(value, where, rule, **keywords):
    """`rule`'s problems with a name (a _naming function), or that it is not a string."""
    if not isinstance(value, str):
        return ['%s must be a string, not %r' % (where, value)]
    return rule(value, where, **keywords)


def list_of_objects(value, where):
    """The objects of a list of `value` (None: none), and its problems."""
    if value is None:
        return [], []
    if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
        return [], ['%s must be a list of objects' % where]
    return value, []


def reference_problems(kind, data, prefix):
    """The names by which a line of `kind` refers to other objects, by the rules of their kind. A team
    named is not checked for reserved words: it may have been named before a word was reserved."""
    problems = []
    if kind in ('channel', 'post'):
        problems += name_problems(data['team'], prefix + '.team', team_name_problems, reserved=False)
    if kind == 'post':
        problems += name_problems(data['channel'], prefix + '.channel', channel_name_problems)
    if kind in ('post', 'direct_post'):
        problems += name_problems(data['user'], prefix + '.user', username_problems)
        replies, found = list_of_objects(data.get('replies'), prefix + '.replies')
        problems += found
        for index, reply in enumerate(replies):
            if 'user' in reply:
                problems += name_problems(reply['user'], '%s.replies[%d].user' % (prefix, index), username_problems)
    if kind == 'bot':
        problems += name_problems(data['owner'], prefix + '.owner', username_problems)
    for field in {'direct_channel': ('members',), 'direct_post': ('channel_members',)}.get(kind, ()):
        members = data[field]
        if not isinstance(members, list):
            problems.append('%s.%s must be a list of usernames' % (prefix, field))
            continue
        for index, member in enumerate(members):
            problems += name_problems(member, '%s.%s[%d]' % (prefix, field, index), username_problems)
    if kind == 'user':
        teams, found = list_of_objects(data.get('teams'), prefix + '.teams')
        problems += found
        for index, team in enumerate(teams):
            where = '%s.teams[%d]' % (prefix, index)
            problems += name_problems(team.get('name'), where + '.name', team_name_problems, reserved=False)
            channels, found = list_of_objects(team.get('channels'), where + '.channels')
            problems += found
            for position, channel in enumerate(channels):
                problems += name_problems(channel.get('name'), '%s.channels[%d].name' % (where, position),
                                          channel_name_problems)
    return problems


def line_problems(number, record):
    """What is wrong with one decoded line, for the server's importer."""
    where = 'line %d' % number
    if not isinstance(record, dict):
        return ['%s is not a JSON object' % where]
    kind = record.get('type')
    if kind not in REQUIRED:
        return ['%s has an unknown type %r (known: %s)' % (where, kind, ', '.join(sorted(REQUIRED)))]
    if kind == 'version':
        return [] if record.get('version') == 1 else ['%s: the version must be 1' % where]
    data = record.get(kind)
    if not isinstance(data, dict):
        return ['%s: a %s line needs an object under %r' % (where, kind, kind)]
    problems = ['%s: %s.%s is required' % (where, kind, field) for field in REQUIRED[kind]
                if data.get(field) in (None, '', [])]
    if problems:
        return problems
    prefix = '%s: %s' % (where, kind)
    problems += reference_problems(kind, data, prefix)
    if kind == 'team':
        # The server's importer refuses a reserved name, as the team module does.
        problems += name_problems(data['name'], prefix + '.name', team_name_problems)
        problems += name_problems(data['display_name'], prefix + '.display_name', team_display_name_problems)
        if data['type'] not in ('O', 'I'):
            problems.append('%s.type must be O (open) or I (invite only), not %r' % (prefix, data['type']))
    elif kind == 'channel':
        problems += name_problems(data['name'], prefix + '.name', channel_name_problems)
        display_name = data.get('display_name')
        if display_name is not None and (not isinstance(display_name, str)
                                         or len(display_name) > CHANNEL_MAX_CHARACTERS['display_name']):
            problems.append('%s.display_name must be a string of at most %d characters'
                            % (prefix, CHANNEL_MAX_CHARACTERS['display_name']))
        if data['type'] not in ('O', 'P'):
            problems.append('%s.type must be O (public) or P (private), not %r' % (prefix, data['type']))
    elif kind in ('user', 'bot'):
        problems += name_problems(data['username'], prefix + '.username', username_problems)
        if kind == 'user':
            problems += name_problems(data['email'], prefix + '.email', lambda email, where: email_problems(email.lower(), where))
    elif kind in ('post', 'direct_post'):
        if not isinstance(data['create_at'], int) or isinstance(data['create_at'], bool) or data['create_at'] <= 0:
            problems.append('%s.create_at must be a time in milliseconds since the epoch' % prefix)
        if not isinstance(data['message'], str):
            problems.append('%s.message must be a string' % prefix)
    return problems


def check_lines(jsonl):
    """(problems, counts {type: lines}) of the JSONL: every line JSON, the first the version, each
    line's type known, its required fields there and its names valid."""
    problems = []
    counts = dict((kind, 0) for kind in COUNTED)
    lines = jsonl.splitlines()
    if not lines:
        return ['the file has no lines: the first must be {"type": "version", "version": 1}'], counts
    for number, raw in enumerate(lines, 1):
        if not raw.strip():
            problems.append('line %d is empty' % number)
            continue
        try:
            record = json.loads(raw)
        except ValueError as exc:
            problems.append('line %d is not JSON: %s' % (number, exc))
            continue
        if number == 1 and (not isinstance(record, dict) or record.get('type') != 'version'):
            problems.append('line 1 must be {"type": "version", "version": 1}')
            continue
        found = line_problems(number, record)
        problems += found
        if not found and record['type'] in counts:
            counts[record['type']] += 1
        if len(problems) >= MAX_PROBLEMS:
            problems.append('(stopped after %d problems)' % len(problems))
            break
    return problems, counts


def summary(counts):
    """The counts a module reports: users, teams, channels, posts (direct posts apart)."""
    return dict(users=counts['user'] + counts['bot'], teams=counts['team'], channels=counts['channel'],
                posts=counts['post'], direct_channels=counts['direct_channel'], direct_posts=counts['direct_post'])


class BulkImport(Work):
    """mattermost_import's work: check the file, find an earlier success, upload, import, wait."""

    argument_spec = ARGUMENT_SPEC

    def __init__(self, params, driver, check_mode=False, log=None):
        self.params = params
        self.driver = driver
        self.check_mode = check_mode
        self.log = log or (lambda message: None)
        self.progress = []

    @staticmethod
    def problems(params):
        found = []
        if params['timeout'] <= 0:
            found.append('timeout must be a number of seconds above 0')
        if not 1 <= params['chunk_size'] <= 100:
            found.append('chunk_size must be 1 to 100 (MiB)')
        return found

    def note(self, message):
        self.progress.append(message)
        self.log(message)

    def run(self):
        bulk = BulkFile(self.params['src'])
        problems, counts = check_lines(bulk.jsonl)
        if problems:
            raise InvalidInput(['src %s: %s' % (bulk.path, problem) for problem in problems])
        result = dict(changed=False, counts=summary(counts), sha256=bulk.digest, upload_name=bulk.upload_name)
        self.doing = 'list the import jobs'
        earlier = self.earlier_success(bulk)
        if earlier and not self.params['force']:
            return dict(result, job=job_result(earlier), imported_before=True)
        result.update(changed=True, imported_before=bool(earlier))
        if self.check_mode:
            return result
        upload_name = self.upload(bulk)
        self.doing = 'start the import job of %s' % upload_name
        job = start_job(self.driver, IMPORT_JOB, {'import_file': upload_name, 'local_mode': 'false'})
        self.doing = 'wait for the import job %s' % job['id']
        job = wait_for_job(self.driver, job, self.params['timeout'])
        result.update(job=job_result(job), progress=self.progress)
        if job['status'] != 'success':
            raise Failure(self.failure_message(bulk, job) + self.remove_upload(upload_name), **result)
        return result

    def earlier_success(self, bulk):
        suffix = '-%s.zip' % bulk.digest[:32]
        for job in jobs_of_type(self.driver, IMPORT_JOB, limit=1000):
            if job.get('status') == 'success' and str((job.get('data') or {}).get('import_file', '')).endswith(suffix):
                return job
        return None

    def upload(self, bulk):
        """Upload the zip in chunks of chunk_size MiB; a chunk the connection drops is resent from the
        offset the server says it has. Returns the name the import job reads: <upload id>_<name>."""
        size = len(bulk.zipped)
        self.doing = 'create the upload of %s' % bulk.upload_name
        body = dict(type='import', filename=bulk.upload_name, file_size=size)
        if self.driver.local:
            body['user_id'] = 'nouser'  # the server's name for no user, as mmctl sends over the socket
        session = self.driver.client.post('/uploads', options=body)
        chunk = self.params['chunk_size'] * 1024 * 1024
        offset, started, resent = 0, time.monotonic(), 0
        self.doing = 'upload %s' % bulk.upload_name
        while offset < size:
            end = min(offset + chunk, size)
            try:
                self.driver.client.make_request('POST', '/uploads/%s' % session['id'], data=bulk.zipped[offset:end])
            except Exception:
                resent += 1
                if resent > 3:
                    raise
                offset = self.driver.client.get('/uploads/%s' % session['id'])['file_offset']
                self.note('upload: resuming at byte %d' % offset)
                continue
            offset = end
            elapsed = time.monotonic() - started
            self.note('upload: %d of %d bytes (%d%%) after %.1f s' % (offset, size, 100 * offset // size, elapsed))
        return '%s_%s' % (session['id'], bulk.upload_name)

    def remove_upload(self, upload_name):
        """Delete the uploaded file a failed job left in the server's import directory; '' when done, else
        what to add to the failure's message (Mattermost 9.9 has no route for it)."""
        try:
            self.driver.client.delete('/imports/%s' % upload_name)
        except MattermostError as exc:  # the failure of the job is what the user needs to read first
            return '. The uploaded file %s could not be removed from the server: %s' % (upload_name, exc.message)
        return ''

    @staticmethod
    def failure_message(bulk, job):
        data = job.get('data') or {}
        message = 'The import job %s ended with status %s' % (job['id'], job['status'])
        if data.get('error'):
            message += ': %s' % data['error']
        number = int(data['line_number']) if str(data.get('line_number', '')).isdigit() else 0
        if number:
            return message + ' (line %d: %s)' % (number, bulk.line(number))
        # The server imports posts in batches and reports line 0 for them: the line is the first one
        # holding the name the error quotes.
        for name in QUOTED_NAME.findall(data.get('error') or ''):
            number = bulk.line_with(name)
            if number:
                return message + ' (line %d, the first with %s: %s)' % (number, json.dumps(name), bulk.line(number))
        return message


def bulk_import(task):
    """mattermost_import's work: check the options of `task` (a _connection.Task), log in, import."""
    check(BulkImport.problems(task.params))
    return BulkImport(task.params, task.driver(), check_mode=task.check_mode, log=task.log).ensure()
