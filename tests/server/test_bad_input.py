# Copyright: chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""Bad input, derived from each module's documented options, against the real server (issue 20).

Every module under plugins/modules is found (a new one is covered without a change here), its options
read from its DOCUMENTATION, and each option mutated by its type: empty, padded, path tricks, control
and stripped characters, wrong types, out-of-range numbers, unknown choices. Each case runs in
process (AnsibleModule reads patched arguments; no ansible-playbook per case), in check mode, and,
for the modules whose objects live in this test's own team or carry its prefix, for real too. A
case fails the test when:

- a module has no base task in `bases()` (a new module must be given one, it is never skipped);
- the module raises (a traceback, "Module failed"), or its result holds `exception`;
- a real module's base task is not stable (run twice for real, the second reports changed);
- an accepted check-mode run wrote something (the base task, in check mode, then reports changed), or
  predicted another `changed` than the real run then reports;
- a real run that failed left the object changed (the unmutated task is then not unchanged);
- an accepted real run is not stable (the same task again reports changed);
- a post with files is refused after their upload (nothing removes an uploaded file attached to no post).

Every module's base task also runs over the local-mode socket (`local_socket`, check mode), and the
connection options are mutated on mattermost_server_info.

Counts are printed (cases, clear errors, server errors relayed, accepted). Everything the cases
create is deleted for good afterwards.
"""
from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import contextlib
import glob
import importlib
import io
import json
import os
import signal

import pytest
import yaml

from conftest import REPO

# The arguments a module reads, patched (with a fallback for ansible-core before 2.19).
from ansible_collections.chatops.mattermost.tests.unit.plugins.module_utils.test_connection import (  # noqa: E402
    patch_module_args,
)

CASE_SECONDS = 20
PNG = (b'\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89'
       b'\x00\x00\x00\rIDATx\x9cc\xf8\xff\xff?\x00\x05\xfe\x02\xfe\xa7V\xbd\xfa\x00\x00\x00\x00IEND\xaeB`\x82')


def module_names():
    return sorted(os.path.basename(path)[:-3] for path in glob.glob(os.path.join(REPO, 'plugins', 'modules', '*.py'))
                  if not os.path.basename(path).startswith('_'))


def documented_options(name):
    module = importlib.import_module('ansible_collections.chatops.mattermost.plugins.modules.' + name)
    return module, yaml.safe_load(module.DOCUMENTATION).get('options') or {}


def bases(prefix, team, channel, image, place):
    """A valid task per module, on this test's objects (a module with no entry here fails the test)."""
    return {
        'mattermost_export': dict(dest=os.path.join(place, 'export.zip')),
        'mattermost_import': dict(src=bulk_file(place, prefix)),
        'mattermost_job_info': dict(limit=5),
        'mattermost_access_token': dict(user=prefix + 'u', description='bad input'),
        'mattermost_api': dict(path='/users/me'),
        'mattermost_bot': dict(username=prefix + 'b', display_name='Bad input'),
        'mattermost_channel': dict(team=team, name=prefix + 'c', display_name='Bad input'),
        'mattermost_channel_info': dict(team=team),
        'mattermost_config': dict(settings={'TeamSettings.MaxUsersPerTeam': 50}),
        'mattermost_emoji': dict(name=prefix + 'e', src=image),
        'mattermost_plugin': dict(id='com.example.' + prefix, state='absent'),
        'mattermost_post': dict(team=team, channel=channel, text='bad input', key=prefix),
        'mattermost_role': dict(name='system_user', permissions=['create_team']),
        'mattermost_server_info': dict(),
        'mattermost_slash_command': dict(team=team, trigger=prefix + 's', request_url='http://127.0.0.1:9/cmd'),
        'mattermost_team': dict(name=prefix + 't', display_name='Bad input'),
        'mattermost_team_info': dict(name=team),
        'mattermost_user': dict(username=prefix + 'u', email=prefix + 'u@example.com', password='Bad-Input-1!'),
        'mattermost_user_info': dict(username=prefix + 'u'),
        'mattermost_wait_for_event': dict(channel=channel, team=team, timeout=0.2, fail_on_timeout=False),
        'mattermost_webhook': dict(kind='incoming', team=team, channel=channel, display_name=prefix + 'w'),
        'mattermost_workspace': dict(teams=[dict(name=team, channels=[dict(name=channel)])]),
        'mattermost_workspace_info': dict(teams=[team]),
    }


