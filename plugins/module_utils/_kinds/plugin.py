# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Plugins: the manifest of a local bundle, and bringing the server's plugin to a state.

A plugin is known by its id and version. The bundle's manifest is read here, from the tarball,
as the server reads it (app/plugin_install.go and model/manifest.go): plugin.yml, plugin.yaml or
plugin.json at the top of the archive, or in its one top directory; the id in lowercase. The
server's copy is read from GET /plugins (installed, and whether enabled: "active") and
GET /plugins/statuses (whether it runs).
"""

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import json
import os
import posixpath
import re
import tarfile
import time

try:
    import yaml
except ImportError:
    yaml = None

from ansible_collections.chatops.mattermost.plugins.module_utils.driver import MattermostError
from ansible_collections.chatops.mattermost.plugins.module_utils._errors import Failure, RequestFailed, check

ABSENT, PRESENT, ENABLED, DISABLED = 'absent', 'present', 'enabled', 'disabled'
# The server's rule for plugin ids (model/plugin_valid.go).
PLUGIN_ID = re.compile(r'^[a-zA-Z0-9._-]{3,190}$')
MANIFEST_NAMES = ('plugin.yml', 'plugin.yaml', 'plugin.json')  # the server's order
# GET /plugins/statuses `state` (model/plugin_status.go).
STATUSES = {0: 'not running', 1: 'starting', 2: 'running', 3: 'failed to start', 4: 'failed to stay running',
            5: 'stopping'}
RUNNING, FAILED = 2, (3, 4)
START_TIMEOUT = 60  # seconds an enabled plugin gets to start
REFUSALS = {
    'app.plugin.disabled.app_error':
        'plugins are turned off on the server: an admin can turn on PluginSettings.Enable',
    'app.plugin.upload_disabled.app_error':
        'the server refuses plugin uploads: an admin can turn on PluginSettings.Enable and PluginSettings.EnableUploads '
        '(in the configuration file or the environment: the API cannot change it), and uploads are refused while '
        'PluginSettings.RequirePluginSignature is on',
}


class PluginError(Failure):
    """A bundle that cannot be read, or a server that refuses plugins."""


def read_manifest(path):
    """The manifest (a dict) of the bundle at `path`, with its id in lowercase."""
    if not os.path.isfile(path):
        raise PluginError('src %s is not a file' % path)
    try:
        with tarfile.open(path, 'r:*') as bundle:
            members = dict((member_path(member.name), member) for member in bundle.getmembers())
            member = manifest_member(members)
            if member is None:
                raise PluginError('src %s has no plugin.json, plugin.yaml or plugin.yml at its top or in its one '
                                  'top directory' % path)
            text = bundle.extractfile(member).read()
    except (tarfile.TarError, EOFError, OSError) as exc:
        raise PluginError('src %s is not a plugin bundle (a .tar.gz): %s' % (path, exc))
    manifest = parse_manifest(text, member.name)
    if not isinstance(manifest, dict) or not manifest.get('id'):
        raise PluginError('the manifest %s of src %s has no id' % (member.name, path))
    manifest['id'] = str(manifest['id']).lower()
    if not PLUGIN_ID.match(manifest['id']):
        raise PluginError("the id %r in src %s is not a valid plugin id: 3 to 190 letters, digits, '.', '_' or '-'"
                          % (manifest['id'], path))
    if not manifest.get('version'):
        raise PluginError('the manifest of src %s has no version' % path)
    manifest['version'] = str(manifest['version'])
    return manifest


def member_path(name):
    """An archive member's path without './' in front or '/' behind: 'id/plugin.json'."""
    name = name.rstrip('/')
    while name.startswith('./'):
        name = name[2:]
    return '' if name == '.' else name


