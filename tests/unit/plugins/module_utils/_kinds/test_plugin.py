# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Plugins: reading a bundle's manifest as the server does; a server that refuses plugins; the module's work."""

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import io
import json
import tarfile

import pytest
import responses

from ansible_collections.chatops.mattermost.plugins.module_utils._kinds.plugin import (
    PluginError, Plugins, checked_options, manage_plugin, read_manifest,
)
from ansible_collections.chatops.mattermost.plugins.module_utils._errors import InvalidInput
from ansible_collections.chatops.mattermost.plugins.module_utils.driver import Driver, MattermostError

URL = 'https://chat.example.com:443'  # the driver's URL names the port
MANIFEST = {'id': 'com.example.Standup', 'version': '1.2.0', 'name': 'Standup'}


def bundle(path, files, directories=()):
    """A .tar.gz at `path` holding `files` ({name: bytes}) and the `directories` named."""
    with tarfile.open(str(path), 'w:gz') as archive:
        for name in directories:
            info = tarfile.TarInfo(name)
            info.type = tarfile.DIRTYPE
            archive.addfile(info)
        for name, data in files.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return str(path)


MANIFEST_JSON = json.dumps(MANIFEST).encode()


@pytest.mark.parametrize('files, directories', [
    ({'standup/plugin.json': MANIFEST_JSON, 'standup/server/plugin-linux-amd64': b'x'}, ['standup']),
    ({'standup/plugin.json': MANIFEST_JSON}, []),  # the directory only implied by the paths
    ({'./standup/plugin.json': MANIFEST_JSON}, ['./', './standup/']),
    ({'plugin.json': MANIFEST_JSON, 'server/plugin-linux-amd64': b'x'}, ['server']),
    ({'standup/plugin.yaml': b'id: com.example.Standup\nversion: 1.2.0\nname: Standup\n'}, ['standup']),
    # plugin.yml wins over plugin.json, as on the server
    ({'plugin.yml': b'id: com.example.standup\nversion: 1.2.0\nname: Standup\n', 'plugin.json': b'{}'}, []),
])
def test_manifest_where_the_server_finds_it(tmp_path, files, directories):
    manifest = read_manifest(bundle(tmp_path / 'b.tar.gz', files, directories))
    assert (manifest['id'], manifest['version'], manifest['name']) == ('com.example.standup', '1.2.0', 'Standup')


@pytest.mark.parametrize('files, message', [
    ({'a/b/plugin.json': MANIFEST_JSON}, 'has no plugin.json, plugin.yaml or plugin.yml at its top or in its one top directory'),
    ({'one/plugin.json': MANIFEST_JSON, 'two/x': b''}, 'has no plugin.json'),
    ({'plugin.json': b'{"id": '}, 'the manifest plugin.json is not valid JSON'),
    ({'plugin.json': b'{"version": "1.0.0"}'}, 'the manifest plugin.json of src %(path)s has no id'),
    ({'plugin.json': b'{"id": "com.example.x"}'}, 'the manifest of src %(path)s has no version'),
    ({'plugin.json': b'{"id": "a b", "version": "1"}'}, "the id 'a b' in src %(path)s is not a valid plugin id"),
    ({'plugin.json': b'{"id": "ab", "version": "1"}'}, "the id 'ab' in src %(path)s is not a valid plugin id"),
])
def test_bundles_the_server_refuses(tmp_path, files, message):
    path = bundle(tmp_path / 'b.tar.gz', files)
    with pytest.raises(PluginError) as refused:
        read_manifest(path)
    assert message % {'path': path} in str(refused.value)


def test_not_a_bundle(tmp_path):
    text = tmp_path / 'plugin.json'
    text.write_bytes(MANIFEST_JSON)
    with pytest.raises(PluginError, match=r'is not a plugin bundle \(a .tar.gz\)'):
        read_manifest(str(text))
    with pytest.raises(PluginError, match='is not a file'):
        read_manifest(str(tmp_path / 'missing.tar.gz'))


def test_checked_options(tmp_path):
    path = bundle(tmp_path / 'b.tar.gz', {'plugin.json': MANIFEST_JSON})
    manifest, problems = checked_options(dict(src=path, id='COM.example.standup'))
    assert problems == [] and manifest['id'] == 'com.example.standup'
    assert checked_options(dict(src=path, id='com.example.other'))[1] == [
        "id 'com.example.other' is not the id of the plugin in src ('com.example.standup')"]
    assert checked_options(dict(src=None, id='x'))[1] == [
        "id 'x' is not a valid plugin id: 3 to 190 letters, digits, '.', '_' or '-'"]


def refusal(error_id, message):
    return dict(status=501, json={'id': error_id, 'message': message, 'request_id': 'r' * 26, 'status_code': 501})


