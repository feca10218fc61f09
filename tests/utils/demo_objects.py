# Copyright: chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""Delete for good what examples/demo.yml makes (its team, with the channels and the webhook; its people and its
bot, with the bot's token), so that a test running the demo leaves the server as it found it and its first run
starts from nothing. The names are read from the playbook itself.

  demo_objects.py DEMO_PLAYBOOK CONFIG    CONFIG: tests/integration/integration_config.yml (JSON, an admin's token)

Only the standard library and PyYAML: it runs with the Python of scripts/images.sh's tools.
"""
import json
import sys
import urllib.error
import urllib.request

import yaml


def demo_names(playbook):
    """(team, [usernames of the people and the bots]) of the demo's play."""
    play = playbook[0]
    workspace = next(task['chatops.mattermost.mattermost_workspace'] for task in play['tasks']
                     if 'chatops.mattermost.mattermost_workspace' in task)
    return play['vars']['team'], ([person['username'] for person in play['vars']['people']]
                                  + [bot['username'] for bot in workspace['bots']])


def request(config, method, path):
    """The answer's JSON, or None for 404."""
    call = urllib.request.Request(config['mattermost_url'].rstrip('/') + '/api/v4' + path, method=method,
                                  headers={'Authorization': 'Bearer ' + config['mattermost_token']})
    try:
        with urllib.request.urlopen(call, timeout=30) as answer:
            return json.load(answer)
    except urllib.error.HTTPError as error:
        if error.code == 404:
            return None
        raise SystemExit('demo_objects.py: %s %s: HTTP %d %s' % (method, path, error.code, error.read()[:300]))


def main(argv):
    with open(argv[0]) as handle:
        team, usernames = demo_names(yaml.safe_load(handle))
    with open(argv[1]) as handle:
        config = json.load(handle)
    deleted = []
    found = request(config, 'GET', '/teams/name/%s' % team)
    if found:
        request(config, 'DELETE', '/teams/%s?permanent=true' % found['id'])
        deleted.append('team ' + team)
    for username in usernames:
        found = request(config, 'GET', '/users/username/%s' % username)
        if found:
            request(config, 'DELETE', '/users/%s?permanent=true' % found['id'])
            deleted.append('user ' + username)
    left = (['team ' + team] if request(config, 'GET', '/teams/name/%s' % team) else []) + [
        'user ' + name for name in usernames if request(config, 'GET', '/users/username/%s' % name)]
    if left:
        raise SystemExit('demo_objects.py: still on the server after deleting them: %s' % ', '.join(left))
    print('deleted for good: %s' % (', '.join(deleted) or 'nothing (none was there)'))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
