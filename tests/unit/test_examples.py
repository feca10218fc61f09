# Copyright: chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""tests/utils/examples.py: it finds every example of the docs, and refuses one that is neither
runnable nor marked. (The integration target docs_examples runs what it finds.)"""
from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import os
import sys

import pytest
import yaml

COLLECTION = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(COLLECTION, 'tests', 'utils'))

import examples  # noqa: E402

PLAYBOOK = '''```yaml
- hosts: localhost
  tasks:
    - name: Make the team
      chatops.mattermost.mattermost_team:
        url: https://chat.example.com
        name: ops
```
'''
TASKS = '''```yml
- name: Make the team
  chatops.mattermost.mattermost_team:
    name: ops
```
'''
CONFIG = '''```yaml
group/chatops.mattermost.mattermost:
  url: https://chat.example.com
```
'''
MODULE = '''EXAMPLES = r\'\'\'
- name: Make the team
  chatops.mattermost.mattermost_team:
    name: ops
  register: team

- name: Save its id
  # not run: writes to /etc on the host
  ansible.builtin.copy:
    content: "{{ team.team.id }}"
    dest: /etc/team-id

- name: Archive it
  chatops.mattermost.mattermost_team:
    name: ops
    state: absent
\'\'\'
'''


LOOKUP = """EXAMPLES = r\'\'\'
- name: Show the ops team
  ansible.builtin.debug:
    msg: "{{ lookup('chatops.mattermost.mattermost', 'teams/name/ops') }}"
\'\'\'
"""
RULEBOOK = """EXAMPLES = r\'\'\'
- name: Deploy on request
  hosts: localhost
  sources:
    - chatops.mattermost.events:
        url: https://chat.example.com
  rules:
    - name: Deploy when asked to
      condition: event.event == "posted"
      action:
        run_playbook:
          name: deploy.yml
