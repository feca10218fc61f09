# Copyright: chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""ee/credential-type.yml, the credential type of docs/awx.md: what docs/awx.md shows is that file, its injectors
set only variables the modules and the event source read, and they render as AWX renders them
(tests/utils/credential_env.py, with which scripts/images.sh check runs the demo in the EE). examples/demo.yml,
which that check runs, gives no connection option, and tests/utils/demo_objects.py deletes what it makes."""
from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import os
import re
import runpy
import sys

import pytest
import yaml

from ansible_collections.chatops.mattermost.plugins.module_utils._connection import ARGUMENT_SPEC

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(REPO, 'tests', 'utils'))

import credential_env  # noqa: E402  pylint: disable=wrong-import-position
import demo_objects  # noqa: E402  pylint: disable=wrong-import-position

TYPE_FILE = os.path.join(REPO, 'ee', 'credential-type.yml')
EVENTS = runpy.run_path(os.path.join(REPO, 'extensions', 'eda', 'plugins', 'event_source', 'events.py'))


def read(*path):
    with open(os.path.join(REPO, *path)) as handle:
        return handle.read()


@pytest.fixture
def credential_type():
    return yaml.safe_load(read('ee', 'credential-type.yml'))


def test_the_doc_shows_the_file_itself():
    blocks = re.findall(r'^```yaml\n(.*?)^```$', read('docs', 'awx.md'), re.M | re.S)
    assert read('ee', 'credential-type.yml') in blocks


def test_the_injectors_set_what_the_modules_and_the_event_source_read(credential_type):
    env = credential_type['injectors']['env']
    modules = {option['fallback'][1][0]: name for name, option in ARGUMENT_SPEC.items() if 'fallback' in option}
    # Each variable is the fallback of the module option of the input's name, and of the event source's; the CA
    # certificate's content goes to a file, whose path is ca_path's variable.
    expected = {variable: re.fullmatch(r'\{\{ (\w+) \}\}', template).group(1) for variable, template in env.items()
                if variable != 'MATTERMOST_CA_PATH'}
    expected['MATTERMOST_CA_PATH'] = 'ca_path'
    assert {variable: modules.get(variable) for variable in env} == expected
    assert {EVENTS['ENV_FALLBACKS'][name] for name in ('url', 'token', 'login_id', 'login_password', 'ca_path')} == set(env)
    assert credential_type['injectors']['file'] == {'template.ca_cert': '{{ ca_cert }}'}


def test_the_secrets_are_secret_inputs_and_only_the_url_is_required(credential_type):
    fields = {field['id']: field for field in credential_type['inputs']['fields']}
    assert sorted(name for name, field in fields.items() if field.get('secret')) == ['login_password', 'token']
    assert all(ARGUMENT_SPEC[name].get('no_log', False) == bool(field.get('secret')) for name, field in fields.items()
               if name != 'ca_cert')
    assert credential_type['inputs']['required'] == ['url']
    assert credential_type['kind'] == 'cloud'


def test_a_token_credential_sets_the_login_variables_empty(credential_type, tmp_path):
    assert credential_env.injected_env(credential_type, {'url': 'https://chat.example.com', 'token': 'a-token'},
                                       str(tmp_path)) == {
        'MATTERMOST_URL': 'https://chat.example.com', 'MATTERMOST_TOKEN': 'a-token',
        'MATTERMOST_LOGIN_ID': '', 'MATTERMOST_PASSWORD': '', 'MATTERMOST_CA_PATH': ''}


def test_a_login_credential_sets_the_token_empty(credential_type, tmp_path):
    inputs = {'url': 'https://chat.example.com', 'login_id': 'deploy', 'login_password': 'p{{ 1 }}"'}
    assert credential_env.injected_env(credential_type, inputs, str(tmp_path)) == {
        'MATTERMOST_URL': 'https://chat.example.com', 'MATTERMOST_TOKEN': '',
        'MATTERMOST_LOGIN_ID': 'deploy', 'MATTERMOST_PASSWORD': 'p{{ 1 }}"', 'MATTERMOST_CA_PATH': ''}


def test_a_ca_certificate_goes_to_a_file_named_by_ca_paths_variable(credential_type, tmp_path):
    pem = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n'
    env = credential_env.injected_env(credential_type, {'url': 'https://chat.example.com', 'token': 'a-token',
                                                        'ca_cert': pem}, str(tmp_path))
    assert env['MATTERMOST_CA_PATH'] == str(tmp_path / 'template.ca_cert')
    assert (tmp_path / 'template.ca_cert').read_text() == pem
    assert (tmp_path / 'template.ca_cert').stat().st_mode & 0o777 == 0o600


def test_inputs_that_awx_refuses_are_refused(credential_type):
    with pytest.raises(ValueError, match='has no input password'):
        credential_env.injected_env(credential_type, {'url': 'https://chat.example.com', 'password': 'x'})
    with pytest.raises(ValueError, match='requires url'):
        credential_env.injected_env(credential_type, {'token': 'a-token'})


def test_the_command_line_writes_nul_separated_pairs(tmp_path, capsys):
    config = tmp_path / 'config.json'
    config.write_text('{"mattermost_url": "http://127.0.0.1:8065", "mattermost_token": "abc"}')
    assert credential_env.main([TYPE_FILE, str(config), '--files', str(tmp_path), 'url=mattermost_url',
                                'token=mattermost_token']) == 0
    assert capsys.readouterr().out == ('MATTERMOST_URL=http://127.0.0.1:8065\0MATTERMOST_TOKEN=abc\0'
                                       'MATTERMOST_LOGIN_ID=\0MATTERMOST_PASSWORD=\0MATTERMOST_CA_PATH=\0')
    (tmp_path / 'ca.pem').write_text('a CA')
    assert credential_env.main([TYPE_FILE, str(config), '--files', str(tmp_path), 'url=mattermost_url',
                                'token=mattermost_token', 'ca_cert=@%s' % (tmp_path / 'ca.pem')]) == 0
    assert capsys.readouterr().out.endswith('MATTERMOST_CA_PATH=%s\0' % (tmp_path / 'template.ca_cert'))


def test_the_demo_gives_no_connection_option_and_its_objects_are_named():
    text = read('examples', 'demo.yml')
    connection = set(ARGUMENT_SPEC) | {'module_defaults'}
    given = {key for key in re.findall(r'^\s*(?:- )?(\w+):', text, re.M) if key in connection}
    assert given == set()
    assert demo_objects.demo_names(yaml.safe_load(text)) == (
        'platform-demo', ['demo-alice', 'demo-bob', 'demo-deploy-bot'])
