# Copyright: chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""The bootstrap play's examples, as a user pastes them, on a Mattermost server just installed.

  fresh_server.py CONFIG COLLECTION WORK

CONFIG is the tested server's integration_config.yml: its build (mattermost_server_name) is started
again as a server of its own, with a new PostgreSQL database, its own port, instance directory and
local-mode socket, and the settings of a server just installed (scripts/server.sh env, less what the
other tests turn on: personal access tokens are off, as on any new server). Then each README/docs
example marked `<!-- example: on a server just installed -->` (tests/utils/examples.py) runs twice:
the first run must change something, the second nothing; after each, the admin, its token and the
team are read back over HTTP. Whatever happens, the server is stopped and its database dropped.

Only the standard library: the database is made and dropped with a few messages of PostgreSQL's
protocol (`Postgres`), as the tested server's role (which scripts/server.sh lets create databases).
"""
from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import base64
import hashlib
import hmac
import json
import os
import re
import secrets
import shutil
import socket
import struct
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request

# The settings of scripts/server.sh env that a server just installed keeps: where it runs, where it
# writes, its database driver, and no calls out of this machine. The others (tokens, webhooks, ...
# turned on for the other tests) are left at the server's defaults.
KEPT_SETTINGS = re.compile(r'^(MM_SQLSETTINGS_DRIVERNAME|MM_SQLSETTINGS_DATASOURCE|MM_LOGSETTINGS_\w+|MM_PLUGINSETTINGS_\w+'
                           r'|MM_SERVICESETTINGS_ENABLESECURITYFIXALERT|MM_EMAILSETTINGS_SENDEMAILNOTIFICATIONS'
                           r'|SSL_CERT_FILE)$')
ADMIN = 'admin'
TEAM = 'ops'
CHANNEL = 'incidents'
START_SECONDS = 180


class Postgres(object):
    """One connection speaking PostgreSQL's protocol 3.0: SCRAM-SHA-256 or MD5 password, simple queries."""

    def __init__(self, host, port, user, password, database='postgres'):
        self.sock = socket.create_connection((host, port), timeout=30)
        self.user, self.password = user, password
        body = b''.join(key.encode() + b'\0' + value.encode() + b'\0'
                        for key, value in (('user', user), ('database', database))) + b'\0'
        self.sock.sendall(struct.pack('!ii', len(body) + 8, 196608) + body)
        self.authenticate()

    def receive(self):
        kind = self.exactly(1)
        length = struct.unpack('!i', self.exactly(4))[0]
        return kind, self.exactly(length - 4)

    def exactly(self, size):
        data = b''
        while len(data) < size:
            chunk = self.sock.recv(size - len(data))
            if not chunk:
                raise SystemExit('fresh_server.py: PostgreSQL closed the connection')
            data += chunk
        return data

    def send(self, kind, body):
        self.sock.sendall(kind + struct.pack('!i', len(body) + 4) + body)

    @staticmethod
    def error(body):
        fields = dict((part[:1], part[1:].decode('utf-8', 'replace')) for part in body.split(b'\0') if part)
        return '%s %s' % (fields.get(b'C', ''), fields.get(b'M', ''))

    def authenticate(self):
        nonce, first_bare, salted, auth_message = base64.b64encode(secrets.token_bytes(18)).decode(), None, None, None
        while True:
            kind, body = self.receive()
            if kind == b'E':
                raise SystemExit('fresh_server.py: PostgreSQL refused the login: %s' % self.error(body))
            if kind == b'Z':
                return
            if kind != b'R':
                continue
            code = struct.unpack('!i', body[:4])[0]
            if code == 5:  # MD5
                inner = hashlib.md5((self.password + self.user).encode()).hexdigest()
                self.send(b'p', b'md5' + hashlib.md5(inner.encode() + body[4:8]).hexdigest().encode() + b'\0')
            elif code == 10:  # SASL: SCRAM-SHA-256 (RFC 5802, 7677)
                first_bare = 'n=,r=' + nonce
                first = ('n,,' + first_bare).encode()
                self.send(b'p', b'SCRAM-SHA-256\0' + struct.pack('!i', len(first)) + first)
            elif code == 11:
                server_first = body[4:].decode()
                fields = dict(item.split('=', 1) for item in server_first.split(','))
                if not fields['r'].startswith(nonce):
                    raise SystemExit('fresh_server.py: PostgreSQL answered another nonce')
                salted = hashlib.pbkdf2_hmac('sha256', self.password.encode(), base64.b64decode(fields['s']),
                                             int(fields['i']))
                client_key = hmac.new(salted, b'Client Key', 'sha256').digest()
                final_bare = 'c=biws,r=' + fields['r']
                auth_message = ','.join((first_bare, server_first, final_bare)).encode()
                signature = hmac.new(hashlib.sha256(client_key).digest(), auth_message, 'sha256').digest()
                proof = bytes(a ^ b for a, b in zip(client_key, signature))
                self.send(b'p', (final_bare + ',p=' + base64.b64encode(proof).decode()).encode())
            elif code == 12:
                server_key = hmac.new(salted, b'Server Key', 'sha256').digest()
                expected = base64.b64encode(hmac.new(server_key, auth_message, 'sha256').digest()).decode()
                if body[4:].decode() != 'v=' + expected:
                    raise SystemExit('fresh_server.py: PostgreSQL did not prove it knows the password')
            elif code != 0:
                raise SystemExit('fresh_server.py: PostgreSQL asks for an authentication this script lacks (%d)' % code)

    def query(self, sql):
        """Run SQL; raise SystemExit with the server's error."""
        self.send(b'Q', sql.encode() + b'\0')
        problem = None
        while True:
            kind, body = self.receive()
            if kind == b'E':
                problem = self.error(body)
            elif kind == b'Z':
                break
        if problem:
            raise SystemExit('fresh_server.py: %s: %s' % (sql, problem))

    def close(self):
        try:
            self.send(b'X', b'')
        finally:
            self.sock.close()