\'\'\'
"""


def collection(tmp_path, readme='', docs=None, modules=None, lookups=None, sources=None):
    (tmp_path / 'README.md').write_text(readme)
    (tmp_path / 'docs').mkdir()
    for name, text in (docs or {}).items():
        (tmp_path / 'docs' / name).write_text(text)
    for folder, files in (('plugins/modules', modules), ('plugins/lookup', lookups),
                          ('extensions/eda/plugins/event_source', sources)):
        (tmp_path / folder).mkdir(parents=True)
        for name, text in (files or {}).items():
            (tmp_path / folder / name).write_text(text)
    return str(tmp_path)


def test_markdown_blocks_are_playbooks_or_tasks(tmp_path):
    found = examples.find_examples(collection(tmp_path, readme='Intro\n\n' + PLAYBOOK + '\n```bash\nls\n```\n',
                                              docs={'guide.md': TASKS}))
    assert [(e.label, e.kind, e.runnable) for e in found] == [
        ('README.md block 1 (line 3)', 'playbook', True), ('docs/guide.md block 1 (line 1)', 'tasks', True)]


def test_a_block_neither_runnable_nor_marked_fails(tmp_path):
    with pytest.raises(examples.ExampleError, match=r'README.md block 2 \(line 10\) is neither a playbook nor a list of tasks'):
        examples.find_examples(collection(tmp_path, readme=PLAYBOOK + '\n' + CONFIG))
    assert examples.main([str(tmp_path), '--list']) == 1


def test_a_marked_block_is_not_run_with_its_reason(tmp_path):
    readme = PLAYBOOK + '\n<!-- example: not run: a fragment of module_defaults -->\n' + CONFIG
    found = examples.find_examples(collection(tmp_path, readme=readme))
    assert [(e.label, e.runnable, e.not_run) for e in found] == [
        ('README.md block 1 (line 1)', True, []),
        ('README.md block 2 (line 11)', False, [('the block', 'a fragment of module_defaults')])]


def test_the_marker_must_be_right_before_the_block(tmp_path):
    readme = '<!-- example: not run: too far -->\n\n' + CONFIG
    with pytest.raises(examples.ExampleError):
        examples.find_examples(collection(tmp_path, readme=readme))


def test_module_examples_leave_out_the_tasks_marked_not_run(tmp_path):
    found = examples.find_examples(collection(tmp_path, modules={'mattermost_team.py': MODULE}))
    assert len(found) == 1
    example = found[0]
    assert (example.label, example.kind) == ('mattermost_team EXAMPLES', 'tasks')
    assert example.not_run == [('task "Save its id"', 'writes to /etc on the host')]
    assert [task['name'] for task in yaml.safe_load(example.text)] == ['Make the team', 'Archive it']


def test_lookup_examples_are_tasks_run_like_a_module_s(tmp_path):
    found = examples.find_examples(collection(tmp_path, modules={'mattermost_team.py': MODULE},
                                              lookups={'mattermost.py': LOOKUP}))
    assert [(e.path, e.label, e.kind, e.runnable) for e in found] == [
        ('plugins/modules/mattermost_team.py', 'mattermost_team EXAMPLES', 'tasks', True),
        ('plugins/lookup/mattermost.py', 'lookup mattermost EXAMPLES', 'tasks', True)]
    assert yaml.safe_load(found[1].text)[0]['name'] == 'Show the ops team'


def test_event_source_examples_run_when_tasks_and_say_why_a_rulebook_is_not(tmp_path, capsys):
    root = collection(tmp_path, sources={'events.py': RULEBOOK, 'other.py': LOOKUP})
    found = examples.find_examples(root)
    assert [(e.label, e.runnable, e.not_run) for e in found] == [
        ('event source events EXAMPLES', False, [('the rulebook', examples.RULEBOOK_NOT_RUN)]),
        ('event source other EXAMPLES', True, [])]
    assert examples.main([root, '--list']) == 0
    assert ('event source events EXAMPLES: not run\n    not run: the rulebook: ansible-rulebook runs it'
            in capsys.readouterr().out)


def test_event_source_examples_neither_tasks_nor_a_rulebook_fail(tmp_path):
    with pytest.raises(examples.ExampleError, match='event source events EXAMPLES is not a list of tasks'):
        examples.find_examples(collection(tmp_path, sources={'events.py': 'EXAMPLES = "url: x"\n'}))


def test_module_examples_must_be_tasks(tmp_path):
    with pytest.raises(examples.ExampleError, match='mattermost_team EXAMPLES is not a list of tasks'):
        examples.find_examples(collection(tmp_path, modules={'mattermost_team.py': 'EXAMPLES = "url: x"\n'}))


def test_the_playbook_points_at_the_test_server(tmp_path):
    tasks = '''- name: Post
  chatops.mattermost.mattermost_post:
    url: https://chat.example.com
    webhook_url: https://chat.example.com/hooks/xxxxxxxxxxxx
    text: see https://chat.example.com.au and https://deployer.example.com
'''
    example = examples.Example('README.md', 'README.md block 1', 'tasks', tasks)
    play = yaml.safe_load(example.playbook('http://127.0.0.1:8065', 'http://127.0.0.1:8065/hooks/abc'))
    assert play[0]['name'] == 'README.md block 1'
    assert play[0]['hosts'] == 'localhost'
    assert play[0]['tasks'][0]['chatops.mattermost.mattermost_post'] == {
        'url': 'http://127.0.0.1:8065', 'webhook_url': 'http://127.0.0.1:8065/hooks/abc',
        'text': 'see https://chat.example.com.au and https://deployer.example.com'}


def test_write_makes_one_playbook_per_runnable_example(tmp_path):
    (tmp_path / 'collection').mkdir()
    root = collection(tmp_path / 'collection', readme=PLAYBOOK + '\n<!-- example: not run: a fragment -->\n' + CONFIG,
                      modules={'mattermost_team.py': MODULE})
    out = tmp_path / 'out'
    assert examples.main([root, '--write', str(out), '--url', 'http://127.0.0.1:8065']) == 0
    assert sorted(os.listdir(str(out))) == ['01.label', '01.yml', '02.label', '02.yml']
    assert (out / '02.label').read_text() == 'mattermost_team EXAMPLES\n'
    assert 'url: http://127.0.0.1:8065' in (out / '01.yml').read_text()


def test_an_example_for_a_server_just_installed_is_written_apart(tmp_path, capsys):
    fresh = PLAYBOOK.replace('name: ops', 'name: ops\n        local_socket: /var/tmp/mattermost_local.socket\n'
                             '        description: /root/.mattermost-admin-token.json')
    (tmp_path / 'collection').mkdir()
    root = collection(tmp_path / 'collection', readme=PLAYBOOK + '\n<!-- example: on a server just installed -->\n' + fresh)
    assert examples.main([root, '--list']) == 0
    assert capsys.readouterr().out == ('README.md block 1 (line 1): run\n'
                                       'README.md block 2 (line 11): run by the bootstrap target, on a server just installed\n')
    shared, own = tmp_path / 'shared', tmp_path / 'own'
    assert examples.main([root, '--write', str(shared), '--url', 'http://127.0.0.1:8065']) == 0
    assert examples.main([root, '--write', str(own), '--fresh-server', '--url', 'http://127.0.0.1:9999',
                          '--socket', '/tmp/fresh/local.socket', '--token-file', '/tmp/fresh/token.json']) == 0
    assert sorted(os.listdir(str(shared))) == sorted(os.listdir(str(own))) == ['01.label', '01.yml']
    assert 'local_socket' not in (shared / '01.yml').read_text()
    task = yaml.safe_load((own / '01.yml').read_text())[0]['tasks'][0]['chatops.mattermost.mattermost_team']
    assert task == {'url': 'http://127.0.0.1:9999', 'name': 'ops', 'local_socket': '/tmp/fresh/local.socket',
                    'description': '/tmp/fresh/token.json'}


def test_the_callback_examples_give_a_config_and_a_command():
    config, command = examples.callback_parts(examples.uncomment('''
# ansible.cfg:
#
# [defaults]
# callbacks_enabled = chatops.mattermost.notify
#
# [callback_mattermost_notify]
# url = https://chat.example.com

# Or:
#
# MATTERMOST_NOTIFY_WEBHOOK_URL=https://chat.example.com/hooks/xxx \\
# ansible-playbook site.yml
'''))
    assert config == '[defaults]\ncallbacks_enabled = chatops.mattermost.notify\n\n[callback_mattermost_notify]\nurl = https://chat.example.com\n'
    assert command == 'MATTERMOST_NOTIFY_WEBHOOK_URL=https://chat.example.com/hooks/xxx \\\nansible-playbook site.yml\n'


def plugin_names(folder):
    path = os.path.join(COLLECTION, folder)
    names = os.listdir(path) if os.path.isdir(path) else []
    return sorted(name[:-3] for name in names if name.endswith('.py') and name != '__init__.py')


def test_every_module_and_lookup_of_the_collection_has_examples_that_are_found():
    found = examples.find_examples(COLLECTION)
    assert sorted(e.label[:-len(' EXAMPLES')] for e in found if e.path.startswith('plugins/modules/')) == \
        plugin_names('plugins/modules')
    assert sorted(e.label for e in found if e.path.startswith('plugins/lookup/')) == \
        ['lookup %s EXAMPLES' % name for name in plugin_names('plugins/lookup')]
    assert sorted(e.label for e in found if e.path.startswith('extensions/eda/')) == \
        ['event source %s EXAMPLES' % name for name in plugin_names('extensions/eda/plugins/event_source')]
    assert [e.label for e in found if e.path == 'README.md'][0].startswith('README.md block 1')
    lookups = sorted(name[:-3] for name in os.listdir(os.path.join(COLLECTION, 'plugins', 'lookup')) if name.endswith('.py'))
    assert sorted(e.label for e in found if e.path.startswith('plugins/lookup/')) == [
        'lookup %s EXAMPLES' % name for name in lookups]