def manifest_member(members):
    """The archive member holding the manifest, as the server finds it: in the archive's one top
    directory when it has exactly one entry at the top and that is a directory, else at the top."""
    top = set(name.split('/')[0] for name in members if name)
    root = ''
    if len(top) == 1:
        only = top.pop()
        # A directory whether the archive lists it or only paths below it.
        if only not in members or members[only].isdir():
            root = only
    for name in MANIFEST_NAMES:
        member = members.get(posixpath.join(root, name) if root else name)
        if member is not None and member.isfile():
            return member
    return None


def parse_manifest(text, name):
    if name.endswith('.json'):
        try:
            return json.loads(text.decode('utf-8'))
        except ValueError as exc:
            raise PluginError('the manifest %s is not valid JSON: %s' % (name, exc))
    if yaml is None:
        raise PluginError('reading the YAML manifest %s needs PyYAML on the managed node' % name)
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise PluginError('the manifest %s is not valid YAML: %s' % (name, exc))


def checked_options(params):
    """(the manifest of src, or None; what cannot be done with the options), before any request."""
    problems = []
    manifest = None
    if params['src']:
        try:
            manifest = read_manifest(params['src'])
        except PluginError as exc:
            problems.append(str(exc))
    if params['src'] is not None and not params['src'].strip():
        problems.append('src must not be empty: give the path of the plugin bundle, or leave src out and give id')
    plugin_id = params['id']
    if plugin_id is not None:
        if not PLUGIN_ID.match(plugin_id):
            problems.append("id %r is not a valid plugin id: 3 to 190 letters, digits, '.', '_' or '-'" % plugin_id)
        elif manifest is not None and manifest['id'] != plugin_id.lower():
            problems.append('id %r is not the id of the plugin in src (%r)' % (plugin_id, manifest['id']))
    return manifest, problems


class Plugins:
    """The server's plugins, through the driver: what one plugin is, and the requests that change it.

    `doing` says what the request in progress is for, for the failure message.
    """

    def __init__(self, driver):
        self.driver = driver
        self.doing = None

    def request(self, doing, method, *args, **kwargs):
        self.doing = doing
        try:
            return method(*args, **kwargs)
        except MattermostError as exc:
            if exc.error_id in REFUSALS:
                raise PluginError('Cannot %s: %s (HTTP %s, request id %s)' % (
                    doing, REFUSALS[exc.error_id], exc.status_code, exc.request_id))
            raise

    def find(self, plugin_id):
        """{id, name, version, enabled, status, error} of the installed plugin `plugin_id`, or None."""
        plugins = self.request('list the plugins', self.driver.plugins.get_plugins)
        installed = None
        for enabled, key in ((True, 'active'), (False, 'inactive')):
            for manifest in plugins.get(key) or ():
                if manifest.get('id') == plugin_id:
                    installed = dict(id=plugin_id, name=manifest.get('name', ''), version=manifest.get('version', ''),
                                     enabled=enabled)
        if installed is not None:
            installed.update(self.status(plugin_id))
        return installed

    def status(self, plugin_id):
        statuses = self.request('read the plugin statuses', self.driver.plugins.get_plugin_statuses) or []
        for status in statuses:
            if status.get('plugin_id') == plugin_id:
                return dict(status=STATUSES.get(status.get('state'), str(status.get('state'))),
                            error=status.get('error') or '')
        return dict(status=STATUSES[0], error='')

    def upload(self, path, replace):
        with open(path, 'rb') as bundle:
            data = {'force': 'true'} if replace else None
            self.request("upload the plugin bundle %s" % os.path.basename(path), self.driver.plugins.upload_plugin,
                         files={'plugin': (os.path.basename(path), bundle.read())}, data=data)

    def enable(self, plugin_id):
        self.request("enable plugin '%s'" % plugin_id, self.driver.plugins.enable_plugin, plugin_id)
        self.wait_until_running(plugin_id)

    def disable(self, plugin_id):
        self.request("disable plugin '%s'" % plugin_id, self.driver.plugins.disable_plugin, plugin_id)

    def remove(self, plugin_id):
        self.request("remove plugin '%s'" % plugin_id, self.driver.plugins.remove_plugin, plugin_id)

    def wait_until_running(self, plugin_id, timeout=START_TIMEOUT, interval=0.5):
        """The server starts an enabled plugin in the background: wait until it runs, or fail with
        what the server says when it did not start."""
        deadline = time.time() + timeout
        while True:
            status = self.status(plugin_id)
            if status['status'] == STATUSES[RUNNING]:
                return
            if status['status'] in (STATUSES[state] for state in FAILED):
                raise PluginError("Plugin '%s' is enabled but %s: %s" % (plugin_id, status['status'],
                                                                         status['error'] or 'see the server log'))
            if time.time() > deadline:
                raise PluginError("Plugin '%s' is enabled but not running after %d s (%s)" % (
                    plugin_id, timeout, status['status']))
            time.sleep(interval)