def free_port():
    with socket.socket() as probe:
        probe.bind(('127.0.0.1', 0))
        return probe.getsockname()[1]


def server_script(collection, *args, cache):
    return subprocess.run(['bash', os.path.join(collection, 'scripts', 'server.sh')] + list(args), check=True,
                          capture_output=True, text=True, env=dict(os.environ, MATTERMOST_CACHE=cache)).stdout


class FreshServer(object):
    """The tested server's build, started on a database and an instance of its own."""

    def __init__(self, config, collection, state):
        self.name = config.get('mattermost_server_name', 'newest')
        cache = config['mattermost_cache']
        self.build_dir = server_script(collection, 'build-dir', self.name, cache=cache).strip().splitlines()[-1]
        settings = dict(line.split('=', 1) for line in server_script(collection, 'env', self.name, cache=cache).splitlines()
                        if '=' in line)
        self.environment = dict((key, value) for key, value in settings.items() if KEPT_SETTINGS.match(key))
        source = urllib.parse.urlsplit(settings['MM_SQLSETTINGS_DATASOURCE'])
        self.database = 'mattermost_fresh_%s' % secrets.token_hex(4)
        self.pg = dict(host=source.hostname, port=source.port, user=urllib.parse.unquote(source.username),
                       password=urllib.parse.unquote(source.password))
        port = free_port()
        self.url = 'http://127.0.0.1:%d' % port
        # A Unix socket's path has at most 107 bytes: a short one of its own, not under the state folder.
        self.socket_dir = tempfile.mkdtemp(prefix='mm-fresh-')
        self.socket = os.path.join(self.socket_dir, 'mattermost_local.socket')
        self.state = state
        self.environment.update({
            'MM_CONFIG': os.path.join(state, 'config.json'),
            'MM_SQLSETTINGS_DATASOURCE': urllib.parse.urlunsplit(source._replace(path='/' + self.database)),
            'MM_SERVICESETTINGS_LISTENADDRESS': '127.0.0.1:%d' % port,
            'MM_SERVICESETTINGS_SITEURL': self.url,
            'MM_SERVICESETTINGS_ENABLELOCALMODE': 'true',
            'MM_SERVICESETTINGS_LOCALMODESOCKETLOCATION': self.socket,
            'MM_FILESETTINGS_DIRECTORY': os.path.join(state, 'data') + '/',
            'MM_LOGSETTINGS_FILELOCATION': os.path.join(state, 'logs') + '/',
            'MM_PLUGINSETTINGS_DIRECTORY': os.path.join(state, 'plugins'),
            'MM_PLUGINSETTINGS_CLIENTDIRECTORY': os.path.join(state, 'client-plugins'),
        })
        self.environment.setdefault('PATH', os.environ.get('PATH', '/usr/bin:/bin'))
        self.process = None
        self.made_database = False

    def postgres(self):
        return Postgres(**self.pg)

    def start(self):
        connection = self.postgres()
        try:
            connection.query('CREATE DATABASE %s' % self.database)
            self.made_database = True
        finally:
            connection.close()
        for folder in ('data', 'logs', 'plugins', 'client-plugins'):
            os.makedirs(os.path.join(self.state, folder), exist_ok=True)
        began = time.monotonic()
        with open(os.path.join(self.state, 'stdout.log'), 'wb') as log:
            self.process = subprocess.Popen([os.path.join(self.build_dir, 'bin', 'mattermost'), 'server'],
                                            cwd=self.build_dir, env=self.environment, stdout=log,
                                            stderr=subprocess.STDOUT)
        while True:
            try:
                with urllib.request.urlopen(self.url + '/api/v4/system/ping', timeout=2):
                    break
            except OSError:
                if self.process.poll() is not None or time.monotonic() - began > START_SECONDS:
                    self.show_log()
                    raise SystemExit('fresh_server.py: the %s server just installed did not start' % self.name)
                time.sleep(0.5)
        while not os.path.exists(self.socket):
            if time.monotonic() - began > START_SECONDS:
                raise SystemExit('fresh_server.py: the server made no local-mode socket at %s' % self.socket)
            time.sleep(0.2)
        return time.monotonic() - began

    def show_log(self):
        for name in ('stdout.log', os.path.join('logs', 'mattermost.log')):
            path = os.path.join(self.state, name)
            if os.path.exists(path):
                with open(path, errors='replace') as handle:
                    print('--- %s (last lines)\n%s' % (path, ''.join(handle.readlines()[-30:])))

    def stop(self):
        """Stop the server, drop its database and remove its files, whatever was made."""
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        shutil.rmtree(self.socket_dir, ignore_errors=True)
        if self.made_database:
            connection = self.postgres()
            try:
                connection.query('DROP DATABASE IF EXISTS %s WITH (FORCE)' % self.database)
            finally:
                connection.close()
            self.made_database = False