@responses.activate
def test_a_server_refusing_uploads_says_what_to_turn_on(tmp_path):
    path = bundle(tmp_path / 'standup.tar.gz', {'plugin.json': MANIFEST_JSON})
    responses.add(responses.POST, URL + '/api/v4/plugins', **refusal(
        'app.plugin.upload_disabled.app_error', 'Plugins and/or plugin uploads have been disabled.'))
    with pytest.raises(PluginError) as refused:
        Plugins(Driver({'url': URL, 'token': 't'})).upload(path, replace=True)
    assert str(refused.value) == (
        'Cannot upload the plugin bundle standup.tar.gz: the server refuses plugin uploads: an admin can turn on '
        'PluginSettings.Enable and PluginSettings.EnableUploads (in the configuration file or the environment: the API '
        'cannot change it), and uploads are refused while PluginSettings.RequirePluginSignature is on '
        '(HTTP 501, request id %s)' % ('r' * 26))
    [call] = responses.calls
    assert (call.request.method, call.request.url) == ('POST', URL + '/api/v4/plugins')
    body = call.request.body
    assert b'name="force"\r\n\r\ntrue' in body
    assert b'name="plugin"; filename="standup.tar.gz"' in body


@responses.activate
def test_a_server_without_plugins_says_so():
    responses.add(responses.GET, URL + '/api/v4/plugins', **refusal(
        'app.plugin.disabled.app_error', 'Plugins have been disabled. Please check your logs for details.'))
    with pytest.raises(PluginError) as refused:
        Plugins(Driver({'url': URL, 'token': 't'})).find('com.example.standup')
    assert str(refused.value) == (
        'Cannot list the plugins: plugins are turned off on the server: an admin can turn on PluginSettings.Enable '
        '(HTTP 501, request id %s)' % ('r' * 26))
    assert [(call.request.method, call.request.url) for call in responses.calls] == [('GET', URL + '/api/v4/plugins')]


@responses.activate
def test_other_refusals_keep_the_servers_error():
    responses.add(responses.POST, URL + '/api/v4/plugins/com.example.standup/enable', status=404, json={
        'id': 'app.plugin.not_installed.app_error', 'message': 'Plugin is not installed.', 'status_code': 404})
    plugins = Plugins(Driver({'url': URL, 'token': 't', 'retries': 0}))
    with pytest.raises(MattermostError):
        plugins.enable('com.example.standup')
    assert plugins.doing == "enable plugin 'com.example.standup'"
    assert [(call.request.method, call.request.url) for call in responses.calls] == [
        ('POST', URL + '/api/v4/plugins/com.example.standup/enable')]


# mattermost_plugin's work, run with a Task whose driver sends to a mocked API (conftest.py).

def plugin_options(**given):
    return dict(dict(src=None, id='com.example.standup', state='present', force=False), **given)


def test_manage_plugin_refuses_a_bad_id_before_any_request(make_task, sent):
    with pytest.raises(InvalidInput, match="id 'x' is not a valid plugin id"):
        manage_plugin(make_task(plugin_options(id='x')))
    assert sent() == []


def test_manage_plugin_disables_an_enabled_plugin_and_reads_it_back(api, make_task, sent):
    installed = dict(active=[dict(id='com.example.standup', name='Standup', version='1.2.0')], inactive=[])
    api.get(URL + '/api/v4/plugins', json=installed)
    api.get(URL + '/api/v4/plugins/statuses', json=[dict(plugin_id='com.example.standup', state=2)])
    api.post(URL + '/api/v4/plugins/com.example.standup/disable', json={'status': 'OK'})
    api.get(URL + '/api/v4/plugins', json=dict(active=[], inactive=installed['active']))
    api.get(URL + '/api/v4/plugins/statuses', json=[dict(plugin_id='com.example.standup', state=0)])
    result = manage_plugin(make_task(plugin_options(id='COM.example.standup', state='disabled'), diff=True))
    assert result['changed'] is True
    assert result['plugin']['enabled'] is False
    assert result['diff'] == dict(before=dict(state='enabled', version='1.2.0'),
                                  after=dict(state='disabled', version='1.2.0'))
    assert sent() == [('GET', '/plugins', None), ('GET', '/plugins/statuses', None),
                      ('POST', '/plugins/com.example.standup/disable', None),
                      ('GET', '/plugins', None), ('GET', '/plugins/statuses', None)]


def test_manage_plugin_needs_src_to_install(api, make_task, sent):
    api.get(URL + '/api/v4/plugins', json=dict(active=[], inactive=[]))
    with pytest.raises(PluginError, match="Plugin 'com.example.standup' is not installed: give src"):
        manage_plugin(make_task(plugin_options(state='enabled')))
    assert sent() == [('GET', '/plugins', None)]
