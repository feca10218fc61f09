# Copyright: chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""The environment a credential of ee/credential-type.yml gives a job, rendered as AWX renders it.

AWX (awx/main/models/credential.py, CredentialType.inject_credential) renders each `injectors.env` template with
Jinja's ImmutableSandboxedEnvironment, the credential's inputs as the variables: an input left blank is undefined
and renders as an empty string, a boolean one left blank is false. The variable is set either way. Before that, it
writes each `injectors.file` template (`template`, or `template.NAME` for several) rendered to a file of its own,
blank inputs included, whose path the env templates read as `tower.filename` (or `tower.filename.NAME`). This does
the same, so that scripts/images.sh check runs the demo in the execution environment, and the connection_options
target a module over TLS, with exactly what the documented credential type would inject (docs/awx.md).

  credential_env.py TYPE_FILE CONFIG [--json] [--files DIR] [INPUT=CONFIG_KEY ...] [INPUT=@FILE ...]
      the inputs are CONFIG's (tests/integration/integration_config.yml, JSON) values of the keys named, or the
      content of FILE; the file injectors' files go into DIR (default: a new temporary directory); writes
      NAME=VALUE entries separated by NUL bytes to standard output (values may hold newlines), or with --json
      one JSON object (for a playbook's `environment:`)
"""
import argparse
import json
import os
import sys
import tempfile

import yaml
from jinja2.sandbox import ImmutableSandboxedEnvironment


def check_inputs(credential_type, inputs):
    """What AWX refuses when a credential is saved: an input its type does not declare, a required one missing."""
    fields = {field['id']: field for field in credential_type['inputs']['fields']}
    unknown = sorted(set(inputs) - set(fields))
    if unknown:
        raise ValueError('the credential type has no input %s' % ', '.join(unknown))
    missing = [name for name in credential_type['inputs'].get('required', ()) if not inputs.get(name)]
    if missing:
        raise ValueError('the credential type requires %s' % ', '.join(missing))
    return fields


def injected_env(credential_type, inputs, files_dir=None):
    """{variable: value} that the type's env injectors set for a credential with INPUTS; the file injectors' files
    are written into FILES_DIR (a new temporary directory when the type has any and none is given)."""
    fields = check_inputs(credential_type, inputs)
    namespace = dict(inputs)
    for name, field in fields.items():
        if field.get('type') == 'boolean' and name not in inputs:
            namespace[name] = False
    sandbox = ImmutableSandboxedEnvironment()
    files = credential_type['injectors'].get('file', {})
    if files:
        files_dir = files_dir or tempfile.mkdtemp(prefix='credential-')
        filenames = {}
        for label, template in files.items():
            path = os.path.join(files_dir, label)
            with open(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), 'w') as handle:
                handle.write(sandbox.from_string(template).render(**namespace))
            filenames[label] = path
        namespace['tower'] = {'filename': filenames['template'] if list(filenames) == ['template'] else
                              dict((label.split('.', 1)[1], path) for label, path in filenames.items())}
    return {name: sandbox.from_string(template).render(**namespace)
            for name, template in credential_type['injectors'].get('env', {}).items()}


def main(argv):
    parser = argparse.ArgumentParser(prog='credential_env.py', description=__doc__.split('\n', 1)[0])
    parser.add_argument('type_file')
    parser.add_argument('config')
    parser.add_argument('inputs', nargs='*', metavar='INPUT=CONFIG_KEY|INPUT=@FILE')
    parser.add_argument('--json', action='store_true')
    parser.add_argument('--files')
    args = parser.parse_intermixed_args(argv)
    with open(args.type_file) as handle:
        credential_type = yaml.safe_load(handle)
    with open(args.config) as handle:
        config = json.load(handle)
    inputs = {}
    for pair in args.inputs:
        name, key = pair.split('=', 1)
        if key.startswith('@'):
            with open(key[1:]) as handle:
                inputs[name] = handle.read()
        else:
            inputs[name] = config[key]
    try:
        env = injected_env(credential_type, inputs, args.files)
    except ValueError as error:
        raise SystemExit('credential_env.py: %s' % error)
    sys.stdout.write(json.dumps(env) if args.json else ''.join('%s=%s\0' % item for item in env.items()))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
