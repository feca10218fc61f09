# Copyright: chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""The world the documentation's examples are written for, on the test server.

The examples name fixed things (the users alice, bob, ...; the teams ops and dev; their channels;
a deploy bot; an incoming webhook). Before each example `reset` deletes for good whatever of these
exists (and what the examples themselves create: erin, the alerts bot, ...) and makes the fixtures
again, so that every example starts from the same state whatever the previous one did; `clean`
deletes everything at the end. This is Python with the collection's own driver rather than a
playbook because it runs before every example: a playbook of ~50 requests takes ~20 s here, this
takes ~1 s.

  fixtures.py CONFIG reset VARS LABEL   make the fixtures for the example LABEL; write the variables
                                        the examples use (JSON) to VARS
  fixtures.py CONFIG clean              delete them all for good, and check that none is left
  fixtures.py CONFIG save STATE         read the server's settings and role permissions into STATE
  fixtures.py CONFIG restore STATE      put back the settings and permissions that differ from STATE
                                        (what mattermost_config's and mattermost_role's examples
                                        change), check them, and delete STATE
  fixtures.py CONFIG answer VARS        as alice, answer the approval question of
                                        mattermost_wait_for_event's example, then keep posting in
                                        the channel (runs in the background until killed)
  fixtures.py CONFIG notified VARS TEAM CHANNEL   print how many posts of the notify callback
                                        the channel holds
