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
  fixtures.py CONFIG answer VARS        as alice, answer the approval question of
                                        mattermost_wait_for_event's example, then keep posting in
                                        the channel (runs in the background until killed)
  fixtures.py CONFIG notified VARS TEAM CHANNEL   print how many posts of the notify callback
                                        the channel holds
"""
from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import json
import os
import secrets
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
# What the examples create beyond the fixtures; deleted too.
CREATED_USERS = ['erin']
CREATED_BOTS = ['alerts']
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


def clean(driver):
    """Delete every fixture and everything the examples make, for good."""
    for name in TEAMS:
        team = found(driver.client.get, '/teams/name/%s' % name)
        if team:
            driver.client.delete('/teams/%s' % team['id'], params={'permanent': 'true'})
    for name in USERS + CREATED_USERS + BOTS + CREATED_BOTS:
        user = found(driver.client.get, '/users/username/%s' % name)
        if user:
            driver.client.delete('/users/%s' % user['id'], params={'permanent': 'true'})
    left = ['team %s' % name for name in TEAMS if found(driver.client.get, '/teams/name/%s' % name)]
    left += ['user %s' % name for name in USERS + CREATED_USERS + BOTS + CREATED_BOTS
             if found(driver.client.get, '/users/username/%s' % name)]
    if left:
        raise SystemExit('fixtures.py: still on the server after deleting them: %s' % ', '.join(left))


def reset(driver, config, vars_path, label):
    clean(driver)
    password = 'Ex-%s-1!' % secrets.token_urlsafe(12)
    users = {}
    for name in USERS:
        users[name] = driver.client.post('/users', options={
            'username': name, 'email': '%s@example.com' % name, 'password': password})['id']
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
    elif command == 'notified':
        print(notified(driver, argv[4], argv[5]))
    else:
        raise SystemExit('fixtures.py: unknown command %s' % command)
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
