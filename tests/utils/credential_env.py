# Copyright: chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""The environment a credential of ee/credential-type.yml gives a job, rendered as AWX renders it.

AWX (awx/main/models/credential.py, CredentialType.inject_credential) renders each `injectors.env` template with
Jinja's ImmutableSandboxedEnvironment, the credential's inputs as the variables: an input left blank is undefined
and renders as an empty string, a boolean one left blank is false. The variable is set either way. This does the
same, so that scripts/images.sh check runs the demo in the execution environment with exactly what the documented
credential type would inject (docs/awx.md).

  credential_env.py TYPE_FILE CONFIG [INPUT=CONFIG_KEY ...]
      the inputs are CONFIG's (tests/integration/integration_config.yml, JSON) values of the keys named; writes
      NAME=VALUE entries separated by NUL bytes to standard output (values may hold newlines)
"""
import json
import sys

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


def injected_env(credential_type, inputs):
    """{variable: value} that the type's env injectors set for a credential with INPUTS."""
    fields = check_inputs(credential_type, inputs)
    namespace = dict(inputs)
    for name, field in fields.items():
        if field.get('type') == 'boolean' and name not in inputs:
            namespace[name] = False
    sandbox = ImmutableSandboxedEnvironment()
    return {name: sandbox.from_string(template).render(**namespace)
            for name, template in credential_type['injectors'].get('env', {}).items()}


def main(argv):
    if len(argv) < 2:
        raise SystemExit(__doc__)
    with open(argv[0]) as handle:
        credential_type = yaml.safe_load(handle)
    with open(argv[1]) as handle:
        config = json.load(handle)
    inputs = {}
    for pair in argv[2:]:
        name, key = pair.split('=', 1)
        inputs[name] = config[key]
    try:
        env = injected_env(credential_type, inputs)
    except ValueError as error:
        raise SystemExit('credential_env.py: %s' % error)
    sys.stdout.write(''.join('%s=%s\0' % item for item in env.items()))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