"""
from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import http.client
import json
import os
import secrets
import socket
import sys
import time

# The collection's driver, from the collection under test (ansible-test runs this from a copy of
# tests/integration alone; the collection is on ANSIBLE_COLLECTIONS_PATH).
sys.path[:0] = os.environ.get('ANSIBLE_COLLECTIONS_PATH', '').split(os.pathsep)

from ansible_collections.chatops.mattermost.plugins.module_utils.driver import Driver  # noqa: E402
from ansible_collections.chatops.mattermost.plugins.module_utils.driver.exceptions import ResourceNotFound  # noqa: E402

USERS = ['alice', 'bob', 'carol', 'dave', 'mallory']
BOTS = ['deploy-bot', 'old-bot']
TEAMS = ['ops', 'dev', 'old-project']
CHANNELS = {
    'ops': [('deployments', 'O'), ('incidents', 'P'), ('war-room', 'O'), ('old-stuff', 'O')],
    'dev': [('builds', 'O'), ('ci-results', 'O'), ('notifications', 'O'), ('postmortems', 'O')],
}
# mattermost_api's example logs in with a username and a password.
PASSWORD_USER = 'deploy-admin'
# What the examples create beyond the fixtures; deleted too.
CREATED_USERS = ['erin']
CREATED_BOTS = ['alerts']
CREATED_EMOJI = ['shipit']
# mattermost_plugin's example installs this plugin from files/com.example.standup-1.2.0.tar.gz
# (runme.sh builds it from the mattermost_plugin target's test plugin).
CREATED_PLUGIN = 'com.example.standup'
# The permissions mattermost_role's example gives channel admins, exactly: fewer than the
# defaults, so that the example changes the role and `restore` has something to put back.
CHANNEL_ADMIN_PERMISSIONS = ['manage_channel_roles', 'manage_public_channel_members',
                             'manage_private_channel_members', 'use_channel_mentions', 'create_post']
# Fixtures an example needs absent: mattermost_api's example checks that ops/old-stuff does not
# exist, which mattermost_channel's example archives.
LEFT_OUT = {'mattermost_api EXAMPLES': [('ops', 'old-stuff')]}

APPROVAL_QUESTION = 'to production?'


def connect(config, token=None):
    driver = Driver({'url': config['mattermost_url'], 'token': token or config['mattermost_token'],
                     'request_timeout': 30})
    driver.login()
    return driver


def found(call, *args, **kwargs):
    try:
        return call(*args, **kwargs)
    except ResourceNotFound:
        return None


def installed_plugin(driver):
    plugins = driver.client.get('/plugins')
    return any(plugin['id'] == CREATED_PLUGIN for plugin in plugins['active'] + plugins['inactive'])


def accounts():
    return USERS + [PASSWORD_USER] + CREATED_USERS + BOTS + CREATED_BOTS


def clean(driver):
    """Delete every fixture and everything the examples make, for good."""
    for name in CREATED_EMOJI:
        emoji = found(driver.client.get, '/emoji/name/%s' % name)
        if emoji:
            driver.client.delete('/emoji/%s' % emoji['id'])
    if installed_plugin(driver):
        driver.client.delete('/plugins/%s' % CREATED_PLUGIN)
    for name in TEAMS:
        team = found(driver.client.get, '/teams/name/%s' % name)
        if team:
            driver.client.delete('/teams/%s' % team['id'], params={'permanent': 'true'})
    for name in accounts():
        user = found(driver.client.get, '/users/username/%s' % name)
        if user:
            driver.client.delete('/users/%s' % user['id'], params={'permanent': 'true'})
    left = ['team %s' % name for name in TEAMS if found(driver.client.get, '/teams/name/%s' % name)]
    left += ['user %s' % name for name in accounts() if found(driver.client.get, '/users/username/%s' % name)]
    left += ['emoji %s' % name for name in CREATED_EMOJI if found(driver.client.get, '/emoji/name/%s' % name)]
    left += ['plugin %s' % CREATED_PLUGIN] if installed_plugin(driver) else []
    if left:
        raise SystemExit('fixtures.py: still on the server after deleting them: %s' % ', '.join(left))


def reset(driver, config, vars_path, label):
    clean(driver)
    password = 'Ex-%s-1!' % secrets.token_urlsafe(12)
    users = {}
    for name in USERS:
        users[name] = driver.client.post('/users', options={
            'username': name, 'email': '%s@example.com' % name, 'password': password})['id']
    login_password = 'Ex-%s-1!' % secrets.token_urlsafe(12)
    driver.client.post('/users', options={
        'username': PASSWORD_USER, 'email': '%s@example.com' % PASSWORD_USER, 'password': login_password})
    teams = {}
    channels = {}
    for name in TEAMS:
        teams[name] = driver.client.post('/teams', options={
            'name': name, 'display_name': name.capitalize(), 'type': 'O'})['id']
    for team, team_channels in CHANNELS.items():
        for name, kind in team_channels:
            if (team, name) in LEFT_OUT.get(label, []):
                continue
            channels['%s/%s' % (team, name)] = driver.client.post('/channels', options={
                'team_id': teams[team], 'name': name, 'display_name': name.capitalize(), 'type': kind})['id']
    # The people of the examples work in both teams; alice and bob (the approvers of
    # mattermost_wait_for_event's example) are in ops/deployments.
    for team in ('ops', 'dev'):
        for name in USERS:
            driver.client.post('/teams/%s/members' % teams[team], options={'team_id': teams[team], 'user_id': users[name]})
    for name in ('alice', 'bob'):
        driver.client.post('/channels/%s/members' % channels['ops/deployments'], options={'user_id': users[name]})
    for name in BOTS:
        driver.client.post('/bots', options={'username': name, 'display_name': name})
    hook = driver.client.post('/hooks/incoming', options={
        'channel_id': channels['dev/builds'], 'display_name': 'CI', 'description': 'Build results'})
    variables = {
        'mattermost_token': config['mattermost_token'],
        'vault_mattermost_token': config['mattermost_token'],
        'mattermost_webhook_url': '%s/hooks/%s' % (config['mattermost_url'], hook['id']),
        'mattermost_webhook_id': hook['id'],
        'vault_ci_hook_id': hook['id'],
        'channel_id': channels['ops/war-room'],
        'dev_channel_id': channels['dev/postmortems'],
        'vault_password': secrets.token_urlsafe(16),
        'vault_mattermost_password': login_password,
        'smtp_password': secrets.token_urlsafe(16),
        'channel_admin_permissions': CHANNEL_ADMIN_PERMISSIONS,
        'vault_alice_initial_password': 'Ex-%s-1!' % secrets.token_urlsafe(12),
        'vault_dave_password': 'Ex-%s-1!' % secrets.token_urlsafe(12),
        'app_version': '1.4.2',
        'release_status': 'done',
        # For `answer`, not the examples.
        'fixture_password': password,
        'deployments_channel_id': channels['ops/deployments'],
    }
    with open(vars_path, 'w') as handle:
        os.fchmod(handle.fileno(), 0o600)
        json.dump(variables, handle)


class LocalConnection(http.client.HTTPConnection):
    """HTTP over the server's local-mode socket: there, /config shows the secrets as they are
    (the API masks a secret that is set, which could not be compared nor put back)."""

    def __init__(self, path):
        http.client.HTTPConnection.__init__(self, 'localhost', timeout=30)
        self.socket_path = path

    def connect(self):
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.settimeout(self.timeout)
        self.sock.connect(self.socket_path)


def local_request(config, method, path, body=None):
    if not config.get('mattermost_local_socket'):
        raise SystemExit('fixtures.py: integration_config.yml names no mattermost_local_socket, needed to read '
                         'and put back the settings the examples change')
    connection = LocalConnection(config['mattermost_local_socket'])
    try:
        connection.request(method, '/api/v4' + path, body=None if body is None else json.dumps(body),
                           headers={'Content-Type': 'application/json'})
        response = connection.getresponse()
        text = response.read()
    finally:
        connection.close()
    if response.status != 200:
        raise SystemExit('fixtures.py: %s %s on the local socket: %s %s' % (method, path, response.status, text[:300]))
    return json.loads(text)


def server_state(driver, config):
    """The settings (by section and name: a map such as PluginSettings.PluginStates is one value)
    and the permissions of every role."""
    settings = {}
    for section, values in local_request(config, 'GET', '/config').items():
        for name, value in values.items() if isinstance(values, dict) else []:
            settings['%s.%s' % (section, name)] = value
    roles = dict((role['name'], {'id': role['id'], 'permissions': sorted(role['permissions'])})
                 for role in driver.client.get('/roles'))
    return {'settings': settings, 'roles': roles}


def differences(before, now):
    settings = sorted(name for name in set(before['settings']) | set(now['settings'])
                      if before['settings'].get(name) != now['settings'].get(name))
    roles = sorted(name for name in before['roles']
                   if name in now['roles'] and before['roles'][name]['permissions'] != now['roles'][name]['permissions'])
    return settings, roles


def save(driver, config, state_path):
    with open(state_path, 'w') as handle:
        os.fchmod(handle.fileno(), 0o600)  # it holds the server's secrets
        json.dump(server_state(driver, config), handle)


def restore(driver, config, state_path):
    """Put back what differs from the state saved at `state_path` (only that: other tests may be
    changing other settings meanwhile), check it, then delete the file."""
    with open(state_path) as handle:
        before = json.load(handle)
    settings, roles = differences(before, server_state(driver, config))
    if settings:
        patch = {}
        for name in settings:
            section, key = name.split('.', 1)
            patch.setdefault(section, {})[key] = before['settings'][name]
        local_request(config, 'PUT', '/config/patch', patch)
    for name in roles:
        driver.client.put('/roles/%s/patch' % before['roles'][name]['id'],
                          options={'permissions': before['roles'][name]['permissions']})
    left = differences(before, server_state(driver, config))
    if left[0] or left[1]:
        raise SystemExit('fixtures.py: could not put back the settings %s and the permissions of the roles %s'
                         % (', '.join(left[0]) or '-', ', '.join(left[1]) or '-'))
    os.unlink(state_path)
    if settings or roles:
        # Names only: the values may be secrets.
        print('fixtures.py: put back the settings %s and the permissions of the roles %s'
              % (', '.join(settings) or '-', ', '.join(roles) or '-'))


def answer(config, variables):
    """Approve the question in its thread as alice, then post in the channel every 2 s."""
    alice = Driver({'url': config['mattermost_url'], 'login_id': 'alice',
                    'password': variables['fixture_password']})
    alice.login()
    channel_id = variables['deployments_channel_id']
    answered = False
    while True:
        time.sleep(1 if not answered else 2)
        if answered:
            alice.client.post('/posts', options={'channel_id': channel_id, 'message': 'Anything'})
            continue
        posts = alice.client.get('/channels/%s/posts' % channel_id, params={'per_page': 20})
        for post in posts['posts'].values():
            if APPROVAL_QUESTION in post['message'] and not post['root_id']:
                alice.client.post('/posts', options={'channel_id': channel_id, 'root_id': post['id'],
                                                     'message': 'approve'})
                answered = True


def notified(driver, team, channel):
    channel = driver.client.get('/teams/name/%s/channels/name/%s' % (team, channel))
    posts = driver.client.get('/channels/%s/posts' % channel['id'], params={'per_page': 200})['posts']
    return len([post for post in posts.values() if 'chatops_notify' in (post.get('props') or {})])


def main(argv):
    with open(argv[1]) as handle:
        config = json.load(handle)
    command = argv[2]
    if command == 'answer':
        with open(argv[3]) as handle:
            answer(config, json.load(handle))
        return 0
    driver = connect(config)
    if command == 'reset':
        reset(driver, config, argv[3], argv[4])
    elif command == 'clean':
        clean(driver)
    elif command == 'save':
        save(driver, config, argv[3])
    elif command == 'restore':
        restore(driver, config, argv[3])
    elif command == 'notified':
        print(notified(driver, argv[4], argv[5]))
    else:
        raise SystemExit('fixtures.py: unknown command %s' % command)
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