def api(url, path, token):
    request = urllib.request.Request(url + '/api/v4' + path, headers={'Authorization': 'Bearer ' + token})
    with urllib.request.urlopen(request, timeout=30) as answer:
        return json.loads(answer.read())


def read_back(server, token_file):
    """What the play made, read over HTTP with the token it kept; raises SystemExit when anything is
    missing or the token file can be read by others."""
    mode = os.stat(token_file).st_mode & 0o777
    if mode != 0o600:
        raise SystemExit('fresh_server.py: %s has mode %o, not 600' % (token_file, mode))
    with open(token_file) as handle:
        kept = json.load(handle)
    token = kept['token']
    me = api(server.url, '/users/me', token)
    problems = []
    if me['username'] != ADMIN or 'system_admin' not in me['roles'].split():
        problems.append('the token is not the system admin %s\'s: %s (%s)' % (ADMIN, me['username'], me['roles']))
    if me['id'] != kept['user_id']:
        problems.append('the token file names the user %s, the token is %s\'s' % (kept['user_id'], me['id']))
    users = api(server.url, '/users?per_page=20', token)
    if [user['username'] for user in users] != [ADMIN]:
        problems.append('the server has the users %s, not only %s' % (sorted(u['username'] for u in users), ADMIN))
    tokens = api(server.url, '/users/%s/tokens' % me['id'], token)
    if [entry['is_active'] for entry in tokens] != [True]:
        problems.append('the admin has %d tokens, not one active' % len(tokens))
    team = api(server.url, '/teams/name/%s' % TEAM, token)
    member = api(server.url, '/teams/%s/members/%s' % (team['id'], me['id']), token)
    if 'team_admin' not in member['roles'].split():
        problems.append('the admin is not an admin of the team %s: %s' % (TEAM, member['roles']))
    channel = api(server.url, '/teams/%s/channels/name/%s' % (team['id'], CHANNEL), token)
    if problems:
        raise SystemExit('fresh_server.py: ' + '; '.join(problems))
    return 'admin %s (%s), 1 token, team %s, channel %s' % (me['username'], me['roles'], team['name'], channel['name'])


