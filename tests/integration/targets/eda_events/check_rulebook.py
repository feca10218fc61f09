# Copyright: chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""Talk to the rulebook of examples/chatops as people would, through the real server, and read its answers
back: a mention, an approval in the thread, a request for help, a mention from someone not allowed, and the
slash command run by the server. Usage: check_rulebook.py VARS_JSON COLLECTIONS_PATH RULEBOOK_LOG."""
from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import json
import sys
import time
import urllib.error
import urllib.request

settings = json.load(open(sys.argv[1]))
# The driver of the installed collection, as the source uses it.
sys.path.insert(0, sys.argv[2])
from ansible_collections.chatops.mattermost.plugins.module_utils.driver import Driver  # noqa: E402

RULEBOOK_LOG = sys.argv[3]
STARTUP_TIMEOUT = 300  # ansible-rulebook starts a JVM: slow on a loaded machine
ANSWER_TIMEOUT = 240  # each answer runs ansible-playbook


def rulebook_log():
    """What ansible-rulebook wrote so far; nothing before the shell that starts it in the background has made the file
    (on a loaded machine that can come after this script has started)."""
    try:
        with open(RULEBOOK_LOG) as handle:
            return handle.read()
    except FileNotFoundError:
        return ''


def wait_for(what, found, timeout=ANSWER_TIMEOUT):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = found()
        if result:
            return result
        if 'ansible_rulebook.cli - ERROR - Terminating' in rulebook_log():
            raise SystemExit('FAILED: ansible-rulebook stopped before the %s' % what)
        time.sleep(1)
    raise SystemExit('FAILED: no %s within %d s' % (what, timeout))


def channel_posts(driver):
    listing = driver.posts.get_posts_for_channel(settings['channel_id'], params={'per_page': 200})
    return sorted(listing['posts'].values(), key=lambda post: post['create_at'])


def bot_posts(driver, text, root_id=None):
    return [post for post in channel_posts(driver) if post['user_id'] == settings['bot_id'] and text in post['message']
            and (root_id is None or post['root_id'] == root_id)]


def main():
    wait_for('source listening (log line "chatops.mattermost.events: listening")',
             lambda: 'chatops.mattermost.events: listening' in rulebook_log(), STARTUP_TIMEOUT)
    admin = Driver({'url': settings['url'], 'token': settings['admin_token']})
    admin.login()
    settings['bot_id'] = admin.users.get_user_by_username(settings['bot'])['id']
    requester = Driver({'url': settings['url'], 'login_id': settings['requester'],
                        'password': settings['requester_password']})
    requester.login()
    mention = '@%s' % settings['bot']

    def say(text, root_id=''):
        return requester.posts.create_post(options={'channel_id': settings['channel_id'], 'message': text,
                                                    'root_id': root_id})

    # 1. A risky deployment: the playbook answers in the thread, asks, waits for the approval, reports.
    request = say('%s deploy api 1.4.2' % mention)
    wait_for('reply in the thread of the request', lambda: bot_posts(requester, 'deploying **api 1.4.2**', request['id']))
    wait_for('question for an approval', lambda: bot_posts(requester, 'answer **approve** or **deny**', request['id']))
    # The admin is no approver: its "approve" must not count (the report names the approver).
    admin.posts.create_post(options={'channel_id': settings['channel_id'], 'message': 'approve', 'root_id': request['id']})
    time.sleep(3)
    say('approve', request['id'])
    wait_for('report of the deployment', lambda: bot_posts(
        requester, ':white_check_mark: api 1.4.2 deployed (approved by @%s)' % settings['requester'], request['id']))
    print('mention -> reply, approval, report in the thread: ok')

    # 2. Anything else said to the bot: help, in its thread.
    question = say('%s what can you do?' % mention)
    wait_for('help in the thread', lambda: bot_posts(requester, 'I can `deploy SERVICE VERSION`', question['id']))
    print('other mention -> help: ok')

    # 3. Someone not in `users` (the admin): ignored.
    ignored = admin.posts.create_post(options={'channel_id': settings['channel_id'],
                                               'message': '%s deploy web 1.0.0' % mention})

    # 4. The slash command, sent by the server to the source's listener.
    answer = requester.commands.execute_command(options={'channel_id': settings['channel_id'],
                                                         'command': '%s web 2.0' % settings['command']})
    assert answer.get('text') == 'Accepted: %s web 2.0' % settings['command'], answer
    wait_for('report of the slash command', lambda: bot_posts(requester, ':white_check_mark: web 2.0 deployed.'))
    print('slash command run by the server -> event -> playbook: ok')

    # 5. A request with a wrong token straight to the listener: refused.
    refused = urllib.request.Request('http://127.0.0.1:%s/' % settings['slash_port'], method='POST',
                                     data=b'token=wrong&command=%2Fdeploy&text=api+9', headers={
                                         'Content-Type': 'application/x-www-form-urlencoded'})
    try:
        urllib.request.urlopen(refused, timeout=30)
        raise SystemExit('FAILED: a request with a wrong token was accepted')
    except urllib.error.HTTPError as exc:
        assert exc.code == 401, exc.code
    print('wrong token -> 401: ok')

    # Every answer came once, and nothing answered the admin.
    time.sleep(5)
    replies = [post['message'] for post in channel_posts(requester) if post['user_id'] == settings['bot_id']]
    assert not [post for post in channel_posts(requester) if post['root_id'] == ignored['id']], 'answered the admin'
    assert len(replies) == len(set(replies)) == 6, replies
    print('each answer once (%d), nothing for a user not allowed: ok' % len(replies))


main()
