#!/usr/bin/env python
"""Print the part of a test log that says why it failed, for the summary at the end of `make test`.

    failure_digest.py ansible LOG   the failed tasks of an ansible-playbook run (the task's name and
                                    what Ansible printed for it), without the failures a task ignored
    failure_digest.py pytest LOG    pytest's lines naming the failed tests and their errors
    failure_digest.py sanity LOG    ansible-test sanity's error lines

A CI log is often read from its end only: the digest puts each failure's cause there, however long
the run before it was. When nothing matches, the log's last lines are printed instead. The test
runner (tests/utils/runner.py) calls digest() for each failed stage.
"""

import re
import sys

MAX_BLOCK_LINES = 25
TAIL_LINES = 30


def ansible_failures(lines):
    """Yield (task, block) for each failure a task did not ignore."""
    task = None
    index = 0
    while index < len(lines):
        line = lines[index]
        if line.startswith('TASK ['):
            task = line.rstrip(' *')
        if re.match(r'^(fatal|failed): \[', line):
            block = [line]
            index += 1
            # The failure's text runs until the next blank line or the next task.
            while index < len(lines) and lines[index].strip() and not lines[index].startswith('TASK ['):
                block.append(lines[index])
                index += 1
            # Ansible prints `...ignoring` right under a failure that ignore_errors lets pass.
            following = next((later for later in lines[index:index + 3] if later.strip()), '')
            if not any('...ignoring' in later for later in block + [following]):
                yield task, block
            continue
        index += 1


def ansible_digest(lines):
    out = []
    for task, block in ansible_failures(lines):
        out.append(task or '(no task)')
        if len(block) > MAX_BLOCK_LINES:
            block = block[:MAX_BLOCK_LINES] + ['    [... %d more lines]' % (len(block) - MAX_BLOCK_LINES)]
        out.extend('  ' + line for line in block)
    # A script target (runme.sh) can fail outside a playbook: its error lines say so.
    out.extend(line for line in lines if line.startswith('ERROR: ') and 'Command "' not in line)
    return out


def pytest_digest(lines):
    return [line for line in lines if re.match(r'^(FAILED|ERROR) ', line) or re.match(r'^E\s', line)][:60]


def sanity_digest(lines):
    return [line for line in lines if line.startswith('ERROR: ') or re.match(r'^WARNING: (Required program|Skipping)', line)]


DIGESTS = {'ansible': ansible_digest, 'pytest': pytest_digest, 'sanity': sanity_digest}


def digest(kind, lines):
    """The lines of a log of KIND that say why it failed, else its last lines."""
    found = DIGESTS[kind](lines)
    return found or ['(no failure found in the log; its last lines:)'] + lines[-TAIL_LINES:]


def main(argv):
    if len(argv) != 3 or argv[1] not in DIGESTS:
        raise SystemExit(__doc__)
    with open(argv[2], errors='replace') as log:
        lines = log.read().splitlines()
    print('\n'.join(digest(argv[1], lines)))


if __name__ == '__main__':
    main(sys.argv)