def state_of(plugin):
    if plugin is None:
        return ABSENT
    return ENABLED if plugin['enabled'] else DISABLED


def ensure_plugin(params, driver, manifest, check_mode=False, diff=False):
    """Bring the plugin to params['state'] and return the module's result; RequestFailed, saying what
    the request was for, when the server refuses one."""
    plugins = Plugins(driver)
    plugin_id = manifest['id'] if manifest else params['id'].lower()
    wanted_state = params['state']
    try:
        current = plugins.find(plugin_id)
        before = state_of(current)
        if wanted_state == ABSENT:
            after = ABSENT
        elif wanted_state == PRESENT:
            after = before if current else DISABLED  # the server installs a plugin disabled
        else:
            after = wanted_state
        if after != ABSENT and current is None and manifest is None:
            raise PluginError("Plugin '%s' is not installed: give src, its bundle, to install it" % plugin_id)
        upload = after != ABSENT and manifest is not None and (
            current is None or current['version'] != manifest['version'] or params['force'])
        changed = before != after or upload
        if changed and not check_mode:
            apply_changes(plugins, plugin_id, params['src'], current, before, after, upload)
        plugin = plugins.find(plugin_id) if changed and not check_mode else current
        if check_mode and after != ABSENT:
            plugin = dict(current or dict(id=plugin_id, status=STATUSES[0], error=''),
                          enabled=after == ENABLED)
            if manifest:
                plugin.update(name=manifest.get('name', ''), version=manifest['version'])
    except MattermostError as exc:
        raise RequestFailed(exc, plugins.doing)
    result = dict(changed=changed, plugin=plugin if after != ABSENT else {})
    if diff:
        result['diff'] = dict(before=summary(before, current and current['version']),
                              after=summary(after, manifest['version'] if manifest and upload
                                            else current and current['version']))
    return result


def apply_changes(plugins, plugin_id, src, current, before, after, upload):
    if after == ABSENT:
        plugins.remove(plugin_id)
        return
    if upload:
        # A replaced plugin keeps its enabled state (the server starts it again if it was enabled).
        plugins.upload(src, replace=current is not None)
    if after == ENABLED and before != ENABLED:
        plugins.enable(plugin_id)
    elif after == ENABLED and upload:
        plugins.wait_until_running(plugin_id)
    elif after == DISABLED and before == ENABLED:
        plugins.disable(plugin_id)


def summary(state, version):
    return dict(state=state, version=version) if state != ABSENT else dict(state=state)


PLUGIN_ARGUMENT_SPEC = dict(
    src=dict(type='path'),
    id=dict(type='str'),
    state=dict(type='str', choices=['present', 'enabled', 'disabled', 'absent'], default='present'),
    force=dict(type='bool', default=False),
)


def manage_plugin(task):
    """mattermost_plugin's work: read the bundle's manifest and check the options, log in, bring the plugin to its state."""
    manifest, problems = checked_options(task.params)
    check(problems)
    return ensure_plugin(task.params, task.driver(), manifest, task.check_mode, task.diff)
