# Copyright: chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""The examples of the documentation, found so that a test can run every one of them.

Where examples are:
- every ```yaml (or ```yml) fenced block of README.md and docs/*.md: a playbook (a list of plays
  with `hosts`) or a list of tasks; anything else must be marked not runnable;
- the EXAMPLES string of every module (plugins/modules/*.py) and lookup plugin
  (plugins/lookup/*.py): a list of tasks, run in order;
- the EXAMPLES of the event sources of Event-Driven Ansible (extensions/eda/plugins/event_source/*.py):
  run like a module's when they are tasks; rulebooks are not run (ansible-rulebook runs them, not
  ansible-playbook; the eda_events target tests the sources), which --list says;
- the EXAMPLES of the callback plugins (plugins/callback/*.py): YAML comments holding an
  ansible.cfg snippet and a shell command, given to the test as they are (it runs them with the
  callback on).

An example written for a server just installed (the bootstrap play's) says so in Markdown with
`<!-- example: on a server just installed -->` on the line before the fence: the docs_examples target
leaves it out, and the bootstrap target runs it against a server of its own with a fresh database
(`--write DIR --fresh-server`), its local-mode socket in place of the server's default one and a
token file of the test's in place of root's.

How an example says it is not run, and why:
- in Markdown, an HTML comment on the line before the fence: `<!-- example: not run: needs LDAP -->`;
- in EXAMPLES, a YAML comment line in the task: `# not run: writes to /etc on the managed host`;
  the other tasks of the block are still run.
A block that is neither runnable nor marked is an error: the docs must not grow examples no test runs.

The examples keep the placeholders people read (`url: https://chat.example.com`,
`token: "{{ mattermost_token }}"`): `playbook()` points the URL at a test server, and the test
gives the variables as extra vars. Nothing here imports Ansible: PyYAML only.

Command line (used by tests/integration/targets/docs_examples/runme.sh):
  examples.py ROOT --list                      one line per example: its label, then what is not run and why
  examples.py ROOT --write DIR --url URL --webhook-url URL
      writes DIR/NN.yml (a playbook), DIR/NN.label and, for callback examples, DIR/NN.cfg and DIR/NN.sh
  examples.py ROOT --write DIR --fresh-server --url URL --socket PATH --token-file PATH
      the same for the examples written for a server just installed (and only those)
"""
from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import argparse
import ast
import glob
import os
import re
import sys

import yaml

# The server the examples name, and its incoming webhook URLs (/hooks/<id>).
EXAMPLE_URL = 'https://chat.example.com'
EXAMPLE_WEBHOOK = re.compile(re.escape(EXAMPLE_URL) + r'/hooks/[A-Za-z0-9]+')
EXAMPLE_SERVER = re.compile(re.escape(EXAMPLE_URL) + r'(?![\w.-])')
# The server's default local-mode socket, and where the bootstrap play keeps the admin's token, in
# the examples for a server just installed.
EXAMPLE_SOCKET = '/var/tmp/mattermost_local.socket'
EXAMPLE_TOKEN_FILE = '/root/.mattermost-admin-token.json'

FENCE = re.compile(r'^```(\S*)\s*$')
MARKDOWN_MARKER = re.compile(r'^\s*<!--\s*example:\s*not run:\s*(?P<reason>.*?)\s*-->\s*$')
FRESH_SERVER_MARKER = re.compile(r'^\s*<!--\s*example:\s*on a server just installed\s*-->\s*$')
TASK_MARKER = re.compile(r'^\s*#\s*not run:\s*(?P<reason>.+?)\s*$')


class ExampleError(Exception):
    """An example that is neither runnable nor marked as not run."""


class Example(object):
    """One block of the documentation.

    kind: 'playbook', 'tasks' or 'callback'; text: what is run (tasks marked not run left out);
    not_run: [(what, reason)] for the parts that are not run (the whole block, or tasks);
    fresh_server: written for a server just installed (run by the bootstrap target, not docs_examples).
    """

    def __init__(self, path, label, kind, text, not_run=None, fresh_server=False):
        self.path = path
        self.label = label
        self.kind = kind
        self.text = text
        self.not_run = not_run or []
        self.fresh_server = fresh_server

    @property
    def runnable(self):
        return self.kind is not None and bool(self.text.strip())

    def playbook(self, url, webhook_url):
        """The example as a playbook against `url`; its incoming webhook URLs become `webhook_url`."""
        text = point_at(self.text, url, webhook_url)
        if self.kind == 'playbook':
            return text
        tasks = '\n'.join(('    ' + line) if line.strip() else '' for line in text.strip('\n').splitlines())
        return '- name: %s\n  hosts: localhost\n  gather_facts: false\n  tasks:\n%s\n' % (
            yaml.safe_dump(self.label, default_style='"').strip(), tasks)

    def __repr__(self):
        return 'Example(%r, %r)' % (self.label, self.kind)


def point_at(text, url, webhook_url):
    """`text` with the example server replaced by `url`, its webhook URLs by `webhook_url`."""
    return EXAMPLE_SERVER.sub(url, EXAMPLE_WEBHOOK.sub(webhook_url, text))


def classify(data):
    """'playbook', 'tasks' or None (not something ansible-playbook can run) for parsed YAML."""
    if not isinstance(data, list) or not data or not all(isinstance(item, dict) for item in data):
        return None
    if all('hosts' in item or 'import_playbook' in item or 'ansible.builtin.import_playbook' in item for item in data):
        return 'playbook'
    if any('hosts' in item for item in data):
        return None
    return 'tasks'


def markdown_examples(path, label_path):
    """The ```yaml blocks of a Markdown file."""
    examples = []
    lines = open(path).read().splitlines()
    index = 0
    number = 0
    while index < len(lines):
        fence = FENCE.match(lines[index])
        if not fence:
            index += 1
            continue
        end = index + 1
        while end < len(lines) and not lines[end].startswith('```'):
            end += 1
        language = fence.group(1).lower()
        if language in ('yaml', 'yml'):
            number += 1
            label = '%s block %d (line %d)' % (label_path, number, index + 1)
            text = '\n'.join(lines[index + 1:end]) + '\n'
            marker = MARKDOWN_MARKER.match(lines[index - 1]) if index > 0 else None
            fresh_server = bool(index > 0 and FRESH_SERVER_MARKER.match(lines[index - 1]))
            if marker:
                examples.append(Example(label_path, label, None, '', [('the block', marker.group('reason'))]))
            else:
                try:
                    kind = classify(yaml.safe_load(text))
                except yaml.YAMLError as error:
                    raise ExampleError('%s is not valid YAML: %s' % (label, error))
                if kind is None:
                    raise ExampleError('%s is neither a playbook nor a list of tasks; mark it with '
                                       '<!-- example: not run: REASON --> on the line before it' % label)
                examples.append(Example(label_path, label, kind, text, fresh_server=fresh_server))
        index = end + 1
    return examples


def top_level_items(text):
    """The items of a YAML list written with `- ` at column 0, as text (with their comments)."""
    items = []
    for line in text.splitlines():
        if line.startswith('- ') or line == '-':
            items.append([line])
        elif items:
            items[-1].append(line)
    return ['\n'.join(item).rstrip() + '\n' for item in items]


def documentation_string(path, name):
    """The string assigned to `name` at the top level of a Python file, or None."""
    for node in ast.parse(open(path).read(), path).body:
        if (isinstance(node, ast.Assign) and len(node.targets) == 1
                and getattr(node.targets[0], 'id', None) == name):
            return ast.literal_eval(node.value)
    return None


RULEBOOK_NOT_RUN = 'ansible-rulebook runs it, not ansible-playbook (the eda_events target tests the event source)'


def is_rulebook(data):
    """Whether parsed YAML is an Event-Driven Ansible rulebook: rulesets with sources and rules."""
    return (isinstance(data, list) and bool(data)
            and all(isinstance(item, dict) and 'sources' in item and 'rules' in item for item in data))


def module_example(path, label_path, kind='', rulebooks=False):
    """The EXAMPLES of a module (or of another plugin whose examples are tasks: `kind`, such as
    'lookup ', starts its label): a list of tasks; tasks marked `# not run: ...` are left out.
    With `rulebooks`, EXAMPLES that are a rulebook are not run, with the reason."""
    name = os.path.splitext(os.path.basename(path))[0]
    label = '%s%s EXAMPLES' % (kind, name)
    text = documentation_string(path, 'EXAMPLES')
    if text is None or not text.strip():
        return []
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as error:
        raise ExampleError('%s is not valid YAML: %s' % (label, error))
    if rulebooks and is_rulebook(data):
        return [Example(label_path, label, None, '', [('the rulebook', RULEBOOK_NOT_RUN)])]
    if classify(data) != 'tasks':
        raise ExampleError('%s is not a list of tasks' % label)
    kept = []
    not_run = []
    for item in top_level_items(text):
        marker = next((TASK_MARKER.match(line) for line in item.splitlines() if TASK_MARKER.match(line)), None)
        if marker:
            task = yaml.safe_load(item)[0]
            not_run.append(('task "%s"' % task.get('name', '?'), marker.group('reason')))
        else:
            kept.append(item)
    return [Example(label_path, label, 'tasks', '\n'.join(kept), not_run)]


def uncomment(text):
    """The lines of a block of YAML comments, without their `# `."""
    return '\n'.join(re.sub(r'^#( |$)', '', line) for line in text.strip().splitlines()) + '\n'


def callback_example(path, label_path):
    """The EXAMPLES of a callback plugin: comments showing how to turn it on, which the test runs
    as they are (it supplies `site.yml`)."""
    name = os.path.splitext(os.path.basename(path))[0]
    label = '%s callback EXAMPLES' % name
    text = documentation_string(path, 'EXAMPLES')
    if text is None or not text.strip():
        return []
    return [Example(label_path, label, 'callback', uncomment(text))]


def find_examples(root):
    """Every example of the collection at `root`, in a stable order."""
    examples = []
    for path in ['README.md'] + sorted(glob.glob(os.path.join(root, 'docs', '*.md'))):
        full = os.path.join(root, path)
        if os.path.exists(full):
            examples.extend(markdown_examples(full, os.path.relpath(full, root)))
    for path in sorted(glob.glob(os.path.join(root, 'plugins', 'modules', '*.py'))):
        examples.extend(module_example(path, os.path.relpath(path, root)))
    for path in sorted(glob.glob(os.path.join(root, 'plugins', 'lookup', '*.py'))):
        examples.extend(module_example(path, os.path.relpath(path, root), 'lookup '))
    for path in sorted(glob.glob(os.path.join(root, 'extensions', 'eda', 'plugins', 'event_source', '*.py'))):
        examples.extend(module_example(path, os.path.relpath(path, root), 'event source ', rulebooks=True))
    for path in sorted(glob.glob(os.path.join(root, 'plugins', 'callback', '*.py'))):
        examples.extend(callback_example(path, os.path.relpath(path, root)))
    return examples


def callback_parts(text):
    """The ansible.cfg snippet (from `[defaults]` to the first blank line after a section) and the
    shell command (the lines ending with `\\` and the one after) of a callback's EXAMPLES."""
    config = []
    command = []
    for paragraph in re.split(r'\n\s*\n', text):
        lines = paragraph.strip().splitlines()
        if lines and lines[0].startswith('['):
            config.append(paragraph.strip())
        elif lines and lines[-1].rstrip().endswith('.yml') and lines[0].rstrip().endswith('\\'):
            command.append(paragraph.strip())
    return '\n\n'.join(config) + '\n', '\n'.join(command) + '\n'


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split('\n', maxsplit=1)[0])
    parser.add_argument('root', help='the collection (holding README.md, docs/ and plugins/)')
    parser.add_argument('--list', action='store_true', help='list the examples and what is not run')
    parser.add_argument('--write', metavar='DIR', help='write each runnable example as a playbook')
    parser.add_argument('--url', default=EXAMPLE_URL)
    parser.add_argument('--webhook-url', default=EXAMPLE_URL + '/hooks/example')
    parser.add_argument('--fresh-server', action='store_true',
                        help='write the examples for a server just installed (and only those)')
    parser.add_argument('--socket', default=EXAMPLE_SOCKET, help="that server's local-mode socket")
    parser.add_argument('--token-file', default=EXAMPLE_TOKEN_FILE, help="where the bootstrap play keeps the admin's token")
    args = parser.parse_args(argv)
    try:
        examples = find_examples(args.root)
    except ExampleError as error:
        print('examples.py: %s' % error, file=sys.stderr)
        return 1
    if args.write:
        os.makedirs(args.write, exist_ok=True)
    number = 0
    for example in examples:
        if args.list:
            print('%s: %s' % (example.label, ('run by the bootstrap target, on a server just installed'
                                              if example.fresh_server else 'run') if example.runnable else 'not run'))
            for what, reason in example.not_run:
                print('    not run: %s: %s' % (what, reason))
        if args.write and example.runnable and example.fresh_server == args.fresh_server:
            number += 1
            base = os.path.join(args.write, '%02d' % number)
            with open(base + '.label', 'w') as handle:
                handle.write(example.label + '\n')
            if example.kind == 'callback':
                config, command = callback_parts(point_at(example.text, args.url, args.webhook_url))
                with open(base + '.cfg', 'w') as handle:
                    handle.write(config)
                with open(base + '.sh', 'w') as handle:
                    handle.write(command)
            else:
                text = example.playbook(args.url, args.webhook_url)
                if example.fresh_server:
                    text = text.replace(EXAMPLE_SOCKET, args.socket).replace(EXAMPLE_TOKEN_FILE, args.token_file)
                with open(base + '.yml', 'w') as handle:
                    handle.write(text)
    return 0


if __name__ == '__main__':
    sys.exit(main())