def bulk_file(place, prefix):
    """A bulk import file of one team (only checked: mattermost_import runs in check mode here)."""
    path = os.path.join(place, 'import.jsonl')
    with open(path, 'w') as handle:
        handle.write('{"type": "version", "version": 1}\n')
        handle.write(json.dumps(dict(type='team', team=dict(name=prefix + 'imp', display_name='Bad input', type='O'))) + '\n')
    return path


# Modules run for real too: their objects are this test's (prefixed, or in its team) and deleted after.
REAL = frozenset(('mattermost_access_token', 'mattermost_bot', 'mattermost_channel', 'mattermost_post',
                  'mattermost_slash_command', 'mattermost_team', 'mattermost_user', 'mattermost_webhook'))


def mutations(option, spec, base_value):
    """Bad values for one option, from its documented type (strings keep the base value inside, so
    that an accepted one is still found by the cleanup)."""
    kind = spec.get('type', 'str')
    text = base_value if isinstance(base_value, str) else 'x'
    found = []
    if spec.get('choices'):
        found.append('zz-no-such-choice')
    if kind == 'str':
        found += ['', '  %s  ' % text, '..', text + '/..%2F', text + '\u202e', ['a'], {'a': 1}]
    elif kind == 'path':
        found += ['', '/nonexistent/' + text, '.']
    elif kind == 'int':
        found += [-1, 'abc', 10 ** 20]
    elif kind == 'float':
        found += [-1, 0, 'nan', 'inf', 1e308]
    elif kind == 'bool':
        found += ['maybe']
    elif kind == 'list':
        found += [[None], [''], ['no-slash'], [{}], [[]], 'x' if spec.get('elements') != 'str' else [7]]
    elif kind == 'dict':
        found += [{'Bogus.Setting': ['x']}, 'x', {'': None}]
    elif kind == 'raw':
        found += [[None], '', {'password': 'x'}]
    return found


def nested_cases(prefix, team):
    """Bad values inside lists of objects, which a mutation of the whole option does not reach (the
    crashes and garbage issue 20 lists): (module, options), run in check mode, each to be refused."""
    user = dict(username=prefix + 'u')
    return [('mattermost_workspace', dict(users=[dict(user, channels=[channels])]))
            for channels in ('no-slash', '', None, '/', team + '/', '/x', 7)] + [
        ('mattermost_workspace', dict(users=[None])),
        ('mattermost_workspace', dict(teams=[dict(name=team, channels=[None])])),
        ('mattermost_config', dict(settings={'TeamSettings.MaxUsersPerTeam': [1]})),
        ('mattermost_config', dict(settings={'TeamSettings.MaxUsersPerTeam': None, 'TeamSettings.SiteName': 'x'})),
        ('mattermost_plugin', dict(src='')),
        ('mattermost_user_info', dict(user_id='../users/me')),
        ('mattermost_post', dict(team=team, channel=prefix + 'chan', text='x', attachments=[{'text': 7, 'fields': 'x'}])),
        ('mattermost_post', dict(team=team, channel=prefix + 'chan', text='x', attachments=[{'bogus_key': 1}])),
        ('mattermost_team', dict(name=prefix + 't', allowed_domains=[' example.com ', {'a': 1}])),
    ]


def partial_write_cases(base_args, prefix, image):
    """(module, bad options) run for real on the module's base task: a valid change beside a value the
    server refuses, which must be refused before the valid one is written (issue 20's partial writes)."""
    return [
        ('mattermost_user', dict(first_name='Changed', roles=['no_such_role'])),
        ('mattermost_bot', dict(display_name='Changed', roles=['no_such_role'])),
        # The server would refuse the post after the upload, and no request removes an uploaded file.
        ('mattermost_post', dict(channel=prefix + 'arch', files=[image])),
    ]


CONNECTION_MUTATIONS = [
    ('token', '%(token)s\n'), ('token', '%(token)s\x00'), ('token', '%(token)s\u00e9'),
    ('url', 'http://admin:secret@127.0.0.1:8065'), ('url', 'http://127.0.0.1:99999'), ('url', 'not a url'),
    ('request_timeout', 0), ('request_timeout', -1), ('request_timeout', float('nan')), ('request_timeout', 1e308),
    ('retries', -1), ('client_cert', '/nonexistent.pem'), ('ca_path', '/nonexistent-ca.pem'), ('proxy', 'nope'),
    ('proxy', 'gopher://proxy:1'),
    # Over the local-mode socket (instead of url and token): the server's own socket, then bad ones.
    ('local_socket', '%(socket)s'), ('local_socket', ''), ('local_socket', '/nonexistent.socket'),
    ('local_socket', '%(image)s'), ('local_socket', '%(socket)s\n'),
]