def recap(output):
    """{'changed': N, 'failed': N, ...} of the PLAY RECAP's lines, summed over the hosts."""
    counts = {}
    for line in output.splitlines():
        if re.match(r'^\S+\s+: ok=', line):
            for key, value in re.findall(r'(\w+)=(\d+)', line):
                counts[key] = counts.get(key, 0) + int(value)
    return counts


def run_example(server, work, playbook, label):
    """Run the playbook twice (changed, then not) and read back after each; a line per run."""
    run = os.path.join(work, 'run')
    os.makedirs(run)
    shutil.copy(playbook, os.path.join(run, 'playbook.yml'))
    with open(os.path.join(run, 'inventory.ini'), 'w') as handle:
        handle.write('[mattermost]\nfresh-server ansible_connection=local ansible_python_interpreter=%s\n' % sys.executable)
    password = 'Bootstrap-%s-1!' % secrets.token_urlsafe(12)
    lines = []
    for attempt, wanted in enumerate(('changed', 'not changed'), 1):
        began = time.monotonic()
        done = subprocess.run(['ansible-playbook', '-i', 'inventory.ini', 'playbook.yml',
                               '-e', 'vault_mattermost_admin_password=%s' % password],
                              cwd=run, capture_output=True, text=True, check=False)
        seconds = time.monotonic() - began
        print(done.stdout.replace(password, '********'))
        if password in done.stdout or password in done.stderr:
            raise SystemExit('fresh_server.py: %s, run %d: the admin\'s password is in the output' % (label, attempt))
        counts = recap(done.stdout)
        if done.returncode != 0 or counts.get('failed', 1) != 0 or counts.get('unreachable', 1) != 0:
            print(done.stderr.replace(password, '********'))
            raise SystemExit('fresh_server.py: %s, run %d failed (exit status %d)' % (label, attempt, done.returncode))
        if (counts['changed'] > 0) != (wanted == 'changed'):
            raise SystemExit('fresh_server.py: %s, run %d: %d tasks changed, expected %s'
                             % (label, attempt, counts['changed'], wanted))
        read = read_back(server, os.path.join(work, 'admin-token.json'))
        lines.append('run %d: %d tasks changed in %.1f s; read back over HTTP: %s' % (attempt, counts['changed'], seconds, read))
    return lines


def write_examples(collection, server, folder, token_file):
    """The examples for a server just installed, as playbooks for `server`: [(label, path)]."""
    subprocess.run([sys.executable, os.path.join(collection, 'tests', 'utils', 'examples.py'), collection, '--write',
                    folder, '--fresh-server', '--url', server.url, '--socket', server.socket,
                    '--token-file', token_file], check=True)
    found = []
    for name in sorted(name for name in os.listdir(folder) if name.endswith('.yml')):
        with open(os.path.join(folder, name[:-4] + '.label')) as handle:
            found.append((handle.read().strip(), os.path.join(folder, name)))
    return found


def main(argv):
    config_path, collection, work = argv[1:4]
    with open(config_path) as handle:
        config = json.load(handle)
    report = []
    index = 0
    while True:
        # A server just installed for each example: its URL and socket are written into the example.
        folder = os.path.join(work, 'example-%d' % (index + 1))
        os.makedirs(os.path.join(folder, 'server'))
        server = FreshServer(config, collection, os.path.join(folder, 'server'))
        try:
            examples = write_examples(collection, server, os.path.join(folder, 'examples'),
                                      os.path.join(folder, 'admin-token.json'))
            if not examples:
                raise SystemExit('fresh_server.py: no example is marked <!-- example: on a server just installed -->')
            if index >= len(examples):
                break
            label, playbook = examples[index]
            seconds = server.start()
            report.append('=== %s: server %s just installed (database %s) up in %.1f s' % (
                label, server.name, server.database, seconds))
            report += run_example(server, folder, playbook, label)
        finally:
            server.stop()
        report.append('server stopped, database %s dropped' % server.database)
        index += 1
    print('\n'.join(report))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