class Hung(Exception):
    pass


def run_module(name, args, check_mode):
    """(result, traceback or None): the module's JSON result, run in this process."""
    module = importlib.import_module('ansible_collections.chatops.mattermost.plugins.modules.' + name)
    args = dict(args, _ansible_check_mode=check_mode, _ansible_module_name='chatops.mattermost.' + name)
    out = io.StringIO()

    def hung(signum, frame):
        raise Hung('no answer within %d s' % CASE_SECONDS)
    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(CASE_SECONDS)
    try:
        with patch_module_args(args), contextlib.redirect_stdout(out):
            module.main()
    except SystemExit:
        pass
    except BaseException as exc:  # any escape is the bug this test looks for
        return None, '%s: %s' % (type(exc).__name__, exc)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    try:
        result = json.loads(out.getvalue())
    except ValueError:
        return None, 'not JSON: %r' % out.getvalue()[:300]
    if 'exception' in result or 'Module failed' in str(result.get('msg')):
        return result, 'traceback: %s' % (result.get('msg'),)
    return result, None


def base_is_stable(name, args, problems):
    """Run a module's base task for real twice (the object the mutations are compared with exists
    first); whether both succeeded and the second changed nothing, else a problem is recorded."""
    for run in ('first', 'second'):
        result, trouble = run_module(name, args, check_mode=False)
        if trouble or result.get('failed') or (run == 'second' and result.get('changed')):
            problems.append('%s: the base task, run a %s time: %s' % (name, run, trouble or result.get('msg') or 'changed'))
            return False
    return True


@pytest.fixture
def bad_input_place(admin, unique, tmp_path):
    prefix = 'bi' + unique[:8]
    team = admin.teams.create_team(options={'name': prefix + 'home', 'display_name': 'Bad input', 'type': 'O'})
    channel = admin.channels.create_channel(options={'team_id': team['id'], 'name': prefix + 'chan',
                                                     'display_name': 'Bad input', 'type': 'O'})
    # An archived channel, which refuses posts (after their files are uploaded, were they not checked first).
    archived = admin.channels.create_channel(options={'team_id': team['id'], 'name': prefix + 'arch',
                                                      'display_name': 'Bad input', 'type': 'O'})
    admin.channels.delete_channel(archived['id'])
    # The account of the access token cases (mattermost_user's cases then patch it).
    admin.users.create_user(options={'username': prefix + 'u', 'email': prefix + 'u@example.com', 'password': 'Bad-Input-1!'})
    image = tmp_path / 'emoji.png'
    image.write_bytes(PNG)
    try:
        yield prefix, team, channel, str(image)
    finally:
        delete_everything_of(admin, prefix, team)


def delete_everything_of(admin, prefix, team):
    """Delete for good what the cases made: every team, user, bot and emoji whose name holds the prefix,
    the hooks and commands of this test's teams, and the teams themselves."""
    teams = [item for item in admin.client.paginate('/teams', params={'include_deleted': 'true'})
             if prefix in item['name']] or [team]
    for item in teams:
        for kind in ('incoming', 'outgoing'):
            for hook in admin.client.paginate('/hooks/%s' % kind, params={'team_id': item['id']}):
                admin.client.delete('/hooks/%s/%s' % (kind, hook['id']))
        for command in admin.client.get('/commands', params={'team_id': item['id'], 'custom_only': 'true'}) or []:
            admin.client.delete('/commands/%s' % command['id'])
        admin.teams.soft_delete_team(item['id'], params={'permanent': 'true'})
    for user in admin.client.post('/users/search', options={'term': prefix, 'allow_inactive': True, 'limit': 1000}) or []:
        admin.users.delete_user(user['id'], params={'permanent': 'true'})
    for emoji in admin.client.post('/emoji/search', options={'term': prefix}) or []:
        admin.client.delete('/emoji/%s' % emoji['id'])


def test_bad_input_gives_clear_errors_no_partial_write_and_stable_results(server, admin, bad_input_place, capsys):
    prefix, team, channel, image = bad_input_place
    connection = dict(url=server['mattermost_url'], token=server['mattermost_token'])
    base_args = bases(prefix, team['name'], channel['name'], image, os.path.dirname(image))
    counts = dict(cases=0, clear_errors=0, server_errors=0, accepted=0)
    problems = []

    def record(label, result, trouble):
        counts['cases'] += 1
        if trouble:
            problems.append('%s: %s' % (label, trouble))
        elif result.get('failed'):
            counts['server_errors' if result.get('status') else 'clear_errors'] += 1
        else:
            counts['accepted'] += 1

    for name in module_names():
        module, options = documented_options(name)
        if name not in base_args:  # a new module is tested, not skipped
            problems.append('%s: no base task in bases(): add a valid task of this module' % name)
            continue
        base = dict(base_args[name])
        real = name in REAL
        if real and not base_is_stable(name, dict(connection, **base), problems):
            continue
        for option, spec in sorted(options.items()):
            for value in mutations(option, spec, base.get(option)):
                args = dict(connection, **base)
                args[option] = value
                label = '%s %s=%r' % (name, option, value)
                result, trouble = run_module(name, args, check_mode=True)
                record(label + ' (check mode)', result, trouble)
                if trouble or not real or result.get('failed'):
                    continue
                # Check mode wrote nothing: the base task still finds the object as it left it.
                again, trouble = run_module(name, dict(connection, **base), check_mode=True)
                if trouble or again.get('failed') or again.get('changed'):
                    problems.append('%s (check mode): wrote something (the base task then reports %s)' % (
                        label, trouble or again.get('msg') or 'changed'))
                predicted = result.get('changed')
                result, trouble = run_module(name, args, check_mode=False)
                record(label, result, trouble)
                if trouble:
                    continue
                if not result.get('failed') and result.get('changed') != predicted:
                    problems.append('%s: check mode reported changed=%s, the real run changed=%s' % (
                        label, predicted, result.get('changed')))
                if result.get('failed'):
                    # Nothing half-written: the base task still finds the object as it left it.
                    again, trouble = run_module(name, dict(connection, **base), check_mode=True)
                    if trouble or again.get('failed') or again.get('changed'):
                        problems.append('%s: partial write (the base task then reports %s)' % (
                            label, trouble or again.get('msg') or 'changed'))
                    continue
                again, trouble = run_module(name, args, check_mode=False)
                if trouble or again.get('failed') or again.get('changed'):
                    problems.append('%s: not stable (the second run: %s)' % (label, trouble or again.get('msg') or 'changed'))
                # Back to the base for the next case.
                run_module(name, dict(connection, **base), check_mode=False)
    for name, args in nested_cases(prefix, team['name']):
        result, trouble = run_module(name, dict(connection, **args), check_mode=True)
        record('%s %r (check mode)' % (name, args), result, trouble)
        if result and not result.get('failed'):  # each is bad input the server would store as garbage
            problems.append('%s %r: accepted' % (name, args))
    for name, bad in partial_write_cases(base_args, prefix, image):
        base = dict(connection, **base_args[name])
        result, trouble = run_module(name, dict(base, **bad), check_mode=False)
        record('%s %r' % (name, bad), result, trouble)
        again, trouble = run_module(name, base, check_mode=True)
        if result and not result.get('failed'):
            problems.append('%s %r: accepted' % (name, bad))
        elif result and 'files' in bad and (result.get('status') or result.get('files_left_behind')):
            problems.append('%s %r: refused after the upload: %s' % (name, bad, result.get('msg')))
        elif trouble or again.get('failed') or again.get('changed'):
            problems.append('%s %r: partial write (the base task then reports %s)' % (
                name, bad, trouble or again.get('msg') or 'changed'))
    for option, value in CONNECTION_MUTATIONS:
        args = {} if option == 'local_socket' else dict(connection)
        args[option] = value % dict(token=connection['token'], socket=server['mattermost_local_socket'],
                                    image=image) if isinstance(value, str) and '%(' in value else value
        result, trouble = run_module('mattermost_server_info', args, check_mode=True)
        record('connection %s=%r' % (option, value), result, trouble)
        if result and connection['token'] in json.dumps(result):
            problems.append('connection %s=%r: the token shows in the result' % (option, value))
    # Every module's base task over the local-mode socket (what needs a user is refused, with why).
    for name in module_names():
        args = dict(base_args.get(name, {}), local_socket=server['mattermost_local_socket'])
        result, trouble = run_module(name, args, check_mode=True)
        record('%s over local_socket (check mode)' % name, result, trouble)
    with capsys.disabled():
        print('\nbad input: %(cases)d cases, %(clear_errors)d clear errors, %(server_errors)d server errors relayed, '
              '%(accepted)d accepted' % counts)
    assert not problems, '%d of %d cases failed:\n%s' % (len(problems), counts['cases'], '\n'.join(problems))
